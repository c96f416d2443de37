/** The performance gate's interval and decision, including its false-alarm rate at the threshold. */
import { normalQuantile, openUniform, RandomStreams } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { logRatioInterval, perfVerdict } from "./perf-stats";

describe("logRatioInterval", () => {
  it("is the exponentiated t interval of the per-round log-ratios", () => {
    const base = [10, 10, 10];
    const current = [11, 12, 10.5];
    const logs = current.map((c, i) => Math.log(c / base[i]!));
    const mean = logs.reduce((a, b) => a + b) / 3;
    const sd = Math.sqrt(logs.reduce((a, x) => a + (x - mean) ** 2, 0) / 2);
    const half = 4.302652729749464 * (sd / Math.sqrt(3)); // t(0.975, 2), scipy
    const i = logRatioInterval(current, base);
    expect(i.ratio).toBeCloseTo(Math.exp(mean), 12);
    expect(i.lower).toBeCloseTo(Math.exp(mean - half), 9);
    expect(i.upper).toBeCloseTo(Math.exp(mean + half), 9);
  });

  it("is exact for a constant ratio and rejects unpaired or empty input", () => {
    expect(logRatioInterval([2, 4], [1, 2])).toMatchObject({ ratio: 2, lower: 2, upper: 2 });
    expect(() => logRatioInterval([1], [1])).toThrow("need ≥ 2 paired rounds");
    expect(() => logRatioInterval([1, 2], [1, 0])).toThrow("times must be > 0");
  });
});

describe("perfVerdict", () => {
  it("fails only when the whole interval is above the threshold", () => {
    const at = (lower: number, upper: number) => ({
      ratio: (lower + upper) / 2,
      lower,
      upper,
      rounds: 5,
      level: 0.95,
    });
    expect(perfVerdict(at(1.15, 1.3), 1.1)).toBe("fail");
    expect(perfVerdict(at(1.05, 1.2), 1.1)).toBe("warn");
    expect(perfVerdict(at(0.97, 1.03), 1.1)).toBe("pass");
  });

  it("false-alarms at most 2.5 % when the true slowdown is exactly the threshold, and catches 30 %", () => {
    const rng = new RandomStreams(11).stream("perf");
    const noisy = (x: number) => x * Math.exp(0.03 * normalQuantile(openUniform(rng)));
    const trial = (ratio: number) => {
      const base = Array.from({ length: 5 }, () => noisy(4));
      const current = Array.from({ length: 5 }, () => noisy(4 * ratio));
      return perfVerdict(logRatioInterval(current, base), 1.1);
    };
    const trials = 4000;
    let falseAlarms = 0;
    let caught = 0;
    for (let i = 0; i < trials; i++) {
      if (trial(1.1) === "fail") falseAlarms++;
      if (trial(1.3) === "fail") caught++;
    }
    // Nominal 2.5 %: binomial sd ≈ 0.25 % at 4000 trials.
    expect(falseAlarms / trials).toBeLessThan(0.035);
    expect(falseAlarms / trials).toBeGreaterThan(0.015);
    expect(caught / trials).toBeGreaterThan(0.99);
  });
});
