/** The regression gate's statistics against scipy and against their nominal error rates. */
import { normalQuantile, openUniform, RandomStreams } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { holm, pairedWorseTest, welchWorseTest } from "./regression-tests";

describe("pairedWorseTest", () => {
  it("matches scipy.stats.ttest_1samp(d, 0, alternative='greater')", () => {
    const t = pairedWorseTest([1.2, -0.8, 1.5, 0.3, 1.0, -0.2])!;
    expect(t.p).toBeCloseTo(0.11359930782778287, 10);
    expect(t.df).toBe(5);
    expect(t.difference).toBeCloseTo(0.5, 12);
    // mean ± t(0.975, 5) · s/√n, with t(0.975, 5) = 2.5705818356363146 and s/√n = 0.5/1.37620...
    const half = (2.5705818356363146 * 0.5) / 1.3762047064079506;
    expect(t.lower).toBeCloseTo(0.5 - half, 9);
    expect(t.upper).toBeCloseTo(0.5 + half, 9);
  });

  it("decides a zero spread exactly and needs two pairs", () => {
    expect(pairedWorseTest([0, 0, 0])!.p).toBe(1);
    expect(pairedWorseTest([2, 2, 2])!.p).toBe(0);
    expect(pairedWorseTest([-2, -2])!.p).toBe(1);
    expect(pairedWorseTest([5])).toBeNull();
  });
});

describe("welchWorseTest", () => {
  it("matches scipy.stats.ttest_ind(equal_var=False, alternative='greater')", () => {
    const t = welchWorseTest([10.1, 12.3, 9.8, 11.5, 10.9, 13.2, 12.0], [9.0, 9.5, 10.2, 8.7, 9.9])!;
    expect(t.p).toBeCloseTo(0.002689029820655182, 10);
    expect(t.df).toBeCloseTo(9.294894206525957, 9);
    expect(t.n).toBe(5);
  });

  it("needs two values on each side", () => {
    expect(welchWorseTest([1, 2], [3])).toBeNull();
  });
});

describe("holm", () => {
  it("steps down and stops at the first p above its level", () => {
    // m = 4: levels 0.05/4, 0.05/3, 0.05/2, 0.05/1 in order of p.
    const d = holm([0.04, 0.001, 0.03, 0.012], 0.05);
    expect(d.map((x) => x.rejected)).toEqual([false, true, false, true]);
    expect(d.map((x) => x.threshold)).toEqual([0.05, 0.0125, 0.025, 0.05 / 3]);
    // 0.03 > 0.025 stops the procedure, so 0.04 ≤ 0.05 is not rejected either.
  });
});

/** Standard normal draws from a named stream. */
function normals(streams: RandomStreams, name: string) {
  const rng = streams.stream(name);
  return (n: number, shift = 0) => Array.from({ length: n }, () => normalQuantile(openUniform(rng)) + shift);
}

/** Rejections out of `trials` and the 99.9 % binomial band around the nominal count. */
function band(trials: number, rate: number) {
  const sd = Math.sqrt(trials * rate * (1 - rate));
  return { low: trials * rate - 3.3 * sd, high: trials * rate + 3.3 * sd };
}

describe("error rates (no change ⇒ a false alarm with probability α at most)", () => {
  const trials = 4000;
  const alpha = 0.05;

  it("one paired test rejects at its nominal rate under H0, and nearly always under a real shift", () => {
    const draw = normals(new RandomStreams(7), "paired");
    let nullRejections = 0;
    let shiftRejections = 0;
    for (let i = 0; i < trials; i++) {
      if (pairedWorseTest(draw(10))!.p <= alpha) nullRejections++;
      if (pairedWorseTest(draw(10, 1.5))!.p <= alpha) shiftRejections++;
    }
    const { low, high } = band(trials, alpha);
    expect(nullRejections).toBeGreaterThan(low);
    expect(nullRejections).toBeLessThan(high);
    expect(shiftRejections / trials).toBeGreaterThan(0.99);
  });

  it("Welch rejects at its nominal rate with unequal sizes and variances", () => {
    const draw = normals(new RandomStreams(8), "welch");
    let rejections = 0;
    for (let i = 0; i < trials; i++) {
      const current = draw(12).map((x) => 3 * x);
      if (welchWorseTest(current, draw(6))!.p <= alpha) rejections++;
    }
    const { low, high } = band(trials, alpha);
    expect(rejections).toBeGreaterThan(low);
    expect(rejections).toBeLessThan(high);
  });

  it("Holm keeps the familywise rate at α or below for 6 tests when nothing changed", () => {
    const draw = normals(new RandomStreams(9), "family");
    let anyRejected = 0;
    for (let i = 0; i < trials; i++) {
      const ps = Array.from({ length: 6 }, () => pairedWorseTest(draw(8))!.p);
      if (holm(ps, alpha).some((d) => d.rejected)) anyRejected++;
    }
    // Independent tests: Holm's FWER is just under α (Bonferroni's 1 − (1 − α/6)^6 ≈ 0.0489).
    expect(anyRejected).toBeLessThan(band(trials, alpha).high);
    expect(anyRejected).toBeGreaterThan(band(trials, 1 - (1 - alpha / 6) ** 6).low);
  });
});
