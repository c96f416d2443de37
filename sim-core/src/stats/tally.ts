/** Streaming count, mean, variance, min, max and sum of observations (Welford's algorithm). */
import { invalid } from "../errors";
import { type Interval, intervalFromMoments } from "./interval";

/**
 * Accumulates observations one at a time in O(1) memory. The mean and variance use Welford's
 * update, which stays accurate when the values are large and close together (e.g. timestamps),
 * where the naive sum-of-squares formula cancels catastrophically.
 */
export class Tally {
  /** Number of observations. */
  count = 0;
  /** Sum of the observations. */
  sum = 0;
  /** Smallest observation (Infinity when empty). */
  min = Infinity;
  /** Largest observation (−Infinity when empty). */
  max = -Infinity;
  private runningMean = 0;
  private m2 = 0;

  /** Adds one observation (a finite number). */
  add(x: number): void {
    if (!Number.isFinite(x)) invalid("observation", x, "a finite number");
    this.count++;
    this.sum += x;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    const delta = x - this.runningMean;
    this.runningMean += delta / this.count;
    this.m2 += delta * (x - this.runningMean);
  }

  /** Mean of the observations (NaN when empty). */
  get mean(): number {
    return this.count === 0 ? Number.NaN : this.runningMean;
  }

  /** Sample variance (n − 1 denominator); 0 with fewer than two observations. */
  get variance(): number {
    return this.count < 2 ? 0 : this.m2 / (this.count - 1);
  }

  /** Sample standard deviation (square root of `variance`). */
  get stdDev(): number {
    return Math.sqrt(this.variance);
  }

  /**
   * Adds all observations of `other` (Chan et al.'s parallel update), e.g. to combine the tallies
   * of several workers. The result equals adding the same values one by one, up to rounding.
   */
  merge(other: Tally): void {
    if (other.count === 0) return;
    const n = this.count + other.count;
    const delta = other.runningMean - this.runningMean;
    this.m2 += other.m2 + (delta * delta * this.count * other.count) / n;
    this.runningMean += (delta * other.count) / n;
    this.count = n;
    this.sum += other.sum;
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
  }

  /**
   * t-based confidence interval for the mean, valid when the observations are independent (one
   * per replication). For the correlated observations of one run, use `batchMeans`.
   *
   * @param level - confidence level, default 0.95.
   */
  interval(level = 0.95): Interval {
    if (this.count === 0) invalid("tally", "empty", "at least one observation");
    return intervalFromMoments(this.mean, this.stdDev, this.count, level);
  }
}
