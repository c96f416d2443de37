import { invalid } from "../errors";
import type { Kernel } from "./kernel";
import { PENDING, PROCESSED, SimEvent, TRIGGERED, type Waiter } from "./sim-event";

/**
 * `anyOf` / `allOf`: fires when any (or all) of its events have fired, with a
 * `Map<SimEvent, unknown>` of the events that had fired by the time it is delivered (so two
 * events firing at the same instant both appear). Fails with the first failure among its events.
 *
 * When an `anyOf` is delivered, events that lost the race and have no other waiter are
 * abandoned: a store get among them is withdrawn, or its item goes back to the head of the store,
 * so the item is never lost to a branch nobody looks at.
 */
export class Condition extends SimEvent<Map<SimEvent, unknown>> implements Waiter {
  /** The events combined, in the order given. */
  readonly events: readonly SimEvent[];
  private remaining: number;

  /** @internal Use `kernel.anyOf` / `kernel.allOf`. */
  constructor(kernel: Kernel, events: readonly SimEvent[], all: boolean, fpId: number) {
    super(kernel, all ? "allOf" : "anyOf", fpId);
    const field = all ? "allOf.events" : "anyOf.events";
    if (!Array.isArray(events)) invalid(field, events, "an array of SimEvents");
    for (let i = 0; i < events.length; i++) {
      const ev = events[i];
      if (!(ev instanceof SimEvent) || ev.kernel !== kernel) {
        invalid(`${field}.${i}`, ev, "a SimEvent of the same kernel");
      }
    }
    this.events = events.slice();
    this.remaining = all ? events.length : Math.min(1, events.length);
    for (const ev of this.events) {
      if (ev._state === PROCESSED) this._notify(ev);
      else ev._addWaiter(this);
    }
    if (this._state === PENDING && this.remaining === 0) this.done();
  }

  /** @internal One of its events was processed. */
  _notify(ev: SimEvent): void {
    if (this._state !== PENDING) return;
    if (!ev._ok) {
      ev._defused = true;
      this.detach();
      this.fail(ev._value);
      return;
    }
    if (--this.remaining <= 0) this.done();
  }

  /** @internal Builds the value map just before the waiters resume. */
  override _fire(): void {
    if (this._ok) {
      const map = new Map<SimEvent, unknown>();
      for (const ev of this.events) if (ev._state >= TRIGGERED && ev._ok) map.set(ev, ev._value);
      this._value = map;
    }
    super._fire();
  }

  /** @internal The values reached a process: hand them over, give up the losers. */
  override _delivered(): void {
    const map = this._value as Map<SimEvent, unknown>;
    for (const ev of this.events) {
      if (map.has(ev)) ev._delivered();
      else if (ev._waiter === null) ev._abandon();
    }
  }

  /** @internal Nobody will look at this condition: give up its events. */
  override _abandon(): void {
    this.detach();
    for (const ev of this.events) if (ev._waiter === null) ev._abandon();
  }

  private done(): void {
    this.detach();
    // The value map is built in _fire, when the waiters resume.
    this.succeed(undefined);
  }

  private detach(): void {
    for (const ev of this.events) if (ev._state !== PROCESSED) ev._removeWaiter(this);
  }
}
