import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors";
import { confidenceInterval } from "./interval";
import { aggregateReplications, replicationsNeeded, summarize } from "./replications";
import { studentTQuantile } from "./student-t";

describe("summarize and aggregateReplications", () => {
  it("summarises one metric", () => {
    const s = summarize([3.1, 2.7, 3.9, 4.2, 3.3, 2.8, 3.6]);
    expect(s.halfWidth).toBeCloseTo(0.5169060040588425, 12);
    expect([s.min, s.max, s.n]).toEqual([2.7, 4.2, 7]);
    expect(s.stdDev).toBeCloseTo(0.5589105048046176, 12);
  });

  it("summarises each metric across replications, in the first replication's order", () => {
    const result = aggregateReplications([
      { wait: 3, lost: 2 },
      { lost: 0, wait: 5 },
      { wait: 4, lost: 1 },
    ]);
    expect(Object.keys(result)).toEqual(["wait", "lost"]);
    expect(result.wait.mean).toBe(4);
    expect(result.lost).toMatchObject({ mean: 1, min: 0, max: 2, n: 3 });
    expect(result.wait.halfWidth).toBe(confidenceInterval([3, 5, 4]).halfWidth);
  });

  it("rejects missing, extra or non-finite metrics", () => {
    expect(() => aggregateReplications([{ a: 1 }, { b: 2 } as unknown as { a: number }])).toThrow(
      "replications.1.b: got 2; allowed: only the metrics of replication 0",
    );
    expect(() => aggregateReplications([{ a: 1, b: 1 }, { a: 2 } as { a: number; b: number }])).toThrow(
      "replications.1.b: got undefined; allowed: a finite number",
    );
    expect(() => aggregateReplications([])).toThrow(ValidationError);
  });
});

describe("replicationsNeeded", () => {
  const xs = [10.3, 9.1, 11.8, 10.6, 9.9]; // mean 10.34, s ≈ 1.0

  it("returns the smallest m whose interval would exclude the target", () => {
    const target = 10;
    const m = replicationsNeeded(xs, target);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const s = Math.sqrt(xs.reduce((acc, x) => acc + (x - mean) ** 2, 0) / (xs.length - 1));
    const halfWidth = (k: number) => (studentTQuantile(0.975, k - 1) * s) / Math.sqrt(k);
    expect(m).toBeGreaterThan(xs.length);
    expect(halfWidth(m)).toBeLessThan(Math.abs(mean - target));
    expect(halfWidth(m - 1)).toBeGreaterThanOrEqual(Math.abs(mean - target));
    // Roughly (t·s/|mean − target|)²
    expect(m / ((1.96 * s) / 0.34) ** 2).toBeGreaterThan(0.9);
    expect(m / ((1.96 * s) / 0.34) ** 2).toBeLessThan(1.2);
  });

  it("returns the current count when the interval already excludes the target", () => {
    expect(replicationsNeeded(xs, 20)).toBe(5);
  });

  it("asks for at least one more replication when the interval straddles the target", () => {
    // Half-width 1.231 (scipy): a target 1.2 below the mean is barely inside the interval.
    const target = 10.34 - 1.2;
    expect(confidenceInterval(xs).lower).toBeLessThan(target);
    expect(replicationsNeeded(xs, target)).toBe(6);
  });

  it("handles the degenerate cases", () => {
    expect(replicationsNeeded([4], 3)).toBe(2);
    expect(replicationsNeeded([1, 2, 3], 2)).toBe(Infinity);
    expect(() => replicationsNeeded([1, 2], Number.NaN)).toThrow("target: got NaN; allowed: a finite number");
  });
});
