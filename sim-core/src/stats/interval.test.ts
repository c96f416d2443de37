import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors";
import { distribution } from "../random/distribution";
import { RandomStreams } from "../random/random-streams";
import {
  batchMeans,
  confidenceInterval,
  intervalFromMoments,
  pairedDifference,
  withinSupport,
} from "./interval";

describe("confidenceInterval", () => {
  it("matches scipy's t interval", () => {
    const xs = [3.1, 2.7, 3.9, 4.2, 3.3, 2.8, 3.6];
    const ci = confidenceInterval(xs);
    expect(ci.mean).toBeCloseTo(3.3714285714285723, 12);
    expect(ci.halfWidth).toBeCloseTo(0.5169060040588425, 12);
    expect([ci.lower, ci.upper, ci.n, ci.level]).toEqual([
      ci.mean - ci.halfWidth,
      ci.mean + ci.halfWidth,
      7,
      0.95,
    ]);
    expect(confidenceInterval(xs, 0.9).halfWidth).toBeCloseTo(0.4104935588493309, 12);
  });

  it("covers the true mean at the stated rate (t, not z, for small n)", () => {
    const d = distribution({ kind: "normal", mean: 10, sd: 1 }); // truncation at 0 is ~1e-23: a normal
    const rng = new RandomStreams(11, 0).stream("coverage");
    const trials = 2000;
    for (const level of [0.95, 0.9]) {
      let covered = 0;
      for (let i = 0; i < trials; i++) {
        const ci = confidenceInterval(
          Array.from({ length: 8 }, () => d.sample(rng)),
          level,
        );
        if (ci.lower <= 10 && 10 <= ci.upper) covered++;
      }
      const se = Math.sqrt((level * (1 - level)) / trials);
      expect(Math.abs(covered / trials - level)).toBeLessThanOrEqual(4 * se);
    }
  });

  it("has infinite half-width for a single observation", () => {
    const ci = confidenceInterval([4]);
    expect([ci.mean, ci.halfWidth, ci.n]).toEqual([4, Infinity, 1]);
    expect(intervalFromMoments(4, 1, 1).upper).toBe(Infinity);
  });

  it("rejects bad input", () => {
    expect(() => confidenceInterval([])).toThrow(
      "samples: got an array of 0; allowed: an array of at least 1 finite number",
    );
    expect(() => confidenceInterval([1, Number.NaN])).toThrow("samples.1: got NaN; allowed: a finite number");
    expect(() => confidenceInterval([1, 2], 1)).toThrow("level: got 1; allowed: a number in (0, 1)");
    expect(() => confidenceInterval([1, 2], 95)).toThrow(ValidationError);
  });
});

describe("batchMeans", () => {
  it("is the t interval of the batch means, dropping the oldest remainder", () => {
    const xs = [100, 1, 2, 3, 4, 5, 6, 7, 8]; // 9 values, 4 batches of 2: the first value is dropped
    const ci = batchMeans(xs, 4);
    const expected = confidenceInterval([1.5, 3.5, 5.5, 7.5]);
    expect(ci).toEqual(expected);
  });

  it("widens the interval for a positively autocorrelated series", () => {
    // AR(1) series x_t = 0.9 x_{t−1} + e_t: the naive iid interval is far too narrow.
    const e = distribution({ kind: "uniform", min: 0, max: 2 });
    const rng = new RandomStreams(2, 0).stream("ar1");
    const xs: number[] = [];
    let x = 10;
    for (let i = 0; i < 20_000; i++) xs.push((x = 0.9 * x + e.sample(rng)));
    const naive = confidenceInterval(xs);
    const batched = batchMeans(xs, 20);
    expect(batched.halfWidth).toBeGreaterThan(3 * naive.halfWidth);
    // Stationary mean = E[e]/(1 − 0.9) = 10.
    expect(Math.abs(batched.mean - 10)).toBeLessThanOrEqual(batched.halfWidth);
  });

  it("rejects too few samples or batches", () => {
    expect(() => batchMeans([1, 2, 3], 4)).toThrow(
      "samples: got an array of 3; allowed: an array of at least 4 finite numbers",
    );
    expect(() => batchMeans([1, 2, 3], 1)).toThrow("batches: got 1; allowed: an integer ≥ 2");
  });
});

describe("pairedDifference", () => {
  it("is the t interval of a[i] − b[i]", () => {
    const ci = pairedDifference([10.2, 11.5, 9.8, 12.1, 10.9], [9.1, 10.7, 9.5, 10.8, 10.2]);
    expect(ci.mean).toBeCloseTo(0.84, 12);
    expect(ci.halfWidth).toBeCloseTo(0.4776776776199952, 12); // scipy
  });

  it("is narrower than comparing independent intervals under common random numbers", () => {
    const wait = distribution({ kind: "exponential", mean: 60 });
    const a: number[] = [];
    const b: number[] = [];
    for (let r = 0; r < 30; r++) {
      const rng = new RandomStreams(9, r).stream("workload");
      const base = Array.from({ length: 50 }, () => wait.sample(rng)).reduce((s, x) => s + x, 0) / 50;
      a.push(base * 1.1);
      b.push(base);
    }
    const paired = pairedDifference(a, b);
    const separate = confidenceInterval(a).halfWidth + confidenceInterval(b).halfWidth;
    expect(paired.halfWidth).toBeLessThan(separate / 5);
    expect(paired.lower).toBeGreaterThan(0);
  });

  it("rejects arrays of different lengths", () => {
    expect(() => pairedDifference([1, 2], [1])).toThrow(
      "b: got an array of 1; allowed: an array of the same length as a (2)",
    );
  });
});

describe("intervals within the support of a bounded quantity", () => {
  it("keeps a fraction's t interval inside [0, 1] (the 99.03 % [88.2 %, 109.9 %] of the fuzzer)", () => {
    const values = [0.9775, 1, 1, 0.9837];
    const open = confidenceInterval(values);
    expect(open.upper).toBeGreaterThan(1); // the symmetric t interval runs past 100 %
    const ci = confidenceInterval(values, 0.95, { lower: 0, upper: 1 });
    expect(ci.mean).toBe(open.mean);
    expect(ci.lower).toBe(open.lower);
    expect(ci.upper).toBe(1);
    expect(ci.halfWidth).toBeCloseTo((1 - open.lower) / 2, 12);
  });

  it("gives the whole support for one observation, and leaves an interval inside it untouched", () => {
    const one = confidenceInterval([0.5], 0.95, { lower: 0, upper: 1 });
    expect([one.lower, one.upper, one.halfWidth]).toEqual([0, 1, 0.5]);
    const inside = confidenceInterval([0.4, 0.5, 0.6], 0.95);
    expect(withinSupport(inside, { lower: 0, upper: 1 })).toBe(inside);
  });

  it("keeps counts ≥ 0 and a difference of fractions in [−1, 1]", () => {
    expect(confidenceInterval([0, 0, 0, 3], 0.95, { lower: 0 }).lower).toBe(0);
    const d = pairedDifference([1, 1, 0.99], [0, 0.2, 0], 0.95, { lower: -1, upper: 1 });
    expect(d.upper).toBe(1);
    expect(d.lower).toBeGreaterThanOrEqual(-1);
  });

  it("holds for random bounded samples: bounds in the support, mean inside the bounds", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (xs) => {
          const ci = confidenceInterval(xs, 0.95, { lower: 0, upper: 1 });
          expect(ci.lower).toBeGreaterThanOrEqual(0);
          expect(ci.upper).toBeLessThanOrEqual(1);
          expect(ci.lower).toBeLessThanOrEqual(ci.mean + 1e-12);
          expect(ci.upper).toBeGreaterThanOrEqual(ci.mean - 1e-12);
        },
      ),
      { numRuns: 200, seed: 12 },
    );
  });

  it("refuses a support whose lower end is above its upper end", () => {
    expect(() => withinSupport(confidenceInterval([1, 2]), { lower: 1, upper: 0 })).toThrow("support");
  });
});
