import type { Time } from "./time";

/**
 * A callback scheduled with `kernel.schedule(delay, fn)`: the kernel's fast path for code that
 * does not need a process. Cancel it with `kernel.cancel(timer)`.
 */
export class Timer {
  /** When it runs (µs). */
  readonly time: Time;
  /** @internal */ readonly _fn: () => void;
  /** @internal */ _cancelled = false;

  /** @internal Use `kernel.schedule`. */
  constructor(time: Time, fn: () => void) {
    this.time = time;
    this._fn = fn;
  }

  /** True once cancelled. */
  get cancelled(): boolean {
    return this._cancelled;
  }
}
