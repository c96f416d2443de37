/**
 * Estimates of a metric over the replications of one topology, with 95 % intervals that respect
 * the metric and the way its data were produced:
 * - per-event metrics (outage durations, interruption recovery, detection, lead time) are pooled
 *   over the events of every replication — "p99 of outages" is about outages — but resampled by
 *   replication (bootstrap), because a replication's events are not independent of each other (a
 *   store or zone outage takes several shards down at once);
 * - durations that were still running at the horizon are right-censored: quantiles are
 *   Kaplan–Meier estimates, and a quantile hidden by censoring has no finite upper bound;
 * - per-replication metrics (availability, lost pipelines, cost…) are the mean of the
 *   replications' values with a bootstrap interval, which stays inside the metric's support
 *   (counts ≥ 0, fractions in [0, 1]) where a t interval does not.
 */
import type { CensoredDurations, RunResult } from "../model/result-types";
import type { MetricName } from "../model/scenario-types";
import { bootstrapInterval, bootstrapMeanInterval } from "../stats/bootstrap";
import { censoredQuantileInterval } from "../stats/censored-quantile";
import { type Interval, withinSupport } from "../stats/interval";
import { FRACTION_METRICS, metricSupport, type Stat } from "./metric-values";
import { type ReplicationSample, sampleOfRuns } from "./replication-sample";

/** Bootstrap resamples behind every interval (deterministic: seeded per topology, metric and statistic). */
export const BOOTSTRAP_RESAMPLES = 2000;

/** Probability of each quantile statistic. */
export const QUANTILE_P: Partial<Record<Stat, number>> = { p50: 0.5, p90: 0.9, p95: 0.95, p99: 0.99 };

/** An estimate with what it rests on: events observed, censored at a horizon, and never recovered. */
export interface Estimate extends Interval {
  events: number;
  censored: number;
  never: number;
}

/** An estimate with nothing behind it (no replication has a value). */
export const EMPTY_INTERVAL: Readonly<Interval> = {
  mean: Number.NaN,
  halfWidth: Number.NaN,
  lower: Number.NaN,
  upper: Number.NaN,
  n: 0,
  level: 0.95,
};

/** The interval of an estimate, without what it rests on (for tables and verdicts). */
export function intervalPart(e: Estimate): Interval {
  const { events: _e, censored: _c, never: _n, ...interval } = e;
  return interval;
}

/** The units the censored estimators take: observed events (sketch) and censored durations (∞ = never). */
export function eventUnits(events: readonly CensoredDurations[]) {
  return events.map((e) => ({
    sketch: e.count > 0 ? e.sketch : undefined,
    censored:
      e.never > 0
        ? [...e.censored, ...new Array<number>(e.never).fill(Number.POSITIVE_INFINITY)]
        : e.censored,
  }));
}

function totals(events: readonly CensoredDurations[]) {
  let observed = 0;
  let censored = 0;
  let never = 0;
  for (const e of events) {
    observed += e.count;
    censored += e.censored.length;
    never += e.never;
  }
  return { observed, censored, never };
}

/** Σ durations (completed + censored so far) and the number of such events, per replication. */
function sums(e: CensoredDurations): { sum: number; n: number; max: number } {
  let sum = e.mean * e.count;
  let max = e.count > 0 ? e.max : Number.NEGATIVE_INFINITY;
  for (const c of e.censored) {
    sum += c;
    if (c > max) max = c;
  }
  return { sum, n: e.count + e.censored.length, max };
}

/** A statistic of the pooled events of one topology's replications. */
export function pooledEventEstimate(
  events: readonly CensoredDurations[],
  stat: Stat,
  seed: string,
): Estimate {
  const t = totals(events);
  const base = { events: t.observed, censored: t.censored, never: t.never };
  if (t.observed + t.censored + t.never === 0) return { ...EMPTY_INTERVAL, n: events.length, ...base };
  const p = QUANTILE_P[stat];
  if (p !== undefined) {
    const q = censoredQuantileInterval(eventUnits(events), p, { seed, resamples: BOOTSTRAP_RESAMPLES });
    return { ...q, ...base, n: events.length };
  }
  const parts = events.map(sums);
  if (parts.every((x) => x.n === 0)) return { ...EMPTY_INTERVAL, n: events.length, ...base };
  const statistic =
    stat === "max"
      ? (w: Float64Array) => {
          let m = Number.NEGATIVE_INFINITY;
          parts.forEach((x, i) => {
            if (w[i]! > 0 && x.max > m) m = x.max;
          });
          return Number.isFinite(m) ? m : Number.NaN;
        }
      : (w: Float64Array) => {
          let sum = 0;
          let n = 0;
          parts.forEach((x, i) => {
            // A replication left out of the resample adds nothing, even one whose sum is ∞ (0 · ∞ is NaN).
            if (w[i]! === 0) return;
            sum += w[i]! * x.sum;
            n += w[i]! * x.n;
          });
          return n > 0 ? sum / n : Number.NaN;
        };
  const interval = bootstrapInterval(events.length, statistic, {
    seed,
    resamples: BOOTSTRAP_RESAMPLES,
    support: { lower: 0 },
  });
  return { ...interval, ...base };
}

const UNBOUNDED = { lower: Number.NEGATIVE_INFINITY, upper: Number.POSITIVE_INFINITY };

/** The estimate of `metric` with `stat` over one topology's replications. */
export function estimateMetric(
  runs: readonly RunResult[],
  metric: MetricName,
  stat: Stat,
  seed: string,
): Estimate {
  return estimateFromSample(sampleOfRuns(runs), metric, stat, seed);
}

/** The estimate of `metric` with `stat` over a topology's replications as the summary holds them. */
export function estimateFromSample(
  sample: ReplicationSample,
  metric: MetricName,
  stat: Stat,
  seed: string,
): Estimate {
  const events = sample.events(metric);
  if (events !== null) return pooledEventEstimate(events, stat, seed);
  const values = sample.values(metric, stat).filter((v) => Number.isFinite(v));
  const base = { events: values.length, censored: 0, never: 0 };
  if (values.length === 0) return { ...EMPTY_INTERVAL, ...base };
  // `failureDelay` is a difference of mean lead times (faulted − faults-off twin), negative when
  // failures shed load: its interval must be free to go below 0, or a negative estimate would sit
  // outside its own interval (one replication gave "−1.1 s [0, ∞]"; the scenario fuzzer found it).
  const support = metric === "failureDelay" ? UNBOUNDED : metricSupport(metric);
  const interval = bootstrapMeanInterval(values, { seed, resamples: BOOTSTRAP_RESAMPLES, support });
  // The bootstrap stays inside the observed range; a fraction's interval stays inside [0, 1]
  // whatever the values.
  const bounded = FRACTION_METRICS.includes(metric) ? withinSupport(interval, support) : interval;
  return { ...bounded, ...base };
}
