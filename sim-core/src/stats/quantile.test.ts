import { describe, expect, it } from "vitest";
import { quantile } from "./quantile";

describe("quantile (type 7)", () => {
  it("matches numpy.percentile's default", () => {
    expect([0.25, 0.5, 0.9].map((p) => quantile([1, 2, 3, 4], p))).toEqual([1.75, 2.5, 3.7]);
    const sorted = [1, 2, 3, 5, 7, 9];
    expect(quantile(sorted, 0.1)).toBeCloseTo(1.5, 12);
    expect(quantile(sorted, 0.33)).toBeCloseTo(2.65, 12);
    expect(quantile(sorted, 0.95)).toBeCloseTo(8.5, 12);
  });

  it("returns the extremes at 0 and 1 and the value of a single-element array", () => {
    expect(quantile([2, 4, 8], 0)).toBe(2);
    expect(quantile([2, 4, 8], 1)).toBe(8);
    expect(quantile([5], 0.3)).toBe(5);
  });

  it("rejects bad input", () => {
    expect(() => quantile([], 0.5)).toThrow(
      "sorted: got an array of 0; allowed: a non-empty sorted array of numbers",
    );
    expect(() => quantile([1], 1.2)).toThrow("p: got 1.2; allowed: a number in [0, 1]");
    expect(() => quantile([1], Number.NaN)).toThrow("p: got NaN");
  });
});
