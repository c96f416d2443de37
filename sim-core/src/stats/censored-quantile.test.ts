import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors";
import { RandomStreams } from "../random/random-streams";
import { openUniform, type Rng } from "../random/rng";
import { censoredQuantileInterval, kaplanMeierQuantile } from "./censored-quantile";
import { type CensoredUnit, PooledKaplanMeier } from "./pooled-kaplan-meier";
import { QuantileSketch, type QuantileSketchOptions } from "./quantile-sketch";

function unit(observed: number[], censored: number[] = [], options?: QuantileSketchOptions): CensoredUnit {
  if (observed.length === 0) return { sketch: undefined, censored };
  const s = new QuantileSketch(options);
  for (const x of observed) s.add(x);
  return { sketch: s.toData(), censored };
}

const exponential = (rng: Rng) => -Math.log(openUniform(rng));

/** Units of `perUnit` Exp(1) durations, each censored at its own Uniform(0, horizon) time. */
function exponentialUnits(
  units: number,
  perUnit: number,
  horizon: number,
  name: string,
  options?: QuantileSketchOptions,
) {
  const rng = new RandomStreams(5, 0).stream(name);
  const all: number[] = [];
  const result = Array.from({ length: units }, () => {
    const observed: number[] = [];
    const censored: number[] = [];
    for (let i = 0; i < perUnit; i++) {
      const x = exponential(rng);
      const c = horizon * rng.next();
      all.push(x);
      if (x <= c) observed.push(x);
      else censored.push(c);
    }
    return unit(observed, censored, options);
  });
  return { units: result, all };
}

// The 6-MP arm of the Freireich leukaemia trial (weeks of remission; + = censored), the textbook
// Kaplan–Meier example. By hand, S = 18/21 at 6 (3 relapses; the 6+ still at risk), × 16/17 at 7
// (0.807), × 14/15 at 10 (0.753), × 11/12 at 13 (0.690), × 10/11 at 16 (0.627), × 6/7 at 22
// (0.538), × 5/6 at 23 (0.448), and no relapse after 23: S stays 0.448.
const RELAPSES = [6, 6, 6, 7, 10, 13, 16, 22, 23];
const CENSORED = [6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35];

describe("kaplanMeierQuantile", () => {
  it("reproduces the hand-computed 6-MP example, however the events are split into units", () => {
    const together = [unit(RELAPSES, CENSORED)];
    const split = [
      unit([6, 7, 22], [6, 11, 32, 35]),
      unit([6, 6, 10, 23], [9, 10, 19, 25]),
      unit([], [17, 20, 32, 34]),
      unit([13, 16]),
    ];
    for (const units of [together, split]) {
      const q = (p: number) => kaplanMeierQuantile(units, p);
      expect(q(0.1)).toBe(6); // S(6) = 0.857 ≤ 0.9
      expect(q(0.15)).toBe(7); // 0.857 > 0.85, S(7) = 0.807
      expect(q(0.2)).toBe(10); // 0.807 > 0.8, S(10) = 0.753 (the 10+ counted at risk at 10)
      expect(q(0.25)).toBe(13); // 0.7529 > 0.75, S(13) = 0.690
      expect(q(0.4)).toBe(22); // 0.627 > 0.6, S(22) = 0.538
      expect(q(0.5)).toBe(23); // the textbook median
      expect(q(0.55)).toBe(23); // S(23) = 0.4482 ≤ 0.45
      expect(q(0.6)).toBe(Infinity); // S never falls below 0.448: the tail is censored
    }
    // Dropping the censored durations (the naive estimate) gives a shorter median.
    expect(kaplanMeierQuantile([unit(RELAPSES)], 0.5)).toBe(10);
  });

  it("counts events before censorings at equal times", () => {
    // Events at 1, 2, 3, 4 and a censoring at 2: S(1) = 4/5; at 2 the censored one is still at
    // risk, S(2) = 4/5 · 3/4 = 0.6; then r = 2 at 3: S(3) = 0.3, S(4) = 0. Censorings first would
    // give S(2) = 4/5 · 2/3 = 0.533, and a 0.42-quantile of 2 instead of 3.
    const units = [unit([1, 2, 3, 4], [2])];
    expect(kaplanMeierQuantile(units, 0.2)).toBe(1);
    expect(kaplanMeierQuantile(units, 0.4)).toBe(2);
    expect(kaplanMeierQuantile(units, 0.42)).toBe(3);
    expect(kaplanMeierQuantile(units, 0.7)).toBe(3);
    expect(kaplanMeierQuantile(units, 0.75)).toBe(4);
  });

  it("equals the plain empirical quantile (rank ⌈pN⌉) without censoring", () => {
    const { units, all } = exponentialUnits(10, 30, Infinity, "plain");
    const sorted = [...all].sort((a, b) => a - b);
    for (const p of [0.01, 0.1, 0.5, 0.9, 0.95, 0.99]) {
      expect(kaplanMeierQuantile(units, p)).toBe(sorted[Math.ceil(p * sorted.length) - 1]);
    }
  });

  it("agrees with the empirical quantile within the sketch's accuracy when the sketches are bucketed", () => {
    const { units, all } = exponentialUnits(4, 3000, Infinity, "buckets");
    expect(QuantileSketch.fromData(units[0]!.sketch!).isExact).toBe(false);
    const sorted = [...all].sort((a, b) => a - b);
    for (const p of [0.01, 0.1, 0.5, 0.9, 0.99, 0.999]) {
      const exact = sorted[Math.ceil(p * sorted.length) - 1]!;
      expect(Math.abs(kaplanMeierQuantile(units, p) - exact) / exact).toBeLessThanOrEqual(0.005 * (1 + 1e-9));
    }
  });

  it("reads bucketed sketches with censoring like the exact values, to within two buckets", () => {
    const bucketed = exponentialUnits(4, 3000, 6, "mixed").units;
    const exact = exponentialUnits(4, 3000, 6, "mixed", { exactLimit: 10_000 }).units;
    for (const p of [0.1, 0.5, 0.9, 0.99]) {
      const want = kaplanMeierQuantile(exact, p);
      expect(Math.abs(kaplanMeierQuantile(bucketed, p) - want) / want).toBeLessThanOrEqual(0.01);
    }
  });

  it("weights units as multiplicities", () => {
    const a = unit([1, 5, 9], [4]);
    const b = unit([2, 3], [Infinity]);
    const c = unit([7, 8, 10]);
    for (const p of [0.2, 0.5, 0.7, 0.9]) {
      const weighted = kaplanMeierQuantile([a, b, c], p, Float64Array.from([2, 0, 1]));
      expect(weighted).toBe(kaplanMeierQuantile([a, a, c], p));
    }
    const km = new PooledKaplanMeier([a, b, c]);
    expect([km.events, km.censored, km.units]).toEqual([8, 2, 3]);
    expect(km.quantile(0.5, Float64Array.from([0, 1, 0]))).toBe(3); // 2, 3 and a never-ending one
    expect(km.quantile(0.7, Float64Array.from([0, 1, 0]))).toBe(Infinity);
  });

  it("is Infinity when the tail is censored and NaN without events", () => {
    // Nine events 1 … 9 and one incident that never ends: S(9) = 1/10.
    const units = [unit([1, 2, 3, 4, 5, 6, 7, 8, 9], [Infinity])];
    expect(kaplanMeierQuantile(units, 0.9)).toBe(9);
    expect(kaplanMeierQuantile(units, 0.95)).toBe(Infinity);
    expect(kaplanMeierQuantile([unit([], [3, 4])], 0.5)).toBeNaN();
    expect(kaplanMeierQuantile([], 0.5)).toBeNaN();
    expect(kaplanMeierQuantile([unit([1, 2])], 0.5, Float64Array.from([0]))).toBeNaN();
  });

  it("rejects bad arguments", () => {
    expect(() => kaplanMeierQuantile([unit([1])], 0)).toThrow("p: got 0");
    expect(() => kaplanMeierQuantile([unit([1])], 1)).toThrow("p: got 1");
    expect(() => kaplanMeierQuantile([unit([1], [-1])], 0.5)).toThrow("units.0.censored.0: got -1");
    expect(() => kaplanMeierQuantile([unit([1], [Number.NaN])], 0.5)).toThrow(ValidationError);
    expect(() => kaplanMeierQuantile([unit([1])], 0.5, new Float64Array(2))).toThrow("weights");
    expect(() => kaplanMeierQuantile([{ sketch: undefined } as unknown as CensoredUnit], 0.5)).toThrow(
      "units.0",
    );
  });
});

describe("censoredQuantileInterval", () => {
  it("brackets the point estimate, reports the counts and is deterministic in the seed", () => {
    const { units } = exponentialUnits(20, 30, 5, "interval");
    const ci = censoredQuantileInterval(units, 0.9, { seed: 1, resamples: 500 });
    expect(ci.mean).toBe(kaplanMeierQuantile(units, 0.9));
    expect(ci.lower).toBeLessThan(ci.mean);
    expect(ci.upper).toBeGreaterThan(ci.mean);
    expect(ci.events + ci.censored).toBe(600);
    expect(ci.censored).toBeGreaterThan(50); // P(X > C) = (1 − e^−5)/5 ≈ 0.2
    expect([ci.n, ci.level, ci.halfWidth]).toEqual([20, 0.95, (ci.upper - ci.lower) / 2]);
    expect(censoredQuantileInterval(units, 0.9, { seed: 1, resamples: 500 })).toEqual(ci);
    const bounds = new Set(
      [2, 3, 4, 5, 6].map((seed) => {
        const other = censoredQuantileInterval(units, 0.9, { seed, resamples: 500 });
        return `${other.lower} ${other.upper}`;
      }),
    );
    expect(bounds.size).toBeGreaterThan(1);
  });

  it("covers the true quantile of an exponential in about 95 % of samples", () => {
    // p90 of Exp(1) is ln 10; 20 replications of 10 events each, ~20 % censored.
    const truth = Math.log(10);
    let covered = 0;
    const trials = 200;
    for (let k = 0; k < trials; k++) {
      const { units } = exponentialUnits(20, 10, 5, `coverage/${k}`);
      const ci = censoredQuantileInterval(units, 0.9, { seed: k, resamples: 1000 });
      if (ci.lower <= truth && truth <= ci.upper) covered++;
    }
    expect(covered / trials).toBeGreaterThanOrEqual(0.88);
    expect(covered / trials).toBeLessThanOrEqual(0.99);
  });

  it("cannot bound a p99 above when the worst events are still open", () => {
    // 30 replications of 20 events, all completed within 1–21 min, except that 5 of them (in
    // replications 0–4) are still open at 2 h: S ends at 5/600, so the point estimate is finite,
    // but resamples drawing those replications more often cannot reach 1 %.
    const durations = (k: number) => Array.from({ length: 20 }, (_, i) => 60 + ((k * 37 + i * 53) % 1200));
    const censoredUnits = Array.from({ length: 30 }, (_, k) =>
      k < 5 ? unit(durations(k).slice(1), [7200]) : unit(durations(k)),
    );
    const ci = censoredQuantileInterval(censoredUnits, 0.99, { seed: 3 });
    expect(ci.mean).toBeLessThan(7200);
    expect(ci.upper).toBe(Infinity);
    // The same 2-hour durations, completed: now the data do bound the p99.
    const completedUnits = Array.from({ length: 30 }, (_, k) =>
      k < 5 ? unit([...durations(k).slice(1), 7200]) : unit(durations(k)),
    );
    const done = censoredQuantileInterval(completedUnits, 0.99, { seed: 3 });
    expect(done.upper).toBe(7200);
  });

  it("is open above when there are too few events for the quantile, whatever the resamples say", () => {
    // 50 events: the p99 is the largest one, and every resample's p99 is at most that, but the
    // largest of 50 exceeds the p99 only with probability 1 − 0.99^50 = 0.39.
    const units = Array.from({ length: 10 }, (_, k) => unit([1, 2, 3, 4, 5].map((x) => x + 5 * k)));
    const p99 = censoredQuantileInterval(units, 0.99, { seed: 1 });
    expect(p99.mean).toBe(50);
    expect(p99.upper).toBe(Infinity);
    // The p50 of the same 50 events is bounded: 1 − 0.5^50 ≈ 1.
    expect(censoredQuantileInterval(units, 0.5, { seed: 1 }).upper).toBeLessThan(50);
    // 400 events suffice for a p99 (1 − 0.99^400 = 0.982 ≥ 0.975); 360 do not (0.973).
    const many = (n: number) =>
      Array.from({ length: 20 }, (_, k) => unit(Array.from({ length: n / 20 }, (_, i) => 1 + k + 20 * i)));
    expect(censoredQuantileInterval(many(400), 0.99, { seed: 1 }).upper).toBeLessThan(400);
    expect(censoredQuantileInterval(many(360), 0.99, { seed: 1 }).upper).toBe(Infinity);
    // Below: 4 events cannot bound a median from below (0.5^4 = 0.0625 > 0.025).
    const four = [unit([10, 20]), unit([30, 40])];
    expect(censoredQuantileInterval(four, 0.5, { seed: 1 }).lower).toBe(0);
  });

  it("gives [0, ∞] for one replication and NaN without events", () => {
    const one = censoredQuantileInterval([unit([1, 2, 3])], 0.5, { seed: 1 });
    expect([one.mean, one.lower, one.upper, one.n]).toEqual([2, 0, Infinity, 1]);
    const none = censoredQuantileInterval([unit([], [5]), unit([], [6])], 0.5, { seed: 1 });
    expect(none.mean).toBeNaN();
    expect(none.upper).toBeNaN();
    expect([none.events, none.censored]).toEqual([0, 2]);
    expect(() => censoredQuantileInterval([], 1.5, { seed: 1 })).toThrow("p: got 1.5");
    expect(() => censoredQuantileInterval([], 0.5, { seed: 1, level: 0 })).toThrow("level: got 0");
  });
});
