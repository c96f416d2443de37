/**
 * Streaming quantiles of non-negative values (waits, recovery times) in bounded memory, with a
 * guaranteed relative error: a DDSketch (Masson, Rim & Lee, "DDSketch: a fast and fully-mergeable
 * quantile sketch with relative-error guarantees", VLDB 2019).
 *
 * Values fall into logarithmic buckets (γ^(i−1), γ^i] with γ = (1 + α)/(1 − α); a bucket reports
 * 2γ^i/(γ + 1), which is within relative error α of every value in it. So `quantile(p)` is within
 * α of the exact order statistic of rank ⌊p(n − 1)⌋. Memory is one counter per bucket between the
 * smallest and largest value: ln(max/min)/ln γ buckets (≈ 2,100 for a range of 1e18 at α = 1 %),
 * capped at `maxBuckets`; past the cap the lowest buckets merge, and only quantiles falling in the
 * merged region lose the guarantee. Memory does not grow with the number of observations.
 */
import { invalid } from "../errors";
import { LogBucketStore } from "./log-bucket-store";
import { pow } from "./portable-math";

/** The plain data of a {@link QuantileSketch} (see `toData`). */
export interface QuantileSketchData {
  relativeAccuracy: number;
  maxBuckets: number;
  count: number;
  sum: number;
  min: number;
  max: number;
  zeroCount: number;
  /** Non-empty buckets as [index, count], lowest first. */
  buckets: [number, number][];
}

/** Options of a {@link QuantileSketch}. */
export interface QuantileSketchOptions {
  /** Relative accuracy α in (0, 1); default 0.01 (1 %). */
  relativeAccuracy?: number;
  /** Cap on the number of buckets; default 2048. */
  maxBuckets?: number;
}

export class QuantileSketch {
  /** Relative accuracy α of every quantile (outside a collapsed low region). */
  readonly relativeAccuracy: number;
  readonly maxBuckets: number;
  /** Number of observations. */
  count = 0;
  /** Sum of the observations. */
  sum = 0;
  /** Exact smallest observation (Infinity when empty). */
  min = Infinity;
  /** Exact largest observation (−Infinity when empty). */
  max = -Infinity;
  private zeroCount = 0;
  private readonly gamma: number;
  private readonly logGamma: number;
  private readonly store: LogBucketStore;

  constructor(options: QuantileSketchOptions = {}) {
    const { relativeAccuracy = 0.01, maxBuckets = 2048 } = options;
    if (!(relativeAccuracy > 0 && relativeAccuracy < 1)) {
      invalid("relativeAccuracy", relativeAccuracy, "a number in (0, 1), e.g. 0.01");
    }
    if (!(Number.isSafeInteger(maxBuckets) && maxBuckets >= 16))
      invalid("maxBuckets", maxBuckets, "an integer ≥ 16");
    this.relativeAccuracy = relativeAccuracy;
    this.maxBuckets = maxBuckets;
    this.gamma = (1 + relativeAccuracy) / (1 - relativeAccuracy);
    this.logGamma = Math.log(this.gamma);
    this.store = new LogBucketStore(maxBuckets);
  }

  /** Adds one observation: a finite number ≥ 0. */
  add(x: number): void {
    if (!(x >= 0 && x < Infinity)) invalid("observation", x, "a finite number ≥ 0");
    this.count++;
    this.sum += x;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    if (x === 0) this.zeroCount++;
    else this.store.add(Math.ceil(Math.log(x) / this.logGamma));
  }

  /** Mean of the observations (exact; NaN when empty). */
  get mean(): number {
    return this.count === 0 ? Number.NaN : this.sum / this.count;
  }

  /** Number of buckets in use: the memory footprint (≤ maxBuckets). */
  get bucketCount(): number {
    return this.store.size;
  }

  /**
   * The p-quantile, within relative error α of the order statistic of rank ⌊p(n − 1)⌋ and always
   * inside [min, max]; p = 0 and p = 1 give the exact min and max. NaN when empty.
   */
  quantile(p: number): number {
    if (!(p >= 0 && p <= 1)) invalid("p", p, "a number in [0, 1]");
    if (this.count === 0) return Number.NaN;
    if (p === 0) return this.min;
    if (p === 1) return this.max;
    return this.valueAtRank(p * (this.count - 1));
  }

  /** The value of the observation of 0-based `rank` (fractional ranks round down), within α. */
  valueAtRank(rank: number): number {
    if (this.count === 0) return Number.NaN;
    if (rank <= 0) return this.min;
    if (rank >= this.count - 1) return this.max;
    if (this.zeroCount > rank) return 0;
    let seen = this.zeroCount;
    let value = this.max;
    this.store.visit((index, c) => {
      seen += c;
      if (seen <= rank) return false;
      value = (2 * pow(this.gamma, index)) / (this.gamma + 1);
      return true;
    });
    return Math.min(this.max, Math.max(this.min, value));
  }

  /** Fraction of the observations ≤ x (to within the bucket of x). */
  fractionAtOrBelow(x: number): number {
    if (this.count === 0) return Number.NaN;
    if (x < 0) return 0;
    let below = this.zeroCount;
    if (x > 0) {
      const limit = Math.ceil(Math.log(x) / this.logGamma);
      this.store.visit((index, c) => {
        if (index > limit) return true;
        below += c;
        return false;
      });
    }
    return below / this.count;
  }

  /** A plain, JSON-serialisable copy (sparse buckets), to carry a sketch between threads or files. */
  toData(): QuantileSketchData {
    const buckets: [number, number][] = [];
    this.store.visit((index, c) => {
      buckets.push([index, c]);
      return false;
    });
    return {
      relativeAccuracy: this.relativeAccuracy,
      maxBuckets: this.maxBuckets,
      count: this.count,
      sum: this.sum,
      min: this.count === 0 ? 0 : this.min,
      max: this.count === 0 ? 0 : this.max,
      zeroCount: this.zeroCount,
      buckets,
    };
  }

  /** Rebuilds a sketch from `toData()` output. */
  static fromData(data: QuantileSketchData): QuantileSketch {
    const sketch = new QuantileSketch({
      relativeAccuracy: data.relativeAccuracy,
      maxBuckets: data.maxBuckets,
    });
    sketch.count = data.count;
    sketch.sum = data.sum;
    if (data.count > 0) {
      sketch.min = data.min;
      sketch.max = data.max;
    }
    sketch.zeroCount = data.zeroCount;
    for (const [index, c] of data.buckets) sketch.store.add(index, c);
    return sketch;
  }

  /** Adds every observation of `other`, which must have the same relative accuracy and cap. */
  merge(other: QuantileSketch): void {
    if (other.relativeAccuracy !== this.relativeAccuracy || other.maxBuckets !== this.maxBuckets) {
      invalid(
        "other.relativeAccuracy",
        other.relativeAccuracy,
        `the same accuracy and cap as this sketch (${this.relativeAccuracy}, ${this.maxBuckets})`,
      );
    }
    this.count += other.count;
    this.sum += other.sum;
    this.zeroCount += other.zeroCount;
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
    other.store.visit((index, c) => {
      this.store.add(index, c);
      return false;
    });
  }
}
