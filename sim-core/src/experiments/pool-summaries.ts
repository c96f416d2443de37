/**
 * Pools per-replication distribution summaries into one: exact count, mean and max; quantiles
 * from the merged sketches, or from the merged chart histogram for summaries without one.
 */
import type { DistributionSummary } from "../model/result-types";
import { pow } from "../stats/portable-math";
import { mergedSketch } from "./quantile-verdict";

/**
 * Pools per-replication summaries: exact count, mean and max; quantiles from the merged sketches
 * (1 % accurate), or from the merged chart histogram for summaries that carry no sketch.
 */
export function pool(summaries: DistributionSummary[]): DistributionSummary {
  const first = summaries.find((s) => s.count > 0);
  const bounds = first?.histogram.bounds ?? summaries[0]?.histogram.bounds ?? [];
  const counts = bounds.map((_, i) => summaries.reduce((acc, s) => acc + (s.histogram.counts[i] ?? 0), 0));
  const count = summaries.reduce((acc, s) => acc + s.count, 0);
  const mean = count === 0 ? 0 : summaries.reduce((acc, s) => acc + s.mean * s.count, 0) / count;
  const max = summaries.reduce((acc, s) => Math.max(acc, s.max), 0);
  const sketch = mergedSketch(summaries);
  const q = (p: number) =>
    sketch !== null
      ? count === 0
        ? 0
        : sketch.quantile(p)
      : histogramQuantile(bounds, counts, count, p, max);
  return {
    count,
    mean,
    max,
    p50: q(0.5),
    p90: q(0.9),
    p95: q(0.95),
    p99: q(0.99),
    histogram: { bounds, counts },
  };
}

/** Quantile from log-spaced buckets, interpolating geometrically inside the bucket. */
function histogramQuantile(
  bounds: number[],
  counts: number[],
  total: number,
  p: number,
  max: number,
): number {
  if (total === 0) return 0;
  const rank = p * total;
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!;
    if (seen + c >= rank && c > 0) {
      const lower = i === 0 ? Math.min(bounds[0]! / 10, max) : bounds[i - 1]!;
      const upper = Math.min(bounds[i]!, max);
      const f = (rank - seen) / c;
      return lower > 0 && upper > lower ? lower * pow(upper / lower, f) : upper;
    }
    seen += c;
  }
  return max;
}
