/**
 * A time-weighted signal (availability, queue length) with its overall mean, maximum and a
 * fixed number of buckets across the horizon, so memory does not grow with simulated time.
 */
import type { TimeSeries } from "../result-types";

/** Buckets per series in every result. */
export const SERIES_BUCKETS = 120;

export class TimeWeightedSeries {
  private value: number;
  private lastTime: number;
  private area = 0;
  private maximum: number;
  private readonly bucketArea: Float64Array;
  private readonly bucketWidth: number;

  /**
   * @param start - kernel time statistics start (µs): mean and max count from here;
   * @param end - horizon (µs);
   * @param seriesStart - where the bucket series starts (µs), default `start`; 0 keeps the
   *   warm-up in the series (to see the initial transient) without counting it in the mean.
   */
  constructor(
    private readonly start: number,
    private readonly end: number,
    initial: number,
    private readonly seriesStart: number = start,
  ) {
    this.value = initial;
    this.lastTime = seriesStart;
    this.maximum = initial;
    this.bucketArea = new Float64Array(SERIES_BUCKETS);
    this.bucketWidth = Math.max(1, (end - seriesStart) / SERIES_BUCKETS);
  }

  /** The signal changes to `value` at kernel time `now`. */
  set(now: number, value: number): void {
    if (value === this.value) return;
    this.advance(now);
    this.value = value;
    if (now >= this.start && value > this.maximum) this.maximum = value;
  }

  get current(): number {
    return this.value;
  }

  private advance(now: number): void {
    const t = Math.min(now, this.end);
    if (t <= this.lastTime) return;
    const from = this.lastTime;
    if (t > this.start) this.area += this.value * (t - Math.max(from, this.start));
    if (this.value !== 0) {
      let b = Math.floor((from - this.seriesStart) / this.bucketWidth);
      let cursor = from;
      while (cursor < t && b < SERIES_BUCKETS) {
        const bucketEnd = Math.min(t, this.seriesStart + (b + 1) * this.bucketWidth);
        this.bucketArea[b]! += this.value * (bucketEnd - cursor);
        cursor = bucketEnd;
        b++;
      }
    }
    this.lastTime = t;
  }

  /** Closes the series at the horizon. */
  finish(): void {
    this.advance(this.end);
  }

  mean(): number {
    const span = this.end - this.start;
    return span <= 0 ? this.value : this.area / span;
  }

  max(): number {
    return this.maximum;
  }

  series(): TimeSeries {
    const values = Array.from(this.bucketArea, (a) => a / this.bucketWidth);
    return { step: this.bucketWidth / 1e6, values };
  }
}
