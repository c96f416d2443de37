import type { CalendarQueue } from "./calendar-queue";

/**
 * Binary min-heap of entries ordered by `(time, key)`, stored as a struct of arrays: two
 * Float64Arrays for the keys, a Uint8Array for a small `kind` tag and a plain array for the
 * payload. Pushing and popping allocate nothing (the arrays grow by doubling).
 *
 * Resources and priority stores use it with `(priority, insertion sequence)`, so ties come out
 * first in, first out and the order never depends on the heap's layout. (The kernel's own event
 * list is the faster {@link CalendarQueue}, ordered the same way by `(time, key)`.)
 */
export class EventQueue<T = unknown> {
  /** Primary key of each slot (the event time). Read `times[0]` to peek. */
  times: Float64Array;
  /** Secondary key of each slot (priority and insertion sequence). */
  keys: Float64Array;
  /** Small tag of each slot (what kind of entry it is). */
  kinds: Uint8Array;
  /** Payload of each slot. */
  items: (T | undefined)[];
  /** Number of entries. */
  size = 0;

  /** @param capacity - initial number of slots (grows by doubling), default 64. */
  constructor(capacity = 64) {
    const n = Math.max(4, capacity | 0);
    this.times = new Float64Array(n);
    this.keys = new Float64Array(n);
    this.kinds = new Uint8Array(n);
    this.items = new Array<T | undefined>(n).fill(undefined);
  }

  /** Adds an entry. Entries with equal `(time, key)` come out in an unspecified order, so keys must be unique. */
  push(time: number, key: number, kind: number, item: T): void {
    if (this.size === this.times.length) this.grow();
    const times = this.times;
    const keys = this.keys;
    const kinds = this.kinds;
    const items = this.items;
    // Sift up with a hole: move parents down until the new entry fits.
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent]!;
      if (pt < time || (pt === time && keys[parent]! < key)) break;
      times[i] = pt;
      keys[i] = keys[parent]!;
      kinds[i] = kinds[parent]!;
      items[i] = items[parent];
      i = parent;
    }
    times[i] = time;
    keys[i] = key;
    kinds[i] = kind;
    items[i] = item;
  }

  /** Removes the smallest entry (read it first through `times[0]`, `keys[0]`, `kinds[0]`, `items[0]`). */
  pop(): void {
    const n = --this.size;
    const times = this.times;
    const keys = this.keys;
    const kinds = this.kinds;
    const items = this.items;
    if (n <= 0) {
      items[0] = undefined;
      if (n < 0) this.size = 0;
      return;
    }
    // Sift the last entry down from the root with a hole.
    const time = times[n]!;
    const key = keys[n]!;
    const kind = kinds[n]!;
    const item = items[n];
    items[n] = undefined;
    let i = 0;
    const half = n >> 1;
    while (i < half) {
      let child = 2 * i + 1;
      let ct = times[child]!;
      let ck = keys[child]!;
      const right = child + 1;
      if (right < n) {
        const rt = times[right]!;
        if (rt < ct || (rt === ct && keys[right]! < ck)) {
          child = right;
          ct = rt;
          ck = keys[right]!;
        }
      }
      if (time < ct || (time === ct && key < ck)) break;
      times[i] = ct;
      keys[i] = ck;
      kinds[i] = kinds[child]!;
      items[i] = items[child];
      i = child;
    }
    times[i] = time;
    keys[i] = key;
    kinds[i] = kind;
    items[i] = item;
  }

  /** Removes every entry. */
  clear(): void {
    this.items.fill(undefined, 0, this.size);
    this.size = 0;
  }

  private grow(): void {
    const n = this.times.length * 2;
    const times = new Float64Array(n);
    times.set(this.times);
    const keys = new Float64Array(n);
    keys.set(this.keys);
    const kinds = new Uint8Array(n);
    kinds.set(this.kinds);
    this.times = times;
    this.keys = keys;
    this.kinds = kinds;
    const items = this.items;
    for (let i = items.length; i < n; i++) items.push(undefined);
  }
}
