/**
 * Turns a `DistributionSummary` histogram (upper bucket bounds and counts) into bins with both
 * edges, ready for a log axis. Bucket i covers (bounds[i−1], bounds[i]]; the first bucket's lower
 * edge is one bucket ratio below its upper edge. The overflow bucket (an extra trailing count, or
 * a last bound far beyond the data such as Number.MAX_VALUE) ends at the observed maximum.
 */
import type { DistributionSummary } from "@resilab/sim-core";

/** One histogram bucket (seconds) with its count. */
export interface Bin {
  lower: number;
  upper: number;
  count: number;
}

/** The non-empty bins of a summary, lowest first; bins with a non-positive edge are skipped (log axes). */
export function histogramBins(summary: DistributionSummary): Bin[] {
  const { bounds, counts } = summary.histogram;
  const ratio = bounds.length > 1 && bounds[0]! > 0 ? bounds[1]! / bounds[0]! : 2;
  const bins: Bin[] = [];
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i]!;
    if (!(count > 0)) continue;
    let lower: number;
    let upper: number;
    if (i < bounds.length) {
      upper = bounds[i]!;
      lower = i === 0 ? upper / ratio : bounds[i - 1]!;
      // An open-ended last bucket would stretch a log axis to 1e308.
      if (i === bounds.length - 1 && i > 0 && !(upper <= lower * ratio * 1.001))
        upper = Math.max(summary.max, lower * ratio);
    } else if (i === bounds.length && bounds.length > 0) {
      lower = bounds[bounds.length - 1]!;
      upper = Math.max(summary.max, lower * ratio);
    } else {
      continue;
    }
    if (lower > 0 && upper > lower) bins.push({ lower, upper, count });
  }
  return bins;
}
