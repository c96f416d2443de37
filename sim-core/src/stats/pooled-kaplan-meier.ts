/**
 * The Kaplan–Meier product-limit estimate over durations pooled from several units
 * (replications, or batches of them), prepared once and evaluated under many unit weightings —
 * the bootstrap of `censored-quantile.ts` evaluates it once per resample.
 *
 * Completed durations come from each unit's {@link QuantileSketch} data and are read the way the
 * sketch reads itself (`visitSpans`): exact values as points, bucket counts spread geometrically
 * over the bucket's range (the product limit over a continuous spread of d events with r at risk
 * multiplies S by (r − d·g)/r at fraction g of the spread). So without censoring the estimate is
 * the sketch's own empirical quantile, within its accuracy.
 */
import { invalid } from "../errors";
import { QuantileSketch, type QuantileSketchData } from "./quantile-sketch";

/** The durations of one replication (seconds, or any one unit). */
export interface CensoredUnit {
  /** Completed durations; undefined when none completed. */
  sketch: QuantileSketchData | undefined;
  /** Durations of events still open at the horizon: each lasted at least this long (≥ 0; Infinity = never ends). */
  censored: readonly number[];
}

const EVENT = 0;
const CENSORING = 1;
/** Relative slack when S(t) meets 1 − p: the product of ratios is not exact in floating point. */
const SLACK = 1e-9;

/**
 * The pooled events of several units, prepared once for the Kaplan–Meier estimate under many
 * unit weightings (the bootstrap calls it once per resample, in time linear in the data).
 *
 * Time is cut at every distinct breakpoint (event, censoring, bucket edge) into a grid. Points
 * (exact events, censorings) are steps at grid times; bucket spreads become a density (count per
 * second) that is active from the spread's low edge to its high edge, so each cell (t_k, t_k+1]
 * carries Σ density × length of the spreads covering it. Keeping densities instead of splitting
 * every spread at every breakpoint inside it keeps the work linear: a thousand batches of
 * replications can put hundreds of censorings inside one bucket of every unit.
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
  /** Distinct breakpoints, ascending. */
  private readonly grid: Float64Array;
  /** Point steps in time order (events before censorings at equal times): grid index, kind, entries [start[s], start[s + 1]). */
  private readonly stepAt: Int32Array;
  private readonly kind: Uint8Array;
  private readonly start: Int32Array;
  private readonly entryUnit: Int32Array;
  private readonly entryAmount: Float64Array;
  /** Spreads by the grid index where they start (CSR: startOffset[k] … startOffset[k + 1]) and end. */
  private readonly startOffset: Int32Array;
  private readonly startUnit: Int32Array;
  private readonly startDensity: Float64Array;
  private readonly endOffset: Int32Array;
  private readonly endUnit: Int32Array;
  private readonly endDensity: Float64Array;

  constructor(units: readonly CensoredUnit[]) {
    if (!Array.isArray(units)) invalid("units", units, "an array of { sketch, censored }");
    this.units = units.length;
    this.unitTotal = new Float64Array(units.length);
    this.unitEvents = new Float64Array(units.length);
    // Records as parallel arrays of numbers, not one object each: a thousand units of bucketed
    // sketches make a million of them.
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
            points.push(lo, EVENT, u, count);
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
          points.push(t, CENSORING, u, 1);
          times.push(t);
        }
      });
      events += this.unitEvents[u]!;
      censored += unit.censored.length;
      this.unitTotal[u] = this.unitEvents[u]! + unit.censored.length;
    });
    this.events = events;
    this.censored = censored;
    const grid = Float64Array.from(new Set(times)).sort();
    times.length = 0;
    this.grid = grid;

    // Point steps: events before censorings at equal times; records equal in time, kind and unit
    // keep the order they were made in (a stable sort).
    const order = points.sortedOrder();
    const stepAt: number[] = [];
    const kind: number[] = [];
    const start: number[] = [];
    for (let i = 0; i < order.length; i++) {
      const r = order[i]!;
      const prev = i === 0 ? -1 : order[i - 1]!;
      if (prev < 0 || points.time[prev] !== points.time[r] || points.kind[prev] !== points.kind[r]) {
        stepAt.push(lowerBound(grid, points.time[r]!));
        kind.push(points.kind[r]!);
        start.push(i);
      }
    }
    start.push(order.length);
    this.stepAt = Int32Array.from(stepAt);
    this.kind = Uint8Array.from(kind);
    this.start = Int32Array.from(start);
    this.entryUnit = Int32Array.from(order, (r) => points.unit[r]!);
    this.entryAmount = Float64Array.from(order, (r) => points.amount[r]!);

    // Spreads as densities switched on at their low edge and off at their high edge.
    const lowAt = spreadLo.map((lo) => lowerBound(grid, lo));
    const highAt = spreadHi.map((hi) => lowerBound(grid, hi));
    const density = spreadCount.map((c, i) => c / (spreadHi[i]! - spreadLo[i]!));
    const byStart = csr(grid.length, lowAt, spreadUnit, density);
    const byEnd = csr(grid.length, highAt, spreadUnit, density);
    this.startOffset = byStart.offset;
    this.startUnit = byStart.unit;
    this.startDensity = byStart.value;
    this.endOffset = byEnd.offset;
    this.endUnit = byEnd.unit;
    this.endDensity = byEnd.value;
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
    const w = weights ?? new Float64Array(this.units).fill(1);
    let atRisk = 0;
    let eventWeight = 0;
    for (let u = 0; u < this.units; u++) {
      atRisk += w[u]! * this.unitTotal[u]!;
      eventWeight += w[u]! * this.unitEvents[u]!;
    }
    if (!(eventWeight > 0)) return Number.NaN;
    const target = (1 - p) * (1 + SLACK);
    const { grid, stepAt } = this;
    let survival = 1;
    let step = 0;
    // Σ weight × density of the spreads covering the current cell, and how many do (at 0, the
    // density is exactly 0: no rounding residue from the subtractions).
    let density = 0;
    let active = 0;
    for (let k = 0; k < grid.length; k++) {
      for (let e = this.endOffset[k]!; e < this.endOffset[k + 1]!; e++) {
        density -= w[this.endUnit[e]!]! * this.endDensity[e]!;
        active--;
      }
      for (let e = this.startOffset[k]!; e < this.startOffset[k + 1]!; e++) {
        density += w[this.startUnit[e]!]! * this.startDensity[e]!;
        active++;
      }
      if (active === 0) density = 0;
      for (; step < stepAt.length && stepAt[step] === k; step++) {
        let d = 0;
        for (let e = this.start[step]!; e < this.start[step + 1]!; e++)
          d += w[this.entryUnit[e]!]! * this.entryAmount[e]!;
        if (!(d > 0)) continue;
        if (this.kind[step] === EVENT) {
          survival *= 1 - Math.min(1, d / atRisk);
          if (survival <= target) return grid[k]!;
        }
        atRisk -= d;
      }
      // The cell (t_k, t_k+1]: S falls linearly in the share g of it, S·(r − d·g)/r = 1 − p.
      const d = k + 1 < grid.length ? density * (grid[k + 1]! - grid[k]!) : 0;
      if (!(d > 0)) continue;
      const g = (atRisk * (1 - (1 - p) / survival)) / d;
      if (g <= 1 + SLACK) return geometric(grid[k]!, grid[k + 1]!, Math.max(0, Math.min(1, g)));
      survival *= 1 - Math.min(1, d / atRisk);
      atRisk -= d;
    }
    return Number.POSITIVE_INFINITY;
  }
}

/** Entries grouped by a grid index (compressed rows): offsets of length `size + 1`. */
function csr(size: number, at: readonly number[], unit: readonly number[], value: readonly number[]) {
  const offset = new Int32Array(size + 1);
  for (const k of at) offset[k + 1]!++;
  for (let k = 0; k < size; k++) offset[k + 1]! += offset[k]!;
  const fill = offset.slice(0, size);
  const units = new Int32Array(at.length);
  const values = new Float64Array(at.length);
  at.forEach((k, i) => {
    const j = fill[k]!++;
    units[j] = unit[i]!;
    values[j] = value[i]!;
  });
  return { offset, unit: units, value: values };
}

/** Point records of the pooled events: parallel arrays (a time, kind, unit and amount each). */
class Records {
  readonly time: number[] = [];
  readonly kind: number[] = [];
  readonly unit: number[] = [];
  readonly amount: number[] = [];

  push(time: number, kind: number, unit: number, amount: number): void {
    this.time.push(time);
    this.kind.push(kind);
    this.unit.push(unit);
    this.amount.push(amount);
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
