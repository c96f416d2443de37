/**
 * Sketch helpers of quantile objectives: merging the per-replication sketches, the
 * order-statistic interval of a quantile of independent events (the ranks n·p ± z·√(n·p·(1 − p)),
 * open above when the upper rank falls beyond the largest event), and the replications estimated
 * to settle an inconclusive quantile objective. Verdicts themselves use Kaplan–Meier estimates
 * with bootstrap-over-replications intervals (`event-estimates.ts`), which respect censoring and
 * the clustering of events by replication.
 */
import type { DistributionSummary } from "../model/result-types";
import type { Interval } from "../stats/interval";
import { normalQuantile } from "../stats/normal";
import { QuantileSketch } from "../stats/quantile-sketch";

/** Merges the sketches of several summaries; null if any non-empty summary lacks one. */
export function mergedSketch(summaries: readonly DistributionSummary[]): QuantileSketch | null {
  let merged: QuantileSketch | null = null;
  for (const s of summaries) {
    if (s.count === 0) continue;
    if (s.sketch === undefined) return null;
    const sketch = QuantileSketch.fromData(s.sketch);
    if (merged === null) merged = sketch;
    else merged.merge(sketch);
  }
  return merged ?? new QuantileSketch();
}

/** Order-statistic interval of the p-quantile of the pooled events (level 0.95 by default). */
export function quantileInterval(sketch: QuantileSketch, p: number, level = 0.95): Interval {
  const n = sketch.count;
  if (n === 0)
    return { mean: Number.NaN, halfWidth: Number.NaN, lower: Number.NaN, upper: Number.NaN, n: 0, level };
  const z = normalQuantile(1 - (1 - level) / 2);
  const k = p * (n - 1);
  const spread = z * Math.sqrt(n * p * (1 - p));
  const lowRank = Math.floor(k - spread);
  const highRank = Math.ceil(k + spread);
  const lower = lowRank < 0 ? Number.NEGATIVE_INFINITY : sketch.valueAtRank(lowRank);
  const upper = highRank > n - 1 ? Number.POSITIVE_INFINITY : sketch.valueAtRank(highRank);
  return { mean: sketch.quantile(p), halfWidth: (upper - lower) / 2, lower, upper, n, level };
}

/**
 * Replications estimated to settle an inconclusive quantile objective: events m such that
 * z·√(p(1 − p)/m) < |F(target) − p|, where F is the pooled fraction at or below the target,
 * converted at the observed events per replication.
 */
export function quantileReplicationsNeeded(
  sketch: QuantileSketch,
  p: number,
  target: number,
  replications: number,
): number {
  const f = sketch.fractionAtOrBelow(target);
  const gap = Math.abs(f - p);
  if (!(gap > 0) || sketch.count === 0) return Number.POSITIVE_INFINITY;
  const z = normalQuantile(0.975);
  const events = (z * z * p * (1 - p)) / (gap * gap);
  const perReplication = sketch.count / replications;
  return Math.max(replications + 1, Math.ceil(events / perReplication));
}
