import { mean, sampleVariance } from "simple-statistics";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors";
import { RandomStreams } from "../random/random-streams";
import { Tally } from "./tally";

function values(n: number, offset = 0): number[] {
  const rng = new RandomStreams(5, 0).stream("tally");
  return Array.from({ length: n }, () => offset + 100 * rng.next());
}

describe("Tally", () => {
  it("matches the two-pass mean and variance", () => {
    const xs = values(10_000);
    const t = new Tally();
    for (const x of xs) t.add(x);
    expect(t.count).toBe(10_000);
    expect(t.mean).toBeCloseTo(mean(xs), 10);
    expect(t.variance / sampleVariance(xs)).toBeCloseTo(1, 10);
    expect(t.min).toBe(Math.min(...xs));
    expect(t.max).toBe(Math.max(...xs));
    expect(t.sum).toBeCloseTo(
      xs.reduce((s, x) => s + x, 0),
      6,
    );
  });

  it("stays accurate for large, close values (no catastrophic cancellation)", () => {
    const t = new Tally();
    for (const x of [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]) t.add(x);
    expect(t.variance).toBe(30);
  });

  it("merges like sequential adds", () => {
    const xs = values(1000, 50);
    const whole = new Tally();
    const left = new Tally();
    const right = new Tally();
    xs.forEach((x, i) => {
      whole.add(x);
      (i < 300 ? left : right).add(x);
    });
    left.merge(right);
    left.merge(new Tally());
    expect(left.count).toBe(whole.count);
    expect(left.mean).toBeCloseTo(whole.mean, 10);
    expect(left.variance).toBeCloseTo(whole.variance, 8);
    expect([left.min, left.max]).toEqual([whole.min, whole.max]);
  });

  it("handles the empty and single-observation cases", () => {
    const t = new Tally();
    expect(t.mean).toBeNaN();
    expect(t.variance).toBe(0);
    expect(() => t.interval()).toThrow(ValidationError);
    t.add(3);
    expect([t.mean, t.variance, t.stdDev]).toEqual([3, 0, 0]);
    expect(t.interval().halfWidth).toBe(Infinity);
  });

  it("gives the t interval of its observations", () => {
    const t = new Tally();
    for (const x of [3.1, 2.7, 3.9, 4.2, 3.3, 2.8, 3.6]) t.add(x);
    // scipy: t.ppf(0.975, 6) · s / √7
    expect(t.interval().halfWidth).toBeCloseTo(0.5169060040588425, 12);
  });

  it("rejects non-finite observations", () => {
    expect(() => new Tally().add(Number.NaN)).toThrow("observation: got NaN; allowed: a finite number");
    expect(() => new Tally().add(Infinity)).toThrow(ValidationError);
  });
});
