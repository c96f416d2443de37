/**
 * Time-weighted average of a piecewise-constant signal: queue length, busy executors, or an
 * up (1) / down (0) indicator whose mean is the availability.
 */
import { invalid } from "../errors";

/**
 * Integrates a value that changes at event times. Times are plain numbers in any unit (integer
 * microseconds from the kernel, or real hours); only differences of times are used.
 */
export class TimeWeighted {
  private start: number;
  private lastTime: number;
  private current: number;
  // Neumaier-compensated area: a year of microsecond steps adds ~1e7 terms of very different sizes.
  private area = 0;
  private compensation = 0;
  private maxValue: number;
  private minValue: number;

  /**
   * @param t0 - start of the observation window (default 0).
   * @param v0 - value of the signal at t0 (default 0).
   */
  constructor(t0 = 0, v0 = 0) {
    if (!Number.isFinite(t0)) invalid("t0", t0, "a finite time");
    if (!Number.isFinite(v0)) invalid("v0", v0, "a finite number");
    this.start = t0;
    this.lastTime = t0;
    this.current = v0;
    this.maxValue = v0;
    this.minValue = v0;
  }

  /** The signal takes value `v` from time `t` on; `t` must not be earlier than the last update. */
  update(t: number, v: number): void {
    if (!(t >= this.lastTime) || !Number.isFinite(t)) {
      invalid("time", t, `a finite time ≥ the previous update (${this.lastTime})`);
    }
    if (!Number.isFinite(v)) invalid("value", v, "a finite number");
    this.accumulate(this.current * (t - this.lastTime));
    this.lastTime = t;
    this.current = v;
    if (v > this.maxValue) this.maxValue = v;
    if (v < this.minValue) this.minValue = v;
  }

  /**
   * Time-weighted mean over [start, t]; `t` defaults to the last update and must not be earlier.
   * Over an empty window (t = start) it is the current value.
   */
  mean(t = this.lastTime): number {
    if (!(t >= this.lastTime)) invalid("time", t, `a time ≥ the last update (${this.lastTime})`);
    if (t === this.start) return this.current;
    return this.integral(t) / (t - this.start);
  }

  /** ∫ value dt over [start, t] (t ≥ last update; default the last update). */
  integral(t = this.lastTime): number {
    if (!(t >= this.lastTime)) invalid("time", t, `a time ≥ the last update (${this.lastTime})`);
    return this.area + this.compensation + this.current * (t - this.lastTime);
  }

  /**
   * Restarts the window at `t` (≥ last update), keeping the current value: use it to delete the
   * warm-up of a steady-state measurement. Max and min restart from the current value.
   */
  reset(t: number): void {
    this.update(t, this.current);
    this.start = t;
    this.area = 0;
    this.compensation = 0;
    this.maxValue = this.current;
    this.minValue = this.current;
  }

  /** The value set by the last update. */
  get value(): number {
    return this.current;
  }

  /** Largest value seen in the window. */
  get max(): number {
    return this.maxValue;
  }

  /** Smallest value seen in the window. */
  get min(): number {
    return this.minValue;
  }

  /** Start time of the window. */
  get startTime(): number {
    return this.start;
  }

  private accumulate(x: number): void {
    const s = this.area + x;
    this.compensation += Math.abs(this.area) >= Math.abs(x) ? this.area - s + x : x - s + this.area;
    this.area = s;
  }
}
