import { invalid, SimulationError } from "../errors";
import { CalendarQueue } from "./calendar-queue";
import { Condition } from "./conditions";
import { Fingerprint, hashName } from "./fingerprint";
import { budgetError, ZenoWatch } from "./guards";
import { Process } from "./process";
import { SCHEDULED, SimEvent, type Yieldable } from "./sim-event";
import { checkDelay, checkTime, MAX_TIME, type Time } from "./time";
import { Timer } from "./timer";

/** Priority of interrupts and process starts: before NORMAL events at the same time. */
export const URGENT = 0;
/** Default priority. */
export const NORMAL = 1;

/** Options of a {@link Kernel}. */
export interface KernelOptions {
  /** Events later than this never run; `run()` stops (without error) at it. Default MAX_TIME. */
  horizon?: Time;
  /** Maximum number of events; the next one throws SimulationError("budget"). Default Infinity. */
  eventBudget?: number;
  /** Maximum events at one instant; more throws SimulationError("zeno") naming the processes. Default 1,000,000. */
  zenoLimit?: number;
  /** Keep a running hash of the event sequence (see `fingerprint()`); default true. */
  fingerprint?: boolean;
}

/** Why `run()` returned. */
export type StopReason = "empty" | "until" | "horizon" | "stopped";

/** What `run()` did. */
export interface RunSummary {
  /** Events processed by this call. */
  events: number;
  /** The clock when it returned (µs). */
  endTime: Time;
  /** `empty`: nothing left to do; `until`/`horizon`: the next event is later; `stopped`: `stop()` was called. */
  stoppedBy: StopReason;
}

// Queue keys: priority * STRIDE + insertion sequence, so one float orders (priority, seq).
// 2^45 sequence numbers (3.5e13 events) per run; priorities 0..255 keep keys below 2^53.
const STRIDE = 2 ** 45;
const MAX_PRIORITY = 255;
const URGENT_BASE = URGENT * STRIDE;
const NORMAL_BASE = NORMAL * STRIDE;

// Queue entry kinds.
const K_RESUME = 0; // a process starts or its delay ends (payload: Process)
const K_EVENT = 1; // an event is processed (payload: SimEvent)
const K_TIMER = 2; // a callback runs (payload: Timer)
const K_INTERRUPT = 3; // an interrupt is delivered (payload: Process)

// Fingerprint identifiers that do not come from a name.
const EVENT_SALT = 0x5bd1e995;
const INTERRUPT_SALT = 0x7feb352d;
const TIMER_ID = hashName("(callback)");
const TIMEOUT_ID = hashName("timeout");
const ANY_ID = hashName("anyOf");
const ALL_ID = hashName("allOf");

/**
 * The deterministic simulation kernel: an integer-microsecond clock and an event queue ordered
 * by `(time, priority, insertion sequence)`, running generator processes, timeouts, callbacks,
 * conditions, resources and stores. Same inputs give the same event sequence, and so the same
 * `fingerprint()`, on every machine.
 */
export class Kernel {
  /** Events processed so far (over all `run()` calls). */
  eventCount = 0;
  /** The process whose body is running, or null (between events, in callbacks). */
  active: Process | null = null;
  private _now: Time = 0;
  private readonly queue = new CalendarQueue<unknown>(1024);
  private seq = 0;
  private readonly horizon: Time;
  private readonly budget: number;
  private readonly zenoLimit: number;
  private readonly fp: Fingerprint | null;
  private instantCount = 0;
  private zeno: ZenoWatch | null = null;
  private running = false;
  private stopRequested = false;

  constructor(options: KernelOptions = {}) {
    this.horizon = options.horizon === undefined ? MAX_TIME : checkTime(options.horizon, "horizon");
    const budget = options.eventBudget ?? Number.POSITIVE_INFINITY;
    if (!(budget === Number.POSITIVE_INFINITY || (Number.isSafeInteger(budget) && budget >= 0))) {
      invalid("eventBudget", budget, "an integer ≥ 0 or Infinity");
    }
    this.budget = budget;
    const zenoLimit = options.zenoLimit ?? 1_000_000;
    if (!(zenoLimit === Number.POSITIVE_INFINITY || (Number.isSafeInteger(zenoLimit) && zenoLimit >= 1))) {
      invalid("zenoLimit", zenoLimit, "an integer ≥ 1 or Infinity");
    }
    this.zenoLimit = zenoLimit;
    const fingerprint = options.fingerprint ?? true;
    if (typeof fingerprint !== "boolean") invalid("fingerprint", fingerprint, "true or false");
    this.fp = fingerprint ? new Fingerprint() : null;
  }

  /** The simulated clock (µs). */
  get now(): Time {
    return this._now;
  }

  /**
   * Processes events in order until none is left, the next one is later than `until` (or the
   * horizon), or `stop()` is called. Events at exactly `until` run. When `until` is given and
   * the run was not stopped, the clock ends at `until` (or the horizon, if earlier).
   *
   * @throws SimulationError("budget" | "zeno"), or the error of a failed process nobody waited on.
   */
  run(until?: Time): RunSummary {
    if (this.running) throw new SimulationError("model", "run() called from inside a running simulation");
    let limit = this.horizon;
    if (until !== undefined) {
      checkTime(until, "until");
      if (until < this._now) invalid("until", until, `a time ≥ now (${this._now} µs)`);
      if (until < limit) limit = until;
    }
    const q = this.queue;
    const fp = this.fp;
    const budget = this.budget;
    const zenoLimit = this.zenoLimit;
    const first = this.eventCount;
    let stoppedBy: StopReason = "empty";
    this.running = true;
    this.stopRequested = false;
    try {
      for (;;) {
        const node = q.first();
        if (node < 0) break;
        const t = q.times[node]!;
        const kind = q.kinds[node]!;
        const item = q.items[node];
        // Drop stale entries (an interrupted delay, a cancelled callback) without counting them.
        if (kind === K_RESUME) {
          if ((item as Process)._wakeKey !== q.keys[node]) {
            q.removeFirst();
            continue;
          }
        } else if (kind === K_TIMER && (item as Timer)._cancelled) {
          q.removeFirst();
          continue;
        }
        if (t > limit) {
          stoppedBy = limit === until ? "until" : "horizon";
          break;
        }
        if (this.eventCount >= budget) throw budgetError(budget, this._now);
        q.removeFirst();
        if (t !== this._now) {
          if (this.zeno !== null) throw this.zeno.error();
          this._now = t;
          this.instantCount = 1;
        } else if (++this.instantCount > zenoLimit) {
          this.zenoTick(kind, item);
        }
        this.eventCount++;
        if (kind === K_RESUME) {
          const p = item as Process;
          if (fp !== null) fp.update(t, p._fpId);
          p._wakeKey = -1;
          p._step(undefined, false);
        } else if (kind === K_EVENT) {
          const ev = item as SimEvent;
          if (fp !== null) fp.update(t, ev._fpId ^ EVENT_SALT);
          ev._fire();
        } else if (kind === K_TIMER) {
          const timer = item as Timer;
          if (fp !== null) fp.update(t, TIMER_ID);
          timer._fn();
        } else {
          const p = item as Process;
          if (fp !== null) fp.update(t, p._fpId ^ INTERRUPT_SALT);
          p._interrupted();
        }
        if (this.stopRequested) {
          stoppedBy = "stopped";
          break;
        }
      }
    } finally {
      this.running = false;
      this.active = null;
    }
    if (until !== undefined && stoppedBy !== "stopped" && this._now < limit) this._now = limit;
    else if (stoppedBy === "horizon") this._now = limit;
    return { events: this.eventCount - first, endTime: this._now, stoppedBy };
  }

  /** Makes `run()` return after the current event. */
  stop(): void {
    this.stopRequested = true;
  }

  /**
   * Hash of the event sequence so far (times and what happened, not insertion counters):
   * 16 hex characters, equal for equal runs on every machine.
   *
   * @throws SimulationError("model") when the kernel was created with `fingerprint: false`.
   */
  fingerprint(): string {
    if (this.fp === null)
      throw new SimulationError("model", "fingerprint() needs new Kernel({ fingerprint: true })");
    return this.fp.digest();
  }

  /** Time of the next queued entry, or Infinity if the queue is empty (it may be a cancelled one). */
  peek(): Time {
    const node = this.queue.first();
    return node < 0 ? Number.POSITIVE_INFINITY : this.queue.times[node]!;
  }

  /**
   * Runs `fn` after `delay` µs: the callback fast path (no process, no event object).
   *
   * @param priority - URGENT (0), NORMAL (1, default) or another integer up to 255; lower runs first.
   */
  schedule(delay: Time, fn: () => void, priority: number = NORMAL): Timer {
    checkDelay(delay, this._now);
    if (typeof fn !== "function") invalid("fn", fn, "a function");
    if (!Number.isInteger(priority) || priority < 0 || priority > MAX_PRIORITY) {
      invalid("priority", priority, `an integer in [0, ${MAX_PRIORITY}] (URGENT = 0, NORMAL = 1)`);
    }
    const timer = new Timer(this._now + delay, fn);
    this.queue.push(timer.time, priority * STRIDE + this.seq++, K_TIMER, timer);
    return timer;
  }

  /** Cancels a scheduled callback; a no-op if it already ran or was cancelled. */
  cancel(timer: Timer): void {
    if (!(timer instanceof Timer)) invalid("timer", timer, "a Timer returned by schedule()");
    timer._cancelled = true;
  }

  /**
   * Starts a process now (URGENT, so it runs before NORMAL events at this instant).
   *
   * @param name - names it in errors, Zeno diagnostics and the fingerprint.
   * @param body - a generator, e.g. `executor(k, id)` where `function* executor(...)`.
   */
  process<R = unknown>(name: string, body: Generator<Yieldable, R, unknown>): Process<R> {
    if (typeof name !== "string") invalid("name", name, "a string");
    if (
      body === null ||
      typeof body !== "object" ||
      typeof body.next !== "function" ||
      typeof body.throw !== "function"
    ) {
      invalid("body", body, "a generator object (call the generator function: process(name, fn(...)))");
    }
    const p = new Process<R>(this, name, hashName(name), body);
    p._wakeKey = URGENT_BASE + this.seq++;
    this.queue.push(this._now, p._wakeKey, K_RESUME, p);
    return p;
  }

  /** An event that fires `delay` µs from now with `value`. */
  timeout<V = undefined>(delay: Time, value?: V): SimEvent<V> {
    checkDelay(delay, this._now);
    const ev = new SimEvent<V>(this, "timeout", TIMEOUT_ID);
    ev._value = value;
    ev._state = SCHEDULED;
    this.queue.push(this._now + delay, NORMAL_BASE + this.seq++, K_EVENT, ev);
    return ev;
  }

  /** A manual event: fire it with `succeed(value)` or `fail(error)`. */
  event<V = unknown>(name = "event"): SimEvent<V> {
    if (typeof name !== "string") invalid("name", name, "a string");
    return new SimEvent<V>(this, name, hashName(name));
  }

  /** Fires when any of `events` has fired; value: a Map of the events that had fired. */
  anyOf(events: readonly SimEvent[]): Condition {
    return new Condition(this, events, false, ANY_ID);
  }

  /** Fires when all of `events` have fired; value: a Map of every event to its value. */
  allOf(events: readonly SimEvent[]): Condition {
    return new Condition(this, events, true, ALL_ID);
  }

  /** @internal Queues the processing of an event that fired now. */
  _trigger(ev: SimEvent): void {
    this.queue.push(this._now, NORMAL_BASE + this.seq++, K_EVENT, ev);
  }

  /** @internal Queues the end of a process's delay; returns the entry key. */
  _pushResume(time: Time, p: Process): number {
    const key = NORMAL_BASE + this.seq++;
    this.queue.push(time, key, K_RESUME, p);
    return key;
  }

  /** @internal Queues an interrupt for a process, now and URGENT. */
  _pushInterrupt(p: Process): void {
    this.queue.push(this._now, URGENT_BASE + this.seq++, K_INTERRUPT, p);
  }

  /** @internal A process continued past an already-processed event (no queue entry). */
  _inlineResume(p: Process): void {
    if (++this.instantCount > this.zenoLimit) this.zenoRecord(p.name);
  }

  private zenoTick(kind: number, item: unknown): void {
    let name: string;
    if (kind === K_RESUME || kind === K_INTERRUPT) name = (item as Process).name;
    else if (kind === K_TIMER) name = "(callback)";
    else {
      const ev = item as SimEvent;
      name = ev._waiter instanceof Process ? ev._waiter.name : `event "${ev.name}"`;
    }
    this.zenoRecord(name);
  }

  private zenoRecord(name: string): void {
    if (this.zeno === null) {
      this.zeno = new ZenoWatch(this._now, this.zenoLimit, Math.min(this.zenoLimit, 10_000));
    }
    if (this.zeno.record(name)) throw this.zeno.error();
  }
}
