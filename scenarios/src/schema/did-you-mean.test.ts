import { describe, expect, it } from "vitest";
import { didYouMean, editDistance } from "./did-you-mean";

describe("didYouMean", () => {
  it("suggests the closest key for a typo", () => {
    expect(didYouMean("mtbff", ["mtbf", "mttr", "modes"])).toBe("mtbf");
    expect(didYouMean("Replications", ["replications", "seed"])).toBe("replications");
  });

  it("stays silent when nothing is close", () => {
    expect(didYouMean("banana", ["mtbf", "mttr"])).toBeUndefined();
    expect(didYouMean("x", ["mtbf"])).toBeUndefined();
  });

  it("computes Levenshtein distances", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });
});
