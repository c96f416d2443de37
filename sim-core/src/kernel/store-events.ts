import { SimEvent } from "./sim-event";
import type { Store } from "./store";

const GET_SALT = 0x2545f491;
const PUT_SALT = 0x61c88647;

// Phases of a get: waiting, item reserved for it, item taken by a process, withdrawn.
/** @internal */ export const WAITING = 0;
/** @internal */ export const HANDED = 1;
/** @internal */ export const TAKEN = 2;
/** @internal */ export const WITHDRAWN = 3;

/**
 * A pending or satisfied `store.get()`; fires with the item. The item is reserved for it from
 * the moment it is handed over: if its taker goes away first (interrupted, or the losing branch
 * of an `anyOf`), the item goes back to the head of the store.
 */
export class StoreGet<T> extends SimEvent<T> {
  /** The store asked. */
  readonly store: Store<T>;
  /** @internal */ _phase = WAITING;

  /** @internal Use `store.get()`. */
  constructor(store: Store<T>) {
    super(store.kernel, store.name, store._fpId ^ GET_SALT);
    this.store = store;
  }

  /** @internal */
  override _abandon(): void {
    this.store.cancel(this);
  }

  /** @internal */
  override _delivered(): void {
    if (this._phase === HANDED) this._phase = TAKEN;
  }
}

/** A `store.put(item)`; fires with true once the item is in the store, false if it was dropped. */
export class StorePut<T> extends SimEvent<boolean> {
  /** The store asked. */
  readonly store: Store<T>;
  /** The item offered. */
  readonly item: T;
  /** @internal 0 blocked, 1 done (accepted or dropped), 2 withdrawn */ _phase = 0;

  /** @internal Use `store.put(item)`. */
  constructor(store: Store<T>, item: T) {
    super(store.kernel, store.name, store._fpId ^ PUT_SALT);
    this.store = store;
    this.item = item;
  }

  /** @internal An interrupted blocked put is withdrawn: the item is not stored. */
  override _abandon(): void {
    if (this._phase === 0) {
      this._phase = 2;
      this.store._putWithdrawn();
    }
  }
}
