/**
 * Quantiles of durations (recovery, detection, lead times) when some events are still open at the
 * horizon: an incident that has lasted 3 h when the run stops recovers in 3 h or more, and
 * dropping it would make the tail look shorter than it is. The Kaplan–Meier product-limit
 * estimator uses such right-censored durations as "at least this long".
 *
 * Events are pooled over replications (units), each unit weighted by its bootstrap multiplicity,
 * and the interval is a bootstrap over units, because the events of one replication are
 * clustered (one store outage, several incidents).
 *
 * The estimator itself, over sketches and censored durations, is `pooled-kaplan-meier.ts`.
 */
import { invalid } from "../errors";
import { bootstrapInterval } from "./bootstrap";
import type { Interval } from "./interval";
import { checkLevel } from "./interval";
import { type CensoredUnit, PooledKaplanMeier } from "./pooled-kaplan-meier";
import { pow } from "./portable-math";

/** Options of {@link censoredQuantileInterval}. */
export interface CensoredQuantileOptions {
  /** Seed of the bootstrap (a finite number or a non-empty string, e.g. the run seed). */
  seed: number | string;
  /** Name of the bootstrap's random stream under the seed; default "bootstrap". */
  stream?: string;
  /** Bootstrap resamples, an integer ≥ 1; default 2000. */
  resamples?: number;
  /** Confidence level in (0, 1); default 0.95. */
  level?: number;
  /** Expanded percentile interval for few replications (see BootstrapOptions.expand); default true. */
  expand?: boolean;
}

/** A censored-quantile interval, with the pooled counts behind it. */
export type CensoredQuantileInterval = Interval & {
  /** Censored durations pooled over all units (including those that never end). */
  censored: number;
  /** Completed durations pooled over all units. */
  events: number;
};

/**
 * The Kaplan–Meier p-quantile of the pooled durations of `units` (see
 * {@link PooledKaplanMeier.quantile}): Infinity when the tail is censored, NaN without events.
 * To evaluate many weightings, build a {@link PooledKaplanMeier} once instead.
 */
export function kaplanMeierQuantile(
  units: readonly CensoredUnit[],
  p: number,
  weights?: Float64Array,
): number {
  return new PooledKaplanMeier(units).quantile(p, weights);
}

/**
 * The Kaplan–Meier p-quantile of the pooled durations and its percentile bootstrap interval over
 * units (replications), see {@link bootstrapInterval}. The bounds are opened (lower 0, upper
 * Infinity) where the data cannot bound the quantile at all: a bound beyond the data can never come
 * from resampling the data, so it is decided from the pooled count N of completed and censored
 * durations, as for the distribution-free order-statistic interval: the largest of N values is an
 * upper bound of the p-quantile at one-sided confidence 1 − p^N, so upper = Infinity when
 * p^N > (1 − level)/2 (for p = 0.99 at 95 %: N < 367; this includes N < 1/(1 − p)); likewise
 * lower = 0 when (1 − p)^N > (1 − level)/2. Resamples whose quantile is censored are Infinity, so
 * a censored tail also opens the upper bound. With fewer than 2 units the interval is [0, ∞];
 * without events, NaN.
 *
 * @param units - one entry per replication.
 * @param p - probability in (0, 1), e.g. 0.99.
 * @param options - seed (required), resamples (2000), level (0.95).
 */
export function censoredQuantileInterval(
  units: readonly CensoredUnit[],
  p: number,
  options: CensoredQuantileOptions,
): CensoredQuantileInterval {
  if (!(p > 0 && p < 1)) invalid("p", p, "a number in (0, 1)");
  const level = options?.level ?? 0.95;
  checkLevel(level);
  const km = new PooledKaplanMeier(units);
  const ci = bootstrapInterval(km.units, (weights) => km.quantile(p, weights), {
    ...options,
    support: { lower: 0, upper: Number.POSITIVE_INFINITY },
  });
  let { lower, upper } = ci;
  const pooled = km.events + km.censored;
  const tail = (1 - level) / 2;
  if (!Number.isNaN(ci.mean)) {
    if (pooled < 1 / (1 - p) || pow(p, pooled) > tail) upper = Number.POSITIVE_INFINITY;
    if (pow(1 - p, pooled) > tail) lower = 0;
  }
  return {
    mean: ci.mean,
    halfWidth: lower === upper ? 0 : (upper - lower) / 2, // [∞, ∞]: ∞ − ∞ would be NaN
    lower,
    upper,
    n: ci.n,
    level,
    censored: km.censored,
    events: km.events,
  };
}
