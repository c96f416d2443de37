import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors";
import { distribution } from "../random/distribution";
import { RandomStreams } from "../random/random-streams";
import { QuantileSketch } from "./quantile-sketch";

const PS = [0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999];

function lognormalSamples(n: number, name = "sketch"): number[] {
  const d = distribution({ kind: "lognormal", median: 60, p95: 3600 });
  const rng = new RandomStreams(3, 0).stream(name);
  return Array.from({ length: n }, () => d.sample(rng));
}

/** Sketch quantile within α (plus rounding) of the order statistic of rank ⌊p(n − 1)⌋. */
function expectAccurate(sketch: QuantileSketch, sorted: number[], alpha: number): void {
  for (const p of PS) {
    const exact = sorted[Math.floor(p * (sorted.length - 1))]!;
    expect(Math.abs(sketch.quantile(p) - exact)).toBeLessThanOrEqual(alpha * (1 + 1e-9) * exact);
  }
}

describe("QuantileSketch", () => {
  it("has the stated relative accuracy (1 % by default)", () => {
    const xs = lognormalSamples(100_000);
    const sketch = new QuantileSketch();
    for (const x of xs) sketch.add(x);
    const sorted = [...xs].sort((a, b) => a - b);
    expectAccurate(sketch, sorted, 0.01);
    expect(sketch.quantile(0)).toBe(sorted[0]);
    expect(sketch.quantile(1)).toBe(sorted.at(-1));
    expect(sketch.count).toBe(100_000);
    expect(sketch.mean).toBeCloseTo(xs.reduce((s, x) => s + x, 0) / xs.length, 6);
  });

  it("has teeth: a coarser sketch is measurably less accurate than 1 %", () => {
    const xs = lognormalSamples(20_000);
    const coarse = new QuantileSketch({ relativeAccuracy: 0.1 });
    for (const x of xs) coarse.add(x);
    const sorted = [...xs].sort((a, b) => a - b);
    const worst = Math.max(
      ...PS.map((p) => {
        const exact = sorted[Math.floor(p * (sorted.length - 1))]!;
        return Math.abs(coarse.quantile(p) - exact) / exact;
      }),
    );
    expect(worst).toBeGreaterThan(0.01);
    expect(worst).toBeLessThanOrEqual(0.1 * (1 + 1e-9));
  });

  it("uses memory bounded by the value range, not the sample count", () => {
    const sketch = new QuantileSketch();
    const d = distribution({ kind: "uniform", min: 1, max: 1000 });
    const rng = new RandomStreams(1, 0).stream("memory");
    // ln(1000) / ln(1.01/0.99) ≈ 346 buckets cover [1, 1000], however many samples.
    const bound = Math.ceil(Math.log(1000) / Math.log(1.01 / 0.99)) + 1;
    for (const n of [10_000, 100_000, 1_000_000]) {
      while (sketch.count < n) sketch.add(d.sample(rng));
      expect(sketch.bucketCount).toBeLessThanOrEqual(bound);
    }
  });

  it("caps the buckets by merging the lowest ones; only quantiles in the merged region lose accuracy", () => {
    const sketch = new QuantileSketch({ maxBuckets: 512 });
    const xs = lognormalSamples(20_000, "cap"); // spans ~1,000 buckets at α = 1 %
    for (const x of xs) sketch.add(x);
    expect(sketch.bucketCount).toBe(512);
    const sorted = [...xs].sort((a, b) => a - b);
    const error = (p: number) => {
      const exact = sorted[Math.floor(p * (sorted.length - 1))]!;
      return Math.abs(sketch.quantile(p) - exact) / exact;
    };
    // 512 buckets reach from the max (~3e6) down to ~130: above the 90th percentile (~1,460).
    for (const p of [0.9, 0.99, 0.999]) expect(error(p)).toBeLessThanOrEqual(0.01 * (1 + 1e-9));
    expect(error(0.1)).toBeGreaterThan(0.01);
  });

  it("merges like one sketch fed everything", () => {
    const xs = lognormalSamples(10_000, "merge");
    const whole = new QuantileSketch();
    const a = new QuantileSketch();
    const b = new QuantileSketch();
    xs.forEach((x, i) => {
      whole.add(x);
      (i % 3 === 0 ? a : b).add(x);
    });
    a.merge(b);
    for (const p of PS) expect(a.quantile(p)).toBe(whole.quantile(p));
    expect([a.count, a.min, a.max]).toEqual([whole.count, whole.min, whole.max]);
    expect(() => a.merge(new QuantileSketch({ relativeAccuracy: 0.02 }))).toThrow(ValidationError);
  });

  it("handles zeros and the empty sketch", () => {
    const sketch = new QuantileSketch();
    expect(sketch.quantile(0.5)).toBeNaN();
    for (let i = 0; i < 6; i++) sketch.add(0);
    for (let i = 1; i <= 4; i++) sketch.add(i);
    expect(sketch.quantile(0.5)).toBe(0);
    expect(Math.abs(sketch.quantile(0.8) - 2) / 2).toBeLessThanOrEqual(0.01);
  });

  it("rejects negative or non-finite values and bad options", () => {
    expect(() => new QuantileSketch().add(-1)).toThrow("observation: got -1; allowed: a finite number ≥ 0");
    expect(() => new QuantileSketch().add(Number.NaN)).toThrow(ValidationError);
    expect(() => new QuantileSketch().quantile(2)).toThrow("p: got 2");
    expect(() => new QuantileSketch({ relativeAccuracy: 0 })).toThrow("relativeAccuracy: got 0");
    expect(() => new QuantileSketch({ maxBuckets: 3 })).toThrow("maxBuckets: got 3");
  });
});

describe("QuantileSketch data and ranks", () => {
  it("survives a round trip through plain data, and merged data equals one sketch of everything", () => {
    const a = new QuantileSketch();
    const b = new QuantileSketch();
    const all = new QuantileSketch();
    for (let i = 0; i < 500; i++) {
      const x = ((i * 7919) % 1000) / 10;
      (i % 2 === 0 ? a : b).add(x);
      all.add(x);
    }
    const copy = QuantileSketch.fromData(JSON.parse(JSON.stringify(a.toData())));
    expect(copy.toData()).toEqual(a.toData());
    copy.merge(QuantileSketch.fromData(b.toData()));
    for (const p of [0.1, 0.5, 0.9, 0.99]) expect(copy.quantile(p)).toBe(all.quantile(p));
  });

  it("gives values at ranks and the fraction at or below a value, within its accuracy", () => {
    const s = new QuantileSketch();
    for (let i = 1; i <= 100; i++) s.add(i);
    expect(s.valueAtRank(0)).toBe(1);
    expect(s.valueAtRank(99)).toBe(100);
    expect(Math.abs(s.valueAtRank(49) - 50) / 50).toBeLessThanOrEqual(0.01);
    expect(s.fractionAtOrBelow(50)).toBeCloseTo(0.5, 1);
    expect(s.fractionAtOrBelow(0)).toBe(0);
    expect(s.fractionAtOrBelow(1_000)).toBe(1);
  });
});
