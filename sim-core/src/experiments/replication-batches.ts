/**
 * Batches of replications for the event distributions of very long experiments. Pooled event
 * estimates (Kaplan–Meier quantiles, means of outage durations…) are bootstrapped over
 * replications, so the summary must keep each replication's events apart: a quantile sketch
 * (≈ 1–7 KB) per distribution per replication, and one Kaplan–Meier pass over all of them per
 * resample. Past `MAX_EVENT_UNITS` replications of a topology, consecutive replications are
 * pooled into that many batches of equal size (± 1), and the bootstrap resamples batches: each
 * batch is a sum of independent, identically distributed replications, so resampling batches is
 * the bootstrap of the same pooled statistic with coarser units — the batch-means method applied
 * to independent replications. Memory and time then stop growing with the replications.
 *
 * Up to `MAX_EVENT_UNITS` replications every batch is one replication, and the summary is the
 * per-replication one, bit for bit. Per-replication metrics (availability, cost…) and paired
 * differences are never batched: they keep one number per replication.
 */
import type { CensoredDurations, DistributionSummary } from "../model/result-types";
import { pool } from "./pool-summaries";
import { mergedSketch } from "./quantile-verdict";
import type { ClassedEvents } from "./replication-sample";

/**
 * Most units (replications or batches of them) the event distributions of one topology are kept
 * in. 1,000 units leave the bootstrap's percentile interval of a pooled statistic as precise as
 * 1,000 replications do, and cover every library scenario (the longest has 1,000 replications)
 * with one replication per unit.
 */
export const MAX_EVENT_UNITS = 1000;

/** The unit (batch) of the replication at `position` (0-based) of `count` replications, at most `units` units. */
export function batchOf(position: number, count: number, units = MAX_EVENT_UNITS): number {
  if (count <= units) return position;
  return Math.floor((position * units) / count);
}

/** Two summaries of durations as one: exact count, mean, max and histogram; merged sketch. */
export function mergeDistribution(a: DistributionSummary, b: DistributionSummary): DistributionSummary {
  const pooled = pool([a, b]);
  const sketch = mergedSketch([a, b]);
  return sketch === null ? pooled : { ...pooled, sketch: sketch.toData() };
}

/** Two sets of possibly censored durations as one (censored longest first, as recorded). */
export function mergeCensored(a: CensoredDurations, b: CensoredDurations): CensoredDurations {
  const censored =
    b.censored.length === 0
      ? a.censored
      : a.censored.length === 0
        ? b.censored
        : [...a.censored, ...b.censored].sort((x, y) => y - x);
  return { ...mergeDistribution(a, b), censored, never: a.never + b.never };
}

/** Two units of outages (or interruptions) as one, class by class. */
export function mergeClassed(a: ClassedEvents, b: ClassedEvents): ClassedEvents {
  const byClass: Record<string, CensoredDurations> = { ...a.byClass };
  for (const [cls, events] of Object.entries(b.byClass)) {
    const mine = byClass[cls];
    byClass[cls] = mine === undefined ? events : mergeCensored(mine, events);
  }
  return { all: mergeCensored(a.all, b.all), byClass };
}
