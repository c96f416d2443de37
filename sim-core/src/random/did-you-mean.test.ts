import { describe, expect, it } from "vitest";
import { didYouMean, editDistance } from "./did-you-mean";

describe("editDistance (optimal string alignment)", () => {
  it("counts a swap of two adjacent letters as one edit", () => {
    expect(editDistance("sede", "seed")).toBe(1);
    expect(editDistance("ab", "ba")).toBe(1);
    expect(editDistance("mtrr", "mttr")).toBe(1); // substitution, unchanged
  });

  it("agrees with Levenshtein where no transposition helps", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abc", "")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });

  it("is the restricted distance: a substring is never edited twice", () => {
    // True Damerau–Levenshtein gives 2 (ca → ac → abc); optimal string alignment gives 3.
    expect(editDistance("ca", "abc")).toBe(3);
  });
});

describe("didYouMean", () => {
  it("catches swapped letters of short keys", () => {
    expect(didYouMean("sede", ["seed", "name", "slo"])).toBe("seed");
    expect(didYouMean("mtfb", ["mtbf", "mttr", "modes"])).toBe("mtbf");
    expect(didYouMean("nmae", ["name", "seed"])).toBe("name");
  });

  it("stays silent when nothing is close", () => {
    expect(didYouMean("dees", ["seed"])).toBeUndefined();
    expect(didYouMean("x", ["mtbf"])).toBeUndefined();
  });
});
