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
 * Completed durations come from each unit's {@link QuantileSketch} data and are read the way the
 * sketch reads itself (`visitSpans`): exact values as points, bucket counts spread geometrically
 * over the bucket's range (the product limit over a continuous spread of d events with r at risk
 * multiplies S by (r − d·g)/r at fraction g of the spread). So without censoring the estimate is
 * the sketch's own empirical quantile, within its accuracy.
 */
import { invalid } from "../errors";
import { bootstrapInterval } from "./bootstrap";
import type { Interval } from "./interval";
import { checkLevel } from "./interval";
import { pow } from "./portable-math";
import { QuantileSketch, type QuantileSketchData } from "./quantile-sketch";

/** The durations of one replication (seconds, or any one unit). */
export interface CensoredUnit {
  /** Completed durations; undefined when none completed. */
  sketch: QuantileSketchData | undefined;
  /** Durations of events still open at the horizon: each lasted at least this long (≥ 0; Infinity = never ends). */
  censored: readonly number[];
}

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

const EVENT = 0;
const CENSORING = 1;
const SPREAD = 2;
/** Relative slack when S(t) meets 1 − p: the product of ratios is not exact in floating point. */
const SLACK = 1e-9;

/**
 * The pooled events of several units, prepared once for the Kaplan–Meier estimate under many
 * unit weightings (the bootstrap calls it once per resample, in time linear in the data).
 */
export class PooledKaplanMeier {
  /** Number of units. */
  readonly units: number;
  /** Completed durations, all units. */
  readonly events: number;
  /** Censored durations, all units. */
  readonly censored: number;
  /** Per unit: completed and censored durations (everything at risk at time 0). */
  private readonly unitTotal: Float64Array;
  private readonly unitEvents: Float64Array;
  /** Steps in time order; step s owns entries [start[s], start[s + 1]). */
  private readonly kind: Uint8Array;
  private readonly from: Float64Array;
  private readonly to: Float64Array;
  private readonly start: Int32Array;
  private readonly entryUnit: Int32Array;
  private readonly entryAmount: Float64Array;

  constructor(units: readonly CensoredUnit[]) {
    if (!Array.isArray(units)) invalid("units", units, "an array of { sketch, censored }");
    this.units = units.length;
    this.unitTotal = new Float64Array(units.length);
    this.unitEvents = new Float64Array(units.length);
    // Records (events, censorings, pieces of spreads) as parallel arrays of numbers, not one
    // object each: a thousand units of bucketed sketches make a million records.
    const points = new Records();
    const spreadUnit: number[] = [];
    const spreadLo: number[] = [];
    const spreadHi: number[] = [];
    const spreadCount: number[] = [];
    const times: number[] = [];
    let events = 0;
    let censored = 0;
    units.forEach((unit, u) => {
      if (typeof unit !== "object" || unit === null || !Array.isArray(unit.censored)) {
        invalid(`units.${u}`, unit, "{ sketch: QuantileSketchData | undefined; censored: number[] }");
      }
      if (unit.sketch !== undefined && unit.sketch.count > 0) {
        QuantileSketch.fromData(unit.sketch).visitSpans((lo, hi, count) => {
          if (lo === hi) {
            points.push(lo, EVENT, u, count, lo);
            times.push(lo);
          } else {
            spreadUnit.push(u);
            spreadLo.push(lo);
            spreadHi.push(hi);
            spreadCount.push(count);
            times.push(lo, hi);
          }
          this.unitEvents[u]! += count;
          return false;
        });
      }
      const open: readonly number[] = unit.censored;
      open.forEach((t, i) => {
        if (!(t >= 0)) invalid(`units.${u}.censored.${i}`, t, "a duration ≥ 0 (Infinity: never ends)");
        if (t < Infinity) {
          points.push(t, CENSORING, u, 1, t);
          times.push(t);
        }
      });
      events += this.unitEvents[u]!;
      censored += unit.censored.length;
      this.unitTotal[u] = this.unitEvents[u]! + unit.censored.length;
    });
    this.events = events;
    this.censored = censored;

    // Split every spread at every breakpoint inside it, so that steps never overlap: a cell
    // (t_k, t_k+1] gets the share of the spread's count that its length carries.
    const grid = Float64Array.from(new Set(times)).sort();
    times.length = 0;
    for (let i = 0; i < spreadUnit.length; i++) {
      const lo = spreadLo[i]!;
      const hi = spreadHi[i]!;
      const count = spreadCount[i]!;
      const span = hi - lo;
      let k = lowerBound(grid, lo);
      let left = count;
      while (grid[k]! < hi) {
        const b = grid[k + 1]!;
        const amount = b >= hi ? left : (count * (b - grid[k]!)) / span;
        left -= amount;
        points.push(grid[k]!, SPREAD, spreadUnit[i]!, amount, b);
        k++;
      }
    }
    // Cells (a, b] come after the points at a; events before censorings at equal times; records
    // equal in all three keep the order they were made in (a stable sort).
    const order = points.sortedOrder();

    const kind: number[] = [];
    const from: number[] = [];
    const to: number[] = [];
    const start: number[] = [];
    for (let i = 0; i < order.length; i++) {
      const r = order[i]!;
      const prev = i === 0 ? -1 : order[i - 1]!;
      if (prev < 0 || points.time[prev] !== points.time[r] || points.kind[prev] !== points.kind[r]) {
        kind.push(points.kind[r]!);
        from.push(points.time[r]!);
        to.push(points.end[r]!);
        start.push(i);
      }
    }
    start.push(order.length);
    this.kind = Uint8Array.from(kind);
    this.from = Float64Array.from(from);
    this.to = Float64Array.from(to);
    this.start = Int32Array.from(start);
    this.entryUnit = Int32Array.from(order, (r) => points.unit[r]!);
    this.entryAmount = Float64Array.from(order, (r) => points.amount[r]!);
  }

  /**
   * The Kaplan–Meier p-quantile: the smallest t with 1 − S(t) ≥ p, S the product-limit survival
   * of the pooled events (unit u counted `weights[u]` times; default all 1). Without censoring
   * this is the empirical quantile of rank ⌈p·N⌉ (1-based) of the N events. Infinity when S never
   * falls to 1 − p (the tail is censored: the data only show the quantile is beyond the last
   * event); NaN when the weighted units hold no completed event.
   *
   * @param p - probability in (0, 1).
   * @param weights - multiplicity of each unit (length = units), e.g. a bootstrap resample.
   */
  quantile(p: number, weights?: Float64Array): number {
    if (!(p > 0 && p < 1)) invalid("p", p, "a number in (0, 1)");
    if (weights !== undefined && weights.length !== this.units) {
      invalid("weights", weights, `a Float64Array of one weight per unit (${this.units})`);
    }
    const w = (u: number) => (weights === undefined ? 1 : weights[u]!);
    let atRisk = 0;
    let eventWeight = 0;
    for (let u = 0; u < this.units; u++) {
      atRisk += w(u) * this.unitTotal[u]!;
      eventWeight += w(u) * this.unitEvents[u]!;
    }
    if (!(eventWeight > 0)) return Number.NaN;
    const target = (1 - p) * (1 + SLACK);
    let survival = 1;
    for (let s = 0; s < this.kind.length; s++) {
      let d = 0;
      for (let e = this.start[s]!; e < this.start[s + 1]!; e++)
        d += w(this.entryUnit[e]!) * this.entryAmount[e]!;
      if (!(d > 0)) continue;
      const kind = this.kind[s]!;
      if (kind === EVENT) {
        survival *= 1 - Math.min(1, d / atRisk);
        if (survival <= target) return this.from[s]!;
      } else if (kind === SPREAD) {
        // S falls linearly in the share g of the spread: S·(r − d·g)/r = 1 − p.
        const g = (atRisk * (1 - (1 - p) / survival)) / d;
        if (g <= 1 + SLACK) return geometric(this.from[s]!, this.to[s]!, Math.max(0, Math.min(1, g)));
        survival *= 1 - Math.min(1, d / atRisk);
      }
      atRisk -= d;
    }
    return Number.POSITIVE_INFINITY;
  }
}

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

/** Records of the pooled events: parallel arrays (a time, kind, unit, amount and end each). */
class Records {
  readonly time: number[] = [];
  readonly kind: number[] = [];
  readonly unit: number[] = [];
  readonly amount: number[] = [];
  readonly end: number[] = [];

  push(time: number, kind: number, unit: number, amount: number, end: number): void {
    this.time.push(time);
    this.kind.push(kind);
    this.unit.push(unit);
    this.amount.push(amount);
    this.end.push(end);
  }

  /** Record indices by time, then kind, then unit, then the order they were pushed in. */
  sortedOrder(): Uint32Array {
    const { time, kind, unit } = this;
    const order = new Uint32Array(time.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    return order.sort((x, y) => time[x]! - time[y]! || kind[x]! - kind[y]! || unit[x]! - unit[y]! || x - y);
  }
}

/** Index of the first grid value ≥ x. */
function lowerBound(grid: Float64Array, x: number): number {
  let lo = 0;
  let hi = grid.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (grid[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The point a share g of the way from lo to hi, linearly (as the sketch interpolates inside a
 * bucket): arithmetic only, so Node and Chromium give the same bits (their Math.log/exp differ).
 */
function geometric(lo: number, hi: number, g: number): number {
  return lo + g * (hi - lo);
}
