import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors";
import { RandomStreams } from "../random/random-streams";
import { openUniform } from "../random/rng";
import { bootstrapInterval, bootstrapMeanInterval } from "./bootstrap";
import { confidenceInterval } from "./interval";
import { normalQuantile } from "./normal";

function normalSample(n: number, mean: number, sd: number, name: string): number[] {
  const rng = new RandomStreams(11, 0).stream(name);
  return Array.from({ length: n }, () => mean + sd * normalQuantile(openUniform(rng)));
}

describe("bootstrapInterval", () => {
  it("resamples units with replacement: the multiplicity of one unit is Binomial(n, 1/n)", () => {
    // n = 10: P(W ≤ 0) = 0.349, P(W ≤ 1) = 0.736, P(W ≤ 2) = 0.930, P(W ≤ 3) = 0.987,
    // P(W ≤ 4) = 0.998, and the weights always sum to n.
    let badSums = 0;
    const weightOfFirst = (w: Float64Array) => {
      if (w.reduce((s, x) => s + x, 0) !== 10) badSums++;
      return w[0]!;
    };
    // Plain percentiles: the 2.5 % and 97.5 % points are 0 and 3.
    const plain = bootstrapInterval(10, weightOfFirst, { seed: 1, resamples: 4000, expand: false });
    expect(badSums).toBe(0);
    expect([plain.mean, plain.lower, plain.upper, plain.n, plain.level]).toEqual([1, 0, 3, 10, 0.95]);
    // Expanded: the tails are Φ(−√(10/9) · t(0.975, 9)) = Φ(−2.384) = 0.86 %, so the upper bound
    // is the 99.14 % point, 4.
    const expanded = bootstrapInterval(10, weightOfFirst, { seed: 1, resamples: 4000 });
    expect([expanded.lower, expanded.upper]).toEqual([0, 4]);
    // At the 40 % level (plain) the bounds are the 30 % and 70 % points: 0 and 1.
    const narrow = bootstrapInterval(10, weightOfFirst, { seed: 1, level: 0.4, expand: false });
    expect([narrow.lower, narrow.upper]).toEqual([0, 1]);
  });

  it("is deterministic in the seed: same seed, same interval; other seeds differ", () => {
    const xs = normalSample(25, 10, 3, "det");
    const stat = (w: Float64Array) => w.reduce((s, x, i) => s + x * xs[i]!, 0) / xs.length;
    const a = bootstrapInterval(xs.length, stat, { seed: 7 });
    expect(bootstrapInterval(xs.length, stat, { seed: 7 })).toEqual(a);
    expect(bootstrapInterval(xs.length, stat, { seed: "7" })).toEqual(a); // same seed as text
    const b = bootstrapInterval(xs.length, stat, { seed: 8 });
    const c = bootstrapInterval(xs.length, stat, { seed: 7, stream: "other" });
    expect(b.lower).not.toBe(a.lower);
    expect(c.upper).not.toBe(a.upper);
  });

  it("keeps ±Infinity statistics and skips NaN ones, giving NaN bounds when most are NaN", () => {
    // Unit 0 drawn → Infinity (P = 1 − 0.9^10 = 0.65): the upper bound is Infinity.
    const inf = bootstrapInterval(10, (w) => (w[0]! > 0 ? Infinity : 1), { seed: 2 });
    expect([inf.mean, inf.lower, inf.upper]).toEqual([Infinity, 1, Infinity]);
    // NaN when unit 0 is missing (P = 0.35): skipped, so every kept resample is 1.
    const few = bootstrapInterval(10, (w) => (w[0]! > 0 ? 1 : Number.NaN), { seed: 2 });
    expect([few.lower, few.upper]).toEqual([1, 1]);
    // NaN when unit 0 is drawn (P = 0.65): more than half are NaN.
    const most = bootstrapInterval(10, (w) => (w[0]! > 0 ? Number.NaN : 1), { seed: 2 });
    expect(most.lower).toBeNaN();
    expect(most.upper).toBeNaN();
    expect(most.mean).toBeNaN();
  });

  it("returns the support for fewer than 2 units", () => {
    const one = bootstrapInterval(1, (w) => 5 * w[0]!, { seed: 1, support: { lower: 0 } });
    expect([one.mean, one.lower, one.upper, one.n]).toEqual([5, 0, Infinity, 1]);
    const free = bootstrapInterval(1, () => 5, { seed: 1 });
    expect([free.lower, free.upper, free.halfWidth]).toEqual([-Infinity, Infinity, Infinity]);
  });

  it("rejects bad arguments", () => {
    const s = () => 0;
    expect(() => bootstrapInterval(-1, s, { seed: 1 })).toThrow("n: got -1");
    expect(() => bootstrapInterval(3, s, { seed: 1, resamples: 0 })).toThrow("resamples: got 0");
    expect(() => bootstrapInterval(3, s, { seed: 1, level: 1 })).toThrow("level: got 1");
    expect(() => bootstrapInterval(3, s, { seed: "" })).toThrow(ValidationError);
    expect(() => bootstrapInterval(3, s, { seed: 1, support: { lower: 1, upper: 0 } })).toThrow(
      ValidationError,
    );
  });
});

describe("bootstrapMeanInterval", () => {
  it("is about as wide as the t-interval on a normal sample (within 20 %; expanded within 10 %)", () => {
    const xs = normalSample(30, 100, 15, "width");
    const t = confidenceInterval(xs);
    const width = (ci: { lower: number; upper: number }) => (ci.upper - ci.lower) / (t.upper - t.lower);
    const plain = bootstrapMeanInterval(xs, { seed: 3, expand: false });
    const expanded = bootstrapMeanInterval(xs, { seed: 3 });
    expect(expanded.mean).toBeCloseTo(t.mean, 12);
    // Plain: z·√((n − 1)/n)/t(0.975, 29) = 0.94 of the t width, expanded ≈ 1.
    expect(width(plain)).toBeGreaterThan(0.8);
    expect(width(plain)).toBeLessThan(1.2);
    expect(width(expanded)).toBeGreaterThan(0.9);
    expect(width(expanded)).toBeLessThan(1.1);
    expect(width(expanded)).toBeGreaterThan(width(plain));
  });

  it("covers the true mean of normal samples about 95 % of the time", () => {
    // The plain percentile bootstrap of a mean under-covers at n = 20 (≈ 93 %); expanded ≈ 95 %.
    let covered = 0;
    const trials = 200;
    for (let k = 0; k < trials; k++) {
      const xs = normalSample(20, 50, 10, `coverage/${k}`);
      const ci = bootstrapMeanInterval(xs, { seed: k, resamples: 1000 });
      if (ci.lower <= 50 && 50 <= ci.upper) covered++;
    }
    expect(covered / trials).toBeGreaterThanOrEqual(0.88);
    expect(covered / trials).toBeLessThanOrEqual(0.99);
  });

  it("never gives a negative lower bound for skewed counts with zeros (the t-interval does)", () => {
    const counts = [
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0,
    ];
    expect(confidenceInterval(counts).lower).toBeLessThan(0); // what the t-interval would claim
    for (let seed = 0; seed < 20; seed++) {
      const ci = bootstrapMeanInterval(counts, { seed });
      expect(ci.lower).toBeGreaterThanOrEqual(0);
      expect(ci.upper).toBeLessThanOrEqual(14);
      expect(ci.mean).toBeCloseTo(0.5, 12);
    }
  });

  it("keeps fractions inside [0, 1] (the t-interval does not)", () => {
    const fractions = [1, 1, 1, 1, 1, 1, 0.9, 1, 1, 1, 1, 1, 1, 1, 1, 0.2, 1, 1, 1, 1];
    expect(confidenceInterval(fractions).upper).toBeGreaterThan(1);
    for (let seed = 0; seed < 20; seed++) {
      const ci = bootstrapMeanInterval(fractions, { seed });
      expect(ci.lower).toBeGreaterThanOrEqual(0.2);
      expect(ci.upper).toBeLessThanOrEqual(1);
      expect(ci.lower).toBeLessThan(ci.mean);
    }
  });

  it("is degenerate on equal values and the support on one value", () => {
    const same = bootstrapMeanInterval([0.1, 0.1, 0.1], { seed: 1 });
    expect([same.mean, same.lower, same.upper, same.halfWidth, same.n]).toEqual([0.1, 0.1, 0.1, 0, 3]);
    const one = bootstrapMeanInterval([4], { seed: 1, support: { lower: 0, upper: 10 } });
    expect([one.mean, one.lower, one.upper]).toEqual([4, 0, 10]);
    expect(() => bootstrapMeanInterval([], { seed: 1 })).toThrow(ValidationError);
    expect(() => bootstrapMeanInterval([1, Number.NaN], { seed: 1 })).toThrow("values.1");
    expect(() => bootstrapMeanInterval([1, 1], { seed: 1, level: 2 })).toThrow("level: got 2");
  });
});
