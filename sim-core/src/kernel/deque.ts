/**
 * Double-ended queue on a ring buffer whose size is a power of two (grows by doubling). O(1)
 * push and shift at both ends with no allocation in steady state: the line buffer of a store.
 */
export class Deque<T> {
  private buf: (T | undefined)[];
  private head = 0;
  private mask: number;
  /** Number of items. */
  length = 0;

  /** @param capacity - initial slots, rounded up to a power of two; default 16. */
  constructor(capacity = 16) {
    let n = 4;
    while (n < capacity) n *= 2;
    this.buf = new Array<T | undefined>(n).fill(undefined);
    this.mask = n - 1;
  }

  /** Adds at the back. */
  push(item: T): void {
    if (this.length === this.buf.length) this.grow();
    this.buf[(this.head + this.length) & this.mask] = item;
    this.length++;
  }

  /** Adds at the front. */
  unshift(item: T): void {
    if (this.length === this.buf.length) this.grow();
    this.head = (this.head - 1) & this.mask;
    this.buf[this.head] = item;
    this.length++;
  }

  /** Removes and returns the front item (undefined when empty). */
  shift(): T | undefined {
    if (this.length === 0) return undefined;
    const item = this.buf[this.head];
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & this.mask;
    this.length--;
    return item;
  }

  /** The front item without removing it (undefined when empty). */
  peek(): T | undefined {
    return this.length === 0 ? undefined : this.buf[this.head];
  }

  /** The item at position `i` from the front (undefined when out of range). */
  at(i: number): T | undefined {
    return i >= 0 && i < this.length ? this.buf[(this.head + i) & this.mask] : undefined;
  }

  /** Copies the items, front first. */
  toArray(): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.buf[(this.head + i) & this.mask] as T);
    return out;
  }

  private grow(): void {
    const old = this.buf;
    const n = old.length * 2;
    const buf = new Array<T | undefined>(n).fill(undefined);
    for (let i = 0; i < this.length; i++) buf[i] = old[(this.head + i) & this.mask];
    this.buf = buf;
    this.head = 0;
    this.mask = n - 1;
  }
}
