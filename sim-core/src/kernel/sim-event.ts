import { SimulationError } from "../errors";
import type { Kernel } from "./kernel";

/** Event state: not triggered yet. */
export const PENDING = 0;
/** Event state: a timeout whose value is fixed but whose time has not come. */
export const SCHEDULED = 1;
/** Event state: fired at the current time; its waiters run when the kernel processes it. */
export const TRIGGERED = 2;
/** Event state: processed, its waiters have been resumed. */
export const PROCESSED = 3;

/** Something that waits on events: a process or a condition. Internal. */
export interface Waiter {
  _notify(ev: SimEvent): void;
}

/**
 * Something that happens at one instant, with a value (or an error). Processes wait on an
 * event by yielding it and resume with its value, or with its error thrown at the `yield`.
 *
 * `succeed`/`fail` fire it *now*; the kernel then processes it in `(time, priority, insertion)`
 * order and resumes its waiters in the order they started waiting. A failed event that nobody
 * waits on (and nobody defused) makes `run()` rethrow its error, so errors are never silently lost.
 */
export class SimEvent<V = unknown> {
  /** The kernel this event belongs to. */
  readonly kernel: Kernel;
  /** Name, used in error messages, Zeno diagnostics and the fingerprint. */
  readonly name: string;
  /** @internal */ _state: number = PENDING;
  /** @internal */ _ok = true;
  /** @internal */ _value: unknown = undefined;
  /** @internal first waiter (most events have exactly one) */ _waiter: Waiter | null = null;
  /** @internal further waiters, in arrival order */ _waiters: Waiter[] | null = null;
  /** @internal */ _defused = false;
  /** @internal fingerprint identifier */ _fpId: number;

  /** Use `kernel.event(name)`; subclasses pass their fingerprint identifier. */
  constructor(kernel: Kernel, name: string, fpId: number) {
    this.kernel = kernel;
    this.name = name;
    this._fpId = fpId;
  }

  /** True once the event has fired (its value is known and its time has come). */
  get triggered(): boolean {
    return this._state >= TRIGGERED;
  }

  /** True once the kernel has resumed the event's waiters. */
  get processed(): boolean {
    return this._state === PROCESSED;
  }

  /** True unless the event failed. Meaningful once triggered. */
  get ok(): boolean {
    return this._ok;
  }

  /** The value it fired with (or the error it failed with); undefined before that. */
  get value(): V {
    return this._value as V;
  }

  /**
   * Fires the event now with `value`.
   *
   * @throws SimulationError("model") if it was already triggered.
   */
  succeed(value?: V): this {
    this.checkPending("succeed");
    this._value = value;
    this._state = TRIGGERED;
    this.kernel._trigger(this);
    return this;
  }

  /**
   * Fires the event now as failed: waiters get `error` thrown at their `yield`.
   *
   * @throws SimulationError("model") if it was already triggered.
   */
  fail(error: unknown): this {
    this.checkPending("fail");
    this._ok = false;
    this._value = error;
    this._state = TRIGGERED;
    this.kernel._trigger(this);
    return this;
  }

  /** Marks a failure as handled, so `run()` does not rethrow it when nobody waits on the event. */
  defuse(): this {
    this._defused = true;
    return this;
  }

  /** @internal */
  _addWaiter(w: Waiter): void {
    if (this._waiter === null) this._waiter = w;
    else if (this._waiters === null) this._waiters = [w];
    else this._waiters.push(w);
  }

  /** @internal Removes `w`; returns whether it was waiting. */
  _removeWaiter(w: Waiter): boolean {
    if (this._waiter === w) {
      const more = this._waiters;
      this._waiter = more !== null && more.length > 0 ? more.shift()! : null;
      return true;
    }
    const more = this._waiters;
    if (more === null) return false;
    const i = more.indexOf(w);
    if (i < 0) return false;
    more.splice(i, 1);
    return true;
  }

  /** @internal Called by the kernel when it processes the event: resumes the waiters. */
  _fire(): void {
    this._state = PROCESSED;
    const w = this._waiter;
    if (w === null) {
      if (!this._ok && !this._defused) throw this._value;
      return;
    }
    this._waiter = null;
    const more = this._waiters;
    this._waiters = null;
    w._notify(this);
    if (more !== null) for (let i = 0; i < more.length; i++) more[i]!._notify(this);
  }

  /**
   * @internal The only waiter went away without taking the value (interrupted, or the losing
   * branch of an `anyOf`). Store gets give their item back; most events ignore it.
   */
  _abandon(): void {}

  /** @internal The value reached a process (a store get's item now has its taker). */
  _delivered(): void {}

  private checkPending(op: string): void {
    if (this._state !== PENDING) {
      throw new SimulationError("model", `${op}() on event "${this.name}", which has already been triggered`);
    }
  }
}

/** What a process body may yield: a delay in microseconds, or an event to wait for. */
export type Yieldable = number | SimEvent;

/**
 * The type of a process body: `function* executor(): ProcessBody { ... }`. `R` is what the body
 * returns (the process event's value); default void.
 */
export type ProcessBody<R = void> = Generator<Yieldable, R, unknown>;
