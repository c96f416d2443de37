/**
 * t-based confidence intervals for a mean: of independent replications, of batch means of one
 * long run, and of paired differences (common random numbers).
 */
import { mean as sampleMean, sampleVariance } from "simple-statistics";
import { invalid } from "../errors";
import { studentTQuantile } from "./student-t";

/** A two-sided confidence interval for a mean. */
export interface Interval {
  /** Point estimate (sample mean). */
  mean: number;
  /** t(1 − (1 − level)/2, n − 1) · s / √n; Infinity when n < 2 (no spread can be estimated). */
  halfWidth: number;
  lower: number;
  upper: number;
  /** Number of independent observations behind the interval (replications or batches). */
  n: number;
  /** Confidence level in (0, 1), e.g. 0.95. */
  level: number;
}

/**
 * The range a quantity can take: { lower: 0 } for counts and durations, { lower: 0, upper: 1 }
 * for fractions, { lower: −1, upper: 1 } for a difference of two fractions. Missing ends are open.
 */
export interface Support {
  lower?: number;
  upper?: number;
}

/**
 * The interval with its bounds moved inside `support`. A t interval is symmetric and does not know
 * the quantity is bounded: 99 % availability from two replications can get [88 %, 110 %]. The true
 * mean lies in the support, so the intersection keeps (at least) the interval's coverage.
 * `halfWidth` becomes (upper − lower)/2, as for any asymmetric interval; an infinite half-width
 * (n < 2) gives the whole support.
 */
export function withinSupport(interval: Interval, support: Support = {}): Interval {
  const low = support.lower ?? Number.NEGATIVE_INFINITY;
  const high = support.upper ?? Number.POSITIVE_INFINITY;
  if (!(low <= high)) invalid("support", support, "{ lower?: number; upper?: number } with lower ≤ upper");
  if (!(interval.lower < low || interval.upper > high)) return interval;
  const lower = Math.min(high, Math.max(low, interval.lower));
  const upper = Math.max(low, Math.min(high, interval.upper));
  return { ...interval, lower, upper, halfWidth: (upper - lower) / 2 };
}

/** Throws unless `level` is a number strictly between 0 and 1. */
export function checkLevel(level: number, path = "level"): void {
  if (!(level > 0 && level < 1)) invalid(path, level, "a number in (0, 1), e.g. 0.95");
}

/** Throws unless `samples` is a non-empty array of finite numbers. */
export function checkSamples(samples: readonly number[], path = "samples", minLength = 1): void {
  if (!Array.isArray(samples) || samples.length < minLength) {
    invalid(path, samples, `an array of at least ${minLength} finite number${minLength === 1 ? "" : "s"}`);
  }
  const bad = samples.findIndex((x) => typeof x !== "number" || !Number.isFinite(x));
  if (bad >= 0) invalid(`${path}.${bad}`, samples[bad], "a finite number");
}

/**
 * The t-based interval for a mean from its summary statistics.
 *
 * @param mean - sample mean.
 * @param stdDev - sample standard deviation (n − 1 denominator).
 * @param n - number of observations (≥ 1).
 * @param level - confidence level, default 0.95.
 */
export function intervalFromMoments(mean: number, stdDev: number, n: number, level = 0.95): Interval {
  checkLevel(level);
  if (!(Number.isSafeInteger(n) && n >= 1)) invalid("n", n, "an integer ≥ 1");
  const halfWidth = n < 2 ? Infinity : (studentTQuantile(1 - (1 - level) / 2, n - 1) * stdDev) / Math.sqrt(n);
  return { mean, halfWidth, lower: mean - halfWidth, upper: mean + halfWidth, n, level };
}

/**
 * Student-t confidence interval for the mean of independent observations (e.g. one value per
 * replication). With a single observation the half-width is Infinity.
 *
 * @param samples - at least one finite number.
 * @param level - confidence level in (0, 1), default 0.95.
 * @param support - the range the mean can take (e.g. { lower: 0, upper: 1 } for a fraction); the
 *   bounds are kept inside it ({@link withinSupport}). Default unbounded.
 */
export function confidenceInterval(samples: readonly number[], level = 0.95, support?: Support): Interval {
  checkSamples(samples);
  checkLevel(level);
  const xs = samples as number[];
  const sd = xs.length < 2 ? 0 : Math.sqrt(sampleVariance(xs));
  const interval = intervalFromMoments(sampleMean(xs), sd, xs.length, level);
  return support === undefined ? interval : withinSupport(interval, support);
}

/**
 * Batch-means interval for the mean of one long, autocorrelated output series (e.g. the waits of
 * successive jobs): the series is cut into `batches` contiguous batches of equal size and the
 * batch means are treated as independent. When the length is not a multiple of `batches`, the
 * first `length mod batches` observations are dropped (the oldest ones are the most likely to
 * still carry the initial transient). Delete the warm-up before calling this.
 *
 * @param samples - the series, in time order, with at least `batches` observations.
 * @param batches - number of batches, an integer ≥ 2; default 20 (10–30 is the usual advice).
 * @param level - confidence level, default 0.95.
 */
export function batchMeans(samples: readonly number[], batches = 20, level = 0.95): Interval {
  if (!(Number.isSafeInteger(batches) && batches >= 2)) invalid("batches", batches, "an integer ≥ 2");
  checkSamples(samples, "samples", batches);
  const size = Math.floor(samples.length / batches);
  const start = samples.length - size * batches;
  const means: number[] = [];
  for (let b = 0; b < batches; b++) {
    let sum = 0;
    const from = start + b * size;
    for (let i = from; i < from + size; i++) sum += samples[i]!;
    means.push(sum / size);
  }
  return confidenceInterval(means, level);
}

/**
 * Interval for the mean of a[i] − b[i]: the comparison of two designs run on common random
 * numbers (same seeds, same replication i). Much narrower than comparing two separate intervals
 * when the runs are positively correlated.
 *
 * @param a - one value per replication for design A.
 * @param b - the same replications for design B (same length as `a`).
 * @param level - confidence level, default 0.95.
 * @param support - the range of the difference (of two fractions: { lower: −1, upper: 1 }).
 */
export function pairedDifference(
  a: readonly number[],
  b: readonly number[],
  level = 0.95,
  support?: Support,
): Interval {
  checkSamples(a, "a");
  checkSamples(b, "b");
  if (a.length !== b.length) invalid("b", b, `an array of the same length as a (${a.length})`);
  return confidenceInterval(
    a.map((x, i) => x - b[i]!),
    level,
    support,
  );
}
