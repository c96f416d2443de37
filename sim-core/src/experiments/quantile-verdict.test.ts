import { describe, expect, it } from "vitest";
import { QuantileSketch } from "../stats/quantile-sketch";
import { quantileInterval, quantileReplicationsNeeded } from "./quantile-verdict";
import { verdictOf } from "./verdicts";

function sketchOf(n: number): QuantileSketch {
  const s = new QuantileSketch();
  for (let i = 1; i <= n; i++) s.add(i); // 1 … n seconds
  return s;
}

const p99 = (target: number) => ({
  metric: "outageDuration" as const,
  stat: "p99" as const,
  op: "<=" as const,
  target,
});

describe("pooled quantile verdicts", () => {
  it("brackets the p99 of 1,000 events with order statistics", () => {
    const ci = quantileInterval(sketchOf(1_000), 0.99);
    expect(ci.n).toBe(1_000);
    expect(Math.abs(ci.mean - 990) / 990).toBeLessThan(0.011);
    // The sketch's 2 % buckets make the bounds land on bucket values.
    expect(ci.lower).toBeLessThanOrEqual(ci.mean);
    expect(ci.upper).toBeGreaterThan(ci.mean);
    expect(ci.upper).toBeLessThan(1_010);
    expect(verdictOf(p99(1_010), ci)).toBe("met");
    expect(verdictOf(p99(970), ci)).toBe("missed");
    expect(verdictOf(p99(990), ci)).toBe("inconclusive");
  });

  it("cannot call a p99 met from 20 events (the interval is open above), but can call it missed", () => {
    const ci = quantileInterval(sketchOf(20), 0.99);
    expect(ci.upper).toBe(Number.POSITIVE_INFINITY);
    expect(verdictOf(p99(1_000), ci)).toBe("inconclusive");
    expect(verdictOf(p99(5), ci)).toBe("missed");
  });

  it("estimates how many replications would settle it", () => {
    const s = sketchOf(200); // 10 replications of 20 events; the p90 is about 180
    const close = quantileReplicationsNeeded(s, 0.9, 178, 10);
    const far = quantileReplicationsNeeded(s, 0.9, 170, 10);
    expect(far).toBeGreaterThanOrEqual(11);
    expect(close).toBeGreaterThan(far);
    expect(close).toBeGreaterThan(50);
  });
});
