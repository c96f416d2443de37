import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors";
import { distribution } from "../random/distribution";
import { RandomStreams } from "../random/random-streams";
import { QuantileSketch, type QuantileSketchData } from "./quantile-sketch";

const PS = [0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999];

function lognormalSamples(n: number, name = "sketch"): number[] {
  const d = distribution({ kind: "lognormal", median: 60, p95: 3600 });
  const rng = new RandomStreams(3, 0).stream(name);
  return Array.from({ length: n }, () => d.sample(rng));
}

const exactAt = (sorted: number[], p: number) => sorted[Math.floor(p * (sorted.length - 1))]!;

/** Sketch quantile within α (plus rounding) of the order statistic of rank ⌊p(n − 1)⌋. */
function expectAccurate(sketch: QuantileSketch, sorted: number[], alpha: number): void {
  for (const p of PS) {
    const exact = exactAt(sorted, p);
    expect(Math.abs(sketch.quantile(p) - exact)).toBeLessThanOrEqual(alpha * (1 + 1e-9) * exact);
  }
}

describe("QuantileSketch", () => {
  it("has the stated relative accuracy (0.5 % by default)", () => {
    const xs = lognormalSamples(100_000);
    const sketch = new QuantileSketch();
    for (const x of xs) sketch.add(x);
    expect(sketch.isExact).toBe(false);
    const sorted = [...xs].sort((a, b) => a - b);
    expectAccurate(sketch, sorted, 0.005);
    expect(sketch.quantile(0)).toBe(sorted[0]);
    expect(sketch.quantile(1)).toBe(sorted.at(-1));
    expect(sketch.count).toBe(100_000);
    expect(sketch.mean).toBeCloseTo(xs.reduce((s, x) => s + x, 0) / xs.length, 6);
  });

  it("has teeth: a coarser sketch of few values is measurably less accurate than 0.5 %", () => {
    const xs = lognormalSamples(300, "coarse");
    const coarse = new QuantileSketch({ relativeAccuracy: 0.1, exactLimit: 0 });
    for (const x of xs) coarse.add(x);
    const sorted = [...xs].sort((a, b) => a - b);
    const worst = Math.max(
      ...PS.map((p) => Math.abs(coarse.quantile(p) - exactAt(sorted, p)) / exactAt(sorted, p)),
    );
    expect(worst).toBeGreaterThan(0.005);
    expect(worst).toBeLessThanOrEqual(0.1 * (1 + 1e-9));
  });

  it("keeps the guarantee for every rank of any sample (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-6, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.constantFrom(0.001, 0.005, 0.02, 0.1),
        (xs, alpha) => {
          // No cap in reach: only a collapsed low region may lose the guarantee.
          const s = new QuantileSketch({ relativeAccuracy: alpha, exactLimit: 0, maxBuckets: 100_000 });
          for (const x of xs) s.add(x);
          const sorted = [...xs].sort((a, b) => a - b);
          let previous = 0;
          for (let r = 0; r < sorted.length; r++) {
            const v = s.valueAtRank(r);
            if (Math.abs(v - sorted[r]!) > alpha * (1 + 1e-9) * sorted[r]!) return false;
            if (v < previous) return false; // monotone in rank
            previous = v;
          }
          return true;
        },
      ),
      { numRuns: 200, seed: 42 },
    );
  });

  it("interpolates inside a bucket: neighbouring ranks differ, and no interval reads one value", () => {
    // 1,000 lead times between 20 min and 20 min 6 s all fall in one or two 0.5 % buckets.
    const s = new QuantileSketch({ exactLimit: 0 });
    for (let i = 0; i < 1000; i++) s.add(1200 + ((i * 7919) % 1000) / 166.6);
    expect(s.bucketCount).toBeLessThanOrEqual(2);
    for (let r = 1; r < 998; r++) expect(s.valueAtRank(r + 1)).toBeGreaterThan(s.valueAtRank(r));
    expect(s.quantile(0.94)).toBeLessThan(s.quantile(0.95));
    expect(s.quantile(0.95)).toBeLessThan(s.quantile(0.96));
    expect(s.quantile(0.5)).toBeGreaterThan(s.min);
    expect(s.quantile(0.5)).toBeLessThan(s.max);
  });

  it("counts the fraction at or below a value consistently with the value at a rank", () => {
    const xs = lognormalSamples(5_000, "fraction");
    const s = new QuantileSketch();
    for (const x of xs) s.add(x);
    for (const r of [0, 1, 10, 500, 2500, 4000, 4990, 4999]) {
      expect(s.fractionAtOrBelow(s.valueAtRank(r))).toBeGreaterThanOrEqual((r + 1) / 5_000);
    }
    const sorted = [...xs].sort((a, b) => a - b);
    for (const p of [0.1, 0.5, 0.9])
      expect(Math.abs(s.fractionAtOrBelow(exactAt(sorted, p)) - p)).toBeLessThan(0.002);
  });

  it("uses memory bounded by the value range, not the sample count", () => {
    const sketch = new QuantileSketch();
    const d = distribution({ kind: "uniform", min: 1, max: 1000 });
    const rng = new RandomStreams(1, 0).stream("memory");
    // ln(1000) / ln(1.005) ≈ 1,385 buckets cover [1, 1000], however many samples.
    const bound = Math.ceil(Math.log(1000) / Math.log(1.005)) + 1;
    for (const n of [10_000, 100_000, 1_000_000]) {
      while (sketch.count < n) sketch.add(d.sample(rng));
      expect(sketch.bucketCount).toBeLessThanOrEqual(bound);
    }
  });

  it("caps the buckets by merging the lowest ones; only quantiles in the merged region lose accuracy", () => {
    const sketch = new QuantileSketch({ relativeAccuracy: 0.02, maxBuckets: 512 });
    const xs = lognormalSamples(20_000, "cap"); // spans ~1,000 buckets at γ = 1.02
    for (const x of xs) sketch.add(x);
    expect(sketch.bucketCount).toBe(512);
    const sorted = [...xs].sort((a, b) => a - b);
    const error = (p: number) => Math.abs(sketch.quantile(p) - exactAt(sorted, p)) / exactAt(sorted, p);
    // 512 buckets reach from the max (~1e6) down by a factor 1.02^512 ≈ 2.5e4, to ~40 (p44).
    for (const p of [0.5, 0.9, 0.99, 0.999]) expect(error(p)).toBeLessThanOrEqual(0.02 * (1 + 1e-9));
    expect(error(0.1)).toBeGreaterThan(0.02);
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

  it("handles zeros and the empty sketch, exact or bucketed", () => {
    for (const exactLimit of [512, 0]) {
      const sketch = new QuantileSketch({ exactLimit });
      expect(sketch.quantile(0.5)).toBeNaN();
      expect(sketch.valueAtRank(0)).toBeNaN();
      expect(sketch.fractionAtOrBelow(1)).toBeNaN();
      for (let i = 0; i < 6; i++) sketch.add(0);
      for (let i = 1; i <= 4; i++) sketch.add(i);
      expect(sketch.quantile(0.5)).toBe(0);
      expect(Math.abs(sketch.quantile(0.8) - 2) / 2).toBeLessThanOrEqual(0.005);
      expect(sketch.fractionAtOrBelow(0)).toBe(0.6);
    }
  });

  it("rejects negative or non-finite values and bad options", () => {
    expect(() => new QuantileSketch().add(-1)).toThrow("observation: got -1; allowed: a finite number ≥ 0");
    expect(() => new QuantileSketch().add(Number.NaN)).toThrow(ValidationError);
    expect(() => new QuantileSketch().quantile(2)).toThrow("p: got 2");
    expect(() => new QuantileSketch({ relativeAccuracy: 0 })).toThrow("relativeAccuracy: got 0");
    expect(() => new QuantileSketch({ maxBuckets: 3 })).toThrow("maxBuckets: got 3");
    expect(() => new QuantileSketch({ exactLimit: -1 })).toThrow("exactLimit: got -1");
  });
});

describe("QuantileSketch exact mode", () => {
  it("gives exact order statistics while count ≤ exactLimit, then buckets within α", () => {
    const xs = lognormalSamples(513, "exact");
    const s = new QuantileSketch();
    for (const x of xs.slice(0, 512)) s.add(x);
    const sorted = [...xs.slice(0, 512)].sort((a, b) => a - b);
    expect(s.isExact).toBe(true);
    expect(s.bucketCount).toBe(0);
    for (const p of PS) expect(s.quantile(p)).toBe(exactAt(sorted, p));
    for (const r of [0, 3, 100, 511]) expect(s.valueAtRank(r + 0.7)).toBe(sorted[Math.min(511, r)]); // rounds down
    expect(s.fractionAtOrBelow(sorted[99]!)).toBe(100 / 512);
    const data = s.toData();
    expect(data.values).toEqual(sorted);
    expect(data.buckets).toEqual([]);
    s.add(xs[512]!);
    expect(s.isExact).toBe(false);
    expect(s.toData().values).toBeUndefined();
    expectAccurate(
      s,
      [...xs].sort((a, b) => a - b),
      0.005,
    );
  });

  it("merges exactly within the limit and into buckets across it, like one sketch fed everything", () => {
    const xs = lognormalSamples(600, "merge-limit");
    const feed = (values: number[]) => {
      const s = new QuantileSketch();
      for (const x of values) s.add(x);
      return s;
    };
    const small = feed(xs.slice(0, 200));
    small.merge(feed(xs.slice(200, 400)));
    expect(small.isExact).toBe(true);
    const sorted400 = xs.slice(0, 400).sort((a, b) => a - b);
    for (const p of PS) expect(small.quantile(p)).toBe(exactAt(sorted400, p));

    const whole = feed(xs);
    for (const [a, b] of [
      [feed(xs.slice(0, 300)), feed(xs.slice(300))], // exact + exact, over the limit
      [feed(xs.slice(0, 550)), feed(xs.slice(550))], // buckets + exact
      [feed(xs.slice(0, 50)), feed(xs.slice(50))], // exact + buckets
    ] as const) {
      a.merge(b);
      expect(a.isExact).toBe(false);
      expect({ ...a.toData(), sum: 0 }).toEqual({ ...whole.toData(), sum: 0 });
      expect(a.sum).toBeCloseTo(whole.sum, 6);
    }
  });

  it("survives a round trip through plain data, and merged data equals one sketch of everything", () => {
    for (const n of [500, 5000]) {
      const a = new QuantileSketch();
      const b = new QuantileSketch();
      const all = new QuantileSketch();
      for (let i = 0; i < n; i++) {
        const x = ((i * 7919) % 1000) / 10;
        (i % 2 === 0 ? a : b).add(x);
        all.add(x);
      }
      const copy = QuantileSketch.fromData(JSON.parse(JSON.stringify(a.toData())));
      expect(copy.toData()).toEqual(a.toData());
      copy.merge(QuantileSketch.fromData(b.toData()));
      for (const p of [0.1, 0.5, 0.9, 0.99]) expect(copy.quantile(p)).toBe(all.quantile(p));
      expect(copy.isExact).toBe(n <= 512);
    }
  });

  it("gives values at ranks and the fraction at or below a value", () => {
    const s = new QuantileSketch();
    for (let i = 1; i <= 100; i++) s.add(i);
    expect(s.valueAtRank(0)).toBe(1);
    expect(s.valueAtRank(99)).toBe(100);
    expect(s.valueAtRank(49)).toBe(50);
    expect(s.fractionAtOrBelow(50)).toBe(0.5);
    expect(s.fractionAtOrBelow(0)).toBe(0);
    expect(s.fractionAtOrBelow(1_000)).toBe(1);
  });

  it("visits its observations as ascending spans that add up to the count", () => {
    for (const exactLimit of [512, 0]) {
      const s = new QuantileSketch({ exactLimit });
      for (const x of [0, 0, 3, 3, 3, 7, 100, 101]) s.add(x);
      const spans: [number, number, number][] = [];
      s.visitSpans((lo, hi, c) => {
        spans.push([lo, hi, c]);
        return false;
      });
      expect(spans.reduce((n, [, , c]) => n + c, 0)).toBe(8);
      for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
      expect(spans[0]).toEqual([0, 0, 2]);
      if (exactLimit > 0) expect(spans[1]).toEqual([3, 3, 3]);
      expect(spans.at(-1)![1]).toBe(101);
    }
  });
});

describe("QuantileSketch data of the original layout", () => {
  // Written before exact mode: DDSketch buckets with γ = (1 + α)/(1 − α), read at 2γ^i/(γ + 1).
  const gamma = 1.01 / 0.99;
  const index = (x: number) => Math.ceil(Math.log(x) / Math.log(gamma));
  const legacy: QuantileSketchData = {
    relativeAccuracy: 0.01,
    maxBuckets: 2048,
    count: 5,
    sum: 10 + 20 + 30 + 40 + 50,
    min: 10,
    max: 50,
    zeroCount: 0,
    buckets: [10, 20, 30, 40, 50].map((x) => [index(x), 1] as [number, number]),
  };

  it("still loads and reads its buckets at their representatives", () => {
    const s = QuantileSketch.fromData(legacy);
    const representative = (2 * gamma ** index(30)) / (gamma + 1);
    expect(s.quantile(0.5)).toBeCloseTo(representative, 10);
    expect(Math.abs(s.quantile(0.5) - 30) / 30).toBeLessThanOrEqual(0.01);
    expect([s.quantile(0), s.quantile(1), s.count, s.isExact]).toEqual([10, 50, 5, false]);
    expect(s.toData()).toEqual(legacy);
    s.add(35);
    expect(Math.abs(s.quantile(0.6) - 35) / 35).toBeLessThanOrEqual(0.01);
  });

  it("does not merge with the new layout, and rejects unknown versions or inconsistent values", () => {
    expect(() =>
      QuantileSketch.fromData(legacy).merge(new QuantileSketch({ relativeAccuracy: 0.01, maxBuckets: 2048 })),
    ).toThrow(ValidationError);
    expect(() => QuantileSketch.fromData({ ...legacy, version: 3 as 2 })).toThrow("version: got 3");
    expect(() => QuantileSketch.fromData({ ...legacy, version: 2, values: [10, 20] })).toThrow("values");
  });
});
