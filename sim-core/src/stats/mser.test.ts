import { describe, expect, it } from "vitest";
import { lcg } from "../kernel/test-rng";
import { MSER_BATCH, mser } from "./mser";

/** Standard normal noise from a seeded generator (Box–Muller; test data only). */
function noise(seed: number, n: number): number[] {
  const rng = lcg(seed);
  return Array.from({ length: n }, () => {
    const u = 1 - rng.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
  });
}

describe("MSER-5", () => {
  it("scores batch means by the squared standard error of what is kept (hand-computed)", () => {
    // Batches of 5 with means 10, 2, 2.5, 1.5: dropping the first leaves {2, 2.5, 1.5},
    // Σ(Z − 2)² = 0.5 over 3² → 0.0556; keeping all or dropping more scores higher.
    const series = [10, 10, 10, 10, 10, 2, 2, 2, 2, 2, 2.5, 2.5, 2.5, 2.5, 2.5, 1.5, 1.5, 1.5, 1.5, 1.5, 99];
    const r = mser(series)!;
    expect(r.batches).toBe(4);
    expect(r.truncation).toBe(MSER_BATCH);
    expect(r.statistic).toBeCloseTo(0.5 / 9, 12);
    expect(r.reliable).toBe(true);
  });

  it("finds the end of an exponential initial bias, in every seeded replication", () => {
    // x_t = 10·exp(−t/25) + N(0, 1): the bias falls under 0.1 σ after 25·ln(100) ≈ 115 observations.
    for (const seed of [1, 2, 3, 4, 5]) {
      const e = noise(seed, 2000);
      const series = e.map((x, t) => 10 * Math.exp(-t / 25) + x);
      const r = mser(series)!;
      expect(r.reliable).toBe(true);
      expect(r.truncation, `seed ${seed}`).toBeGreaterThanOrEqual(40);
      expect(r.truncation, `seed ${seed}`).toBeLessThanOrEqual(200);
    }
  });

  it("truncates little or nothing of a series that starts in steady state", () => {
    for (const seed of [11, 12, 13]) {
      const r = mser(noise(seed, 2000))!;
      expect(r.reliable).toBe(true);
      expect(r.truncation, `seed ${seed}`).toBeLessThanOrEqual(200);
    }
    expect(mser(new Array<number>(50).fill(3))).toEqual({
      truncation: 0,
      batches: 10,
      reliable: true,
      statistic: 0,
    });
  });

  it("says when the series never settles (minimum in the second half)", () => {
    const trend = Array.from({ length: 200 }, (_, t) => t);
    expect(mser(trend)!.reliable).toBe(false);
  });

  it("needs two batches, finite values and a whole batch size", () => {
    expect(mser([1, 2, 3, 4, 5, 6, 7, 8, 9])).toBeNull();
    expect(mser([1, 2], 1)).toMatchObject({ batches: 2, truncation: 0 }); // never down to one batch
    expect(() => mser([1, 2, Number.NaN, 4, 5, 6, 7, 8, 9, 10])).toThrow(
      "series[2]: got NaN; allowed: a finite number",
    );
    expect(() => mser([1, 2, 3], 0)).toThrow("batchSize: got 0");
  });
});
