/**
 * Streaming quantiles of non-negative values (waits, recovery times) in bounded memory, with a
 * guaranteed relative error.
 *
 * While small (count ≤ `exactLimit`, default 512) the sketch keeps every value, so quantiles are
 * exact order statistics: most per-replication samples of incidents are this small, and an
 * objective on a handful of events should not be judged on bucket artefacts.
 *
 * Past the limit it is a log-bucket sketch in the spirit of DDSketch (Masson, Rim & Lee, VLDB
 * 2019): values fall into buckets (γ^(i−1), γ^i] with γ = 1 + α. A bucket holding c values is read
 * as c values spread geometrically over its range (narrowed to [min, max] at the ends): the value
 * of the j-th of them (0-based) is lo·(hi/lo)^((j + ½)/c). Any point of a bucket is within relative
 * error α of every value in it, so every quantile keeps the guarantee while neighbouring ranks give
 * different values (no flat stretch where a whole interval reads one bucket value).
 *
 * Memory is one counter per bucket between the smallest and largest value: ln(max/min)/ln γ
 * buckets (≈ 1,390 per factor 1,000 at α = 0.5 %), capped at `maxBuckets` (default 4096, a range
 * of ~7·10⁸); past the cap the lowest buckets merge, and only quantiles falling in the merged
 * region lose the guarantee. Memory does not grow with the number of observations.
 */
import { invalid } from "../errors";
import { LogBucketStore } from "./log-bucket-store";
import { integerPow, pow } from "./portable-math";

/** The plain data of a {@link QuantileSketch} (see `toData`). */
export interface QuantileSketchData {
  relativeAccuracy: number;
  maxBuckets: number;
  count: number;
  sum: number;
  min: number;
  max: number;
  zeroCount: number;
  /** Non-empty buckets as [index, count], lowest first (empty while the sketch is exact). */
  buckets: [number, number][];
  /**
   * Layout: 2 = buckets (γ^(i−1), γ^i] with γ = 1 + α, read by interpolation inside a bucket.
   * Absent in data written before exact values existed (γ = (1 + α)/(1 − α), each bucket read at
   * its representative 2γ^i/(γ + 1)); such data still loads, with its quantiles as before.
   */
  version?: 2;
  /** The sketch's `exactLimit` (absent: the default, 512). */
  exactLimit?: number;
  /** Every observation, ascending, while the sketch is exact (count ≤ exactLimit). */
  values?: number[];
}

/** Options of a {@link QuantileSketch}. */
export interface QuantileSketchOptions {
  /** Relative accuracy α in (0, 1) of every quantile; default 0.005 (0.5 %). */
  relativeAccuracy?: number;
  /** Cap on the number of buckets; default 4096 (a value range of ~7·10⁸ at α = 0.5 %). */
  maxBuckets?: number;
  /** Keep the exact values while count ≤ this (an integer ≥ 0; 0 = always buckets); default 512. */
  exactLimit?: number;
}

const DEFAULT_EXACT_LIMIT = 512;

/**
 * Calls `fn(lo, hi, count)` for groups of observations in ascending order; the `count`
 * observations of a group are taken as spread geometrically over [lo, hi] (all equal to lo when
 * lo = hi). Return true to stop.
 */
export type SpanVisitor = (lo: number, hi: number, count: number) => boolean | undefined;

export class QuantileSketch {
  /** Relative accuracy α of every quantile (outside a collapsed low region). */
  readonly relativeAccuracy: number;
  readonly maxBuckets: number;
  /** Observations are kept exactly while count ≤ exactLimit. */
  readonly exactLimit: number;
  /** Number of observations. */
  count = 0;
  /** Sum of the observations. */
  sum = 0;
  /** Exact smallest observation (Infinity when empty). */
  min = Infinity;
  /** Exact largest observation (−Infinity when empty). */
  max = -Infinity;
  private zeroCount = 0;
  /** The observations while exact; null once converted to buckets. */
  private values: number[] | null = [];
  private sorted = true;
  /** True for data of the original layout (see QuantileSketchData.version). */
  private legacy = false;
  private gamma: number;
  private logGamma: number;
  private readonly store: LogBucketStore;

  constructor(options: QuantileSketchOptions = {}) {
    const { relativeAccuracy = 0.005, maxBuckets = 4096, exactLimit = DEFAULT_EXACT_LIMIT } = options;
    if (!(relativeAccuracy > 0 && relativeAccuracy < 1)) {
      invalid("relativeAccuracy", relativeAccuracy, "a number in (0, 1), e.g. 0.005");
    }
    if (!(Number.isSafeInteger(maxBuckets) && maxBuckets >= 16))
      invalid("maxBuckets", maxBuckets, "an integer ≥ 16");
    if (!(Number.isSafeInteger(exactLimit) && exactLimit >= 0))
      invalid("exactLimit", exactLimit, "an integer ≥ 0");
    this.relativeAccuracy = relativeAccuracy;
    this.maxBuckets = maxBuckets;
    this.exactLimit = exactLimit;
    this.gamma = 1 + relativeAccuracy;
    this.logGamma = Math.log(this.gamma);
    this.store = new LogBucketStore(maxBuckets);
    if (exactLimit === 0) this.values = null;
  }

  /** Adds one observation: a finite number ≥ 0. */
  add(x: number): void {
    if (!(x >= 0 && x < Infinity)) invalid("observation", x, "a finite number ≥ 0");
    this.count++;
    this.sum += x;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    if (x === 0) this.zeroCount++;
    if (this.values !== null) {
      if (this.count <= this.exactLimit) {
        if (this.sorted && this.values.length > 0 && x < this.values[this.values.length - 1]!)
          this.sorted = false;
        this.values.push(x);
        return;
      }
      this.toBuckets();
    }
    if (x > 0) this.store.add(this.indexOf(x));
  }

  /** True while every observation is kept (quantiles are exact order statistics). */
  get isExact(): boolean {
    return this.values !== null;
  }

  /** Mean of the observations (exact; NaN when empty). */
  get mean(): number {
    return this.count === 0 ? Number.NaN : this.sum / this.count;
  }

  /** Number of buckets in use: the memory footprint (≤ maxBuckets; 0 while exact). */
  get bucketCount(): number {
    return this.store.size;
  }

  /**
   * The p-quantile: the value at rank ⌊p(n − 1)⌋ (see `valueAtRank`), always inside [min, max];
   * p = 0 and p = 1 give the exact min and max. NaN when empty.
   */
  quantile(p: number): number {
    if (!(p >= 0 && p <= 1)) invalid("p", p, "a number in [0, 1]");
    if (this.count === 0) return Number.NaN;
    if (p === 0) return this.min;
    if (p === 1) return this.max;
    return this.valueAtRank(p * (this.count - 1));
  }

  /**
   * The value of the observation of 0-based `rank` (fractional ranks round down): exact while the
   * sketch is exact, else within relative error α (interpolated inside its bucket, so strictly
   * increasing in rank within a bucket). NaN when empty.
   */
  valueAtRank(rank: number): number {
    if (this.count === 0) return Number.NaN;
    if (rank <= 0) return this.min;
    if (rank >= this.count - 1) return this.max;
    const r = Math.floor(rank);
    let seen = 0;
    let value = this.max;
    this.visitSpans((lo, hi, c) => {
      if (seen + c <= r) {
        seen += c;
        return false;
      }
      value = geometric(lo, hi, (r - seen + 0.5) / c);
      return true;
    });
    return Math.min(this.max, Math.max(this.min, value));
  }

  /**
   * Fraction of the observations ≤ x: exact while the sketch is exact, else counting the
   * observations of x's bucket at the positions `valueAtRank` gives them (0 below the min, 1 from
   * the max on, as both are exact). NaN when empty.
   */
  fractionAtOrBelow(x: number): number {
    if (this.count === 0) return Number.NaN;
    if (!(x >= this.min)) return 0;
    if (x >= this.max) return 1;
    // The min is an observation (valueAtRank(0) returns it), even where the model puts the first
    // observation of its bucket a little higher.
    let below = 0;
    this.visitSpans((lo, hi, c) => {
      if (hi <= x) {
        below += c;
        return false;
      }
      if (lo <= x) {
        // Positions (j + ½)/c ≤ g; the tolerance keeps x = valueAtRank(r) counted with rank r.
        const g = (x - lo) / (hi - lo);
        below += Math.max(0, Math.min(c, Math.floor(c * g + 0.5 + 1e-9)));
      }
      return true;
    });
    return Math.max(1, below) / this.count;
  }

  /**
   * Visits the observations in ascending groups (see {@link SpanVisitor}): exact values, zeros,
   * then buckets with their range narrowed to [min, max] at the ends. `valueAtRank` and
   * `fractionAtOrBelow` read the sketch through these groups; so can other estimators that must
   * agree with them (e.g. the censored quantiles).
   */
  visitSpans(fn: SpanVisitor): void {
    if (this.count === 0) return;
    if (this.values !== null) {
      const xs = this.sortedValues();
      for (let i = 0; i < xs.length; ) {
        let j = i + 1;
        while (j < xs.length && xs[j] === xs[i]) j++;
        if (fn(xs[i]!, xs[i]!, j - i) === true) return;
        i = j;
      }
      return;
    }
    if (this.zeroCount > 0 && fn(0, 0, this.zeroCount) === true) return;
    const buckets = this.bucketList();
    for (let k = 0; k < buckets.length; k++) {
      const [index, c] = buckets[k]!;
      let lo: number;
      let hi: number;
      if (this.legacy) {
        lo = hi = Math.min(this.max, Math.max(this.min, (2 * pow(this.gamma, index)) / (this.gamma + 1)));
      } else {
        const upper = bucketBound(this.gamma, index);
        // The lowest bucket starts at the exact min (it holds the min, or everything below the
        // cap once collapsed); the highest ends at the exact max.
        lo = k === 0 && this.min > 0 ? Math.min(this.min, upper) : upper / this.gamma;
        hi = k === buckets.length - 1 ? Math.max(this.max, lo) : upper;
        if (hi < lo) hi = lo;
      }
      if (fn(lo, hi, c) === true) return;
    }
  }

  /** A plain, JSON-serialisable copy (sparse buckets or the exact values), to carry a sketch between threads or files. */
  toData(): QuantileSketchData {
    const data: QuantileSketchData = {
      relativeAccuracy: this.relativeAccuracy,
      maxBuckets: this.maxBuckets,
      count: this.count,
      sum: this.sum,
      min: this.count === 0 ? 0 : this.min,
      max: this.count === 0 ? 0 : this.max,
      zeroCount: this.zeroCount,
      buckets: this.bucketList(),
    };
    if (this.legacy) return data;
    data.version = 2;
    data.exactLimit = this.exactLimit;
    if (this.values !== null) data.values = [...this.sortedValues()];
    return data;
  }

  /** Rebuilds a sketch from `toData()` output (of this or the original layout). */
  static fromData(data: QuantileSketchData): QuantileSketch {
    if (data.version !== undefined && data.version !== 2) invalid("version", data.version, "2 or absent");
    const legacy = data.version === undefined;
    const sketch = new QuantileSketch({
      relativeAccuracy: data.relativeAccuracy,
      maxBuckets: data.maxBuckets,
      exactLimit: data.exactLimit ?? DEFAULT_EXACT_LIMIT,
    });
    if (legacy) {
      // The original DDSketch layout: wider buckets, read at their representatives.
      sketch.legacy = true;
      sketch.gamma = (1 + data.relativeAccuracy) / (1 - data.relativeAccuracy);
      sketch.logGamma = Math.log(sketch.gamma);
    }
    sketch.count = data.count;
    sketch.sum = data.sum;
    if (data.count > 0) {
      sketch.min = data.min;
      sketch.max = data.max;
    }
    sketch.zeroCount = data.zeroCount;
    if (data.values !== undefined && !legacy) {
      if (data.values.length !== data.count) {
        invalid("values", data.values, `an array of count (${data.count}) observations`);
      }
      sketch.values = [...data.values];
      sketch.sorted = false;
    } else {
      sketch.values = null;
      for (const [index, c] of data.buckets) sketch.store.add(index, c);
    }
    return sketch;
  }

  /**
   * Adds every observation of `other`, which must have the same relative accuracy, cap and layout.
   * Stays exact when both are exact and the total is within this sketch's `exactLimit`.
   */
  merge(other: QuantileSketch): void {
    if (
      other.relativeAccuracy !== this.relativeAccuracy ||
      other.maxBuckets !== this.maxBuckets ||
      other.legacy !== this.legacy
    ) {
      invalid(
        "other.relativeAccuracy",
        other.relativeAccuracy,
        `the same accuracy, cap and layout as this sketch (${this.relativeAccuracy}, ${this.maxBuckets})`,
      );
    }
    if (other.count === 0) return;
    const total = this.count + other.count;
    if (this.values !== null && other.values !== null && total <= this.exactLimit) {
      for (const x of other.values) this.values.push(x);
      this.sorted = false;
    } else {
      if (this.values !== null) this.toBuckets();
      if (other.values !== null) {
        for (const x of other.values) if (x > 0) this.store.add(this.indexOf(x));
      } else {
        other.store.visit((index, c) => {
          this.store.add(index, c);
          return false;
        });
      }
    }
    this.count = total;
    this.sum += other.sum;
    this.zeroCount += other.zeroCount;
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
  }

  /**
   * The bucket of x: the smallest i with γ^i ≥ x. Math.log only guesses it (its last bit differs
   * between Node and Chromium); the check against γ^i by exact-order multiplication decides, so
   * both engines put every value in the same bucket.
   */
  private indexOf(x: number): number {
    let i = Math.ceil(Math.log(x) / this.logGamma);
    while (bucketBound(this.gamma, i - 1) >= x) i--;
    while (bucketBound(this.gamma, i) < x) i++;
    return i;
  }

  /** Moves the exact values into buckets (once past the exact limit). */
  private toBuckets(): void {
    const xs = this.values ?? [];
    this.values = null;
    for (const x of xs) if (x > 0) this.store.add(this.indexOf(x));
  }

  private sortedValues(): number[] {
    const xs = this.values ?? [];
    if (!this.sorted) {
      xs.sort((a, b) => a - b);
      this.sorted = true;
    }
    return xs;
  }

  private bucketList(): [number, number][] {
    const buckets: [number, number][] = [];
    this.store.visit((index, c) => {
      buckets.push([index, c]);
      return false;
    });
    return buckets;
  }
}

/**
 * The point a fraction f of the way from lo to hi. Linear inside a bucket (at most α wide, so
 * within α of the log-scale point): only + − × ÷, which every engine rounds the same way —
 * Math.log and Math.exp differ in their last bit between Node 20 and Chromium, and results must
 * be byte-identical in both.
 */
function geometric(lo: number, hi: number, f: number): number {
  if (lo === hi) return lo;
  return lo + f * (hi - lo);
}

/** Bucket bounds γ^i for i in [BOUND_LOW, BOUND_LOW + BOUND_COUNT), per γ, computed once (hot path). */
const BOUND_LOW = -4096;
const BOUND_COUNT = 12_288;
const boundTables = new Map<number, Float64Array>();

/** γ^i exactly as `integerPow` gives it (the same bits on every engine), from a table when in range. */
function bucketBound(gamma: number, i: number): number {
  const k = i - BOUND_LOW;
  if (k < 0 || k >= BOUND_COUNT) return integerPow(gamma, i);
  let table = boundTables.get(gamma);
  if (table === undefined) {
    table = new Float64Array(BOUND_COUNT);
    for (let j = 0; j < BOUND_COUNT; j++) table[j] = integerPow(gamma, j + BOUND_LOW);
    boundTables.set(gamma, table);
  }
  return table[k]!;
}
