import { describeValue, SimulationError, ValidationError } from "../errors";
import { Interrupt } from "./interrupt";
import type { Kernel } from "./kernel";
import { PENDING, PROCESSED, SimEvent, TRIGGERED, type Waiter, type Yieldable } from "./sim-event";
import { MAX_TIME } from "./time";

/**
 * A simulated activity written top to bottom as a generator. The body yields a number (a delay
 * in microseconds; the fast path, which allocates nothing) or a {@link SimEvent} (resumes with
 * its value, or with its error thrown at the `yield`).
 *
 * A process is itself an event that fires with the generator's return value (or fails with the
 * error that escaped it), so processes can wait for each other. Create one with `kernel.process`.
 */
export class Process<R = unknown> extends SimEvent<R> implements Waiter {
  /** @internal */ readonly _gen: Generator<Yieldable, R, unknown>;
  /** @internal queue key of the pending start/delay entry, -1 when not sleeping */ _wakeKey = -1;
  /** @internal the event it waits on */ _target: SimEvent | null = null;
  /** @internal causes of interrupts scheduled but not yet delivered */ _causes: unknown[] | null = null;

  /** @internal Use `kernel.process(name, body)`. */
  constructor(kernel: Kernel, name: string, fpId: number, body: Generator<Yieldable, R, unknown>) {
    super(kernel, name, fpId);
    this._gen = body;
  }

  /** True until the body has returned or thrown. */
  get isAlive(): boolean {
    return this._state === PENDING;
  }

  /**
   * Throws an {@link Interrupt} carrying `cause` into the body at its current `yield`, at the
   * current time with URGENT priority. What it was waiting on is detached: a delay is dropped, a
   * store get is withdrawn (an item already handed to it goes back to the head of the store), a
   * blocked put is withdrawn; a resource request stays queued until released. Interrupting a
   * dead process is a no-op.
   */
  interrupt(cause?: unknown): void {
    if (this._state !== PENDING) return;
    if (this.kernel.active === this) {
      throw new SimulationError("model", `process "${this.name}" cannot interrupt itself`);
    }
    if (this._causes === null) this._causes = [cause];
    else this._causes.push(cause);
    this.kernel._pushInterrupt(this);
  }

  /** @internal Delivers the oldest scheduled interrupt. */
  _interrupted(): void {
    const cause = this._causes!.shift();
    if (this._state !== PENDING) return;
    this._wakeKey = -1;
    const target = this._target;
    if (target !== null) {
      this._target = null;
      target._removeWaiter(this);
      if (target._waiter === null) target._abandon();
    }
    this._step(new Interrupt(cause), true);
  }

  /** @internal An event this process waited on was processed. */
  _notify(ev: SimEvent): void {
    this._target = null;
    if (ev._ok) {
      ev._delivered();
      this._step(ev._value, false);
    } else {
      ev._defused = true;
      ev._abandon();
      this._step(ev._value, true);
    }
  }

  /**
   * @internal Runs the body until its next wait. `value` is sent into the generator (or thrown
   * into it when `throwing`).
   */
  _step(value: unknown, throwing: boolean): void {
    const k = this.kernel;
    const gen = this._gen;
    k.active = this;
    for (;;) {
      let r: IteratorResult<Yieldable, R>;
      try {
        r = throwing ? gen.throw(value) : gen.next(value);
      } catch (err) {
        k.active = null;
        this._end(false, err);
        return;
      }
      if (r.done === true) {
        k.active = null;
        this._end(true, r.value);
        return;
      }
      const y = r.value;
      if (typeof y === "number") {
        const t = k.now + y;
        // Fast path: a 32-bit integer delay (up to ~71 minutes); larger ones are checked exactly.
        if ((y >>> 0 === y || (Number.isSafeInteger(y) && y > 0)) && t <= MAX_TIME) {
          this._wakeKey = k._pushResume(t, this);
          k.active = null;
          return;
        }
        value = delayError(y, k.now);
        throwing = true;
      } else if (y instanceof SimEvent) {
        if (y.kernel !== k) {
          value = new SimulationError("model", `process "${this.name}" yielded an event of another kernel`);
          throwing = true;
        } else if (y._state === PROCESSED) {
          // Already happened: continue at once (counted against the Zeno guard).
          k._inlineResume(this);
          throwing = !y._ok;
          value = y._value;
          if (throwing) y._defused = true;
          else y._delivered();
        } else {
          this._target = y;
          y._addWaiter(this);
          k.active = null;
          return;
        }
      } else {
        value = new ValidationError([
          {
            path: `process "${this.name}" yield`,
            value: describeValue(y),
            allowed: "a delay in microseconds (an integer ≥ 0) or a SimEvent",
          },
        ]);
        throwing = true;
      }
    }
  }

  private _end(ok: boolean, value: unknown): void {
    this._ok = ok;
    this._value = value;
    this._state = TRIGGERED;
    this.kernel._trigger(this);
  }
}

function delayError(delay: number, now: number): ValidationError {
  const allowed =
    Number.isSafeInteger(delay) && delay >= 0
      ? `at most ${MAX_TIME - now} µs from now (${now} µs), so that the time stays ≤ MAX_TIME`
      : "an integer number of microseconds ≥ 0 (use seconds(x) to convert)";
  return new ValidationError([{ path: "delay", value: describeValue(delay), allowed }]);
}
