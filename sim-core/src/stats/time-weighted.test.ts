import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors";
import { distribution } from "../random/distribution";
import { RandomStreams } from "../random/random-streams";
import { confidenceInterval } from "./interval";
import { TimeWeighted } from "./time-weighted";

describe("TimeWeighted", () => {
  it("integrates a step signal", () => {
    const q = new TimeWeighted(0, 0);
    q.update(2, 3); // 0 on [0, 2)
    q.update(5, 1); // 3 on [2, 5)
    // 1 on [5, 10]
    expect(q.integral(10)).toBe(9 + 5);
    expect(q.mean(10)).toBeCloseTo(1.4, 14);
    expect([q.max, q.min, q.value]).toEqual([3, 0, 1]);
  });

  it("defaults to the last update and gives the current value over an empty window", () => {
    const q = new TimeWeighted(100, 4);
    expect(q.mean()).toBe(4);
    q.update(110, 0);
    expect(q.mean()).toBe(4);
    expect(q.mean(120)).toBe(2);
  });

  it("works on integer microsecond times of a simulated year", () => {
    const year = 365 * 24 * 3600 * 1_000_000;
    const up = new TimeWeighted(0, 1);
    up.update(year / 2, 0);
    up.update(year / 2 + 600_000_000, 1);
    expect(up.mean(year)).toBeCloseTo(1 - 600_000_000 / year, 14);
  });

  it("reset deletes the warm-up", () => {
    const q = new TimeWeighted(0, 10);
    q.update(50, 2);
    q.reset(60);
    q.update(70, 4);
    expect(q.startTime).toBe(60);
    expect(q.mean(80)).toBe(3);
    expect(q.max).toBe(4);
  });

  it("rejects time going backwards and non-finite values", () => {
    const q = new TimeWeighted(0, 0);
    q.update(5, 1);
    expect(() => q.update(4, 1)).toThrow("time: got 4; allowed: a finite time ≥ the previous update (5)");
    expect(() => q.update(6, Number.NaN)).toThrow(ValidationError);
    expect(() => q.mean(3)).toThrow(ValidationError);
    expect(() => new TimeWeighted(Number.NaN)).toThrow(ValidationError);
  });

  it("measures the availability of an alternating renewal process (oracle [Single repairable component])", () => {
    const mtbf = 100;
    const mttr = 10;
    const expected = mtbf / (mtbf + mttr);
    const horizon = 200_000;
    const upTime = distribution({ kind: "exponential", mean: mtbf });
    const downTime = distribution({ kind: "lognormal", median: mttr * 0.8, p95: mttr * 3 }); // any law with the right mean works
    const downMean = downTime.mean;
    const perReplication: number[] = [];
    for (let r = 0; r < 20; r++) {
      const streams = new RandomStreams("availability", r);
      const ups = streams.stream("unit/failures");
      const downs = streams.stream("unit/repairs");
      const indicator = new TimeWeighted(0, 1);
      let t = 0;
      for (;;) {
        t += upTime.sample(ups);
        if (t >= horizon) break;
        indicator.update(t, 0);
        t += (downTime.sample(downs) * mttr) / downMean;
        if (t >= horizon) break;
        indicator.update(t, 1);
      }
      perReplication.push(indicator.mean(horizon));
    }
    const ci = confidenceInterval(perReplication);
    expect(ci.halfWidth).toBeLessThan(0.005 * expected);
    expect(Math.abs(ci.mean - expected)).toBeLessThanOrEqual(Math.max(ci.halfWidth, 0.001 * expected));
  });
});
