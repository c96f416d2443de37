/**
 * The kernel's future event list: a calendar queue (R. Brown, CACM 1988) ordered by
 * `(time, key)`, with O(1) expected cost per operation where a binary heap pays O(log n)
 * unpredictable branches. Entries live in a node pool stored as a struct of arrays (times, keys,
 * kinds, next links, payloads) that grows by doubling, so pushing and popping allocate nothing.
 *
 * Time is cut into buckets of `width` µs; bucket `b` holds the entries whose `floor(time / width)`
 * is `b` modulo the bucket count, as a list sorted by `(time, key)`. Dequeuing walks the buckets
 * like the days of a calendar, taking the head of a bucket if it falls in the current "day". The
 * order is exactly `(time, key)` whatever the layout, so ties never depend on internals.
 *
 * The bucket count doubles or halves with the number of entries, and the width is re-estimated
 * from the spacing of the earliest entries whenever it resizes, or when the work per operation
 * shows the width no longer fits the event spacing. Times must be integers in [0, 2^53) and a
 * push must never be earlier than the last entry taken (the kernel never schedules in the past).
 */
export class CalendarQueue<T = unknown> {
  /** Time of each node. */
  times: Float64Array;
  /** Secondary key of each node (priority and insertion sequence). */
  keys: Float64Array;
  /** Small tag of each node. */
  kinds: Uint8Array;
  /** Payload of each node. */
  items: (T | undefined)[];
  /** Number of entries. */
  size = 0;

  private next: Int32Array;
  private free = -1;
  private heads: Int32Array;
  private tails: Int32Array;
  private mask: number;
  private width: number;
  /** Bucket of the current day, and the end (exclusive) of that day. */
  private cur = 0;
  private curEnd: number;
  /** Cached minimum node (-1 when unknown). */
  private minNode = -1;
  /** Adaptive width: list/bucket steps and dequeues in the current window, and its time span. */
  private steps = 0;
  private dequeues = 0;
  private windowStart = -1;
  private lastTime = 0;

  /**
   * @param capacity - initial node slots (grows by doubling), default 1024.
   * @param width - initial bucket width in µs (re-estimated as entries arrive), default 1000.
   */
  constructor(capacity = 1024, width = 1000) {
    const n = Math.max(16, capacity | 0);
    this.times = new Float64Array(n);
    this.keys = new Float64Array(n);
    this.kinds = new Uint8Array(n);
    this.next = new Int32Array(n);
    this.items = new Array<T | undefined>(n).fill(undefined);
    this.linkFree(0, n);
    const buckets = 16;
    this.heads = new Int32Array(buckets).fill(-1);
    this.tails = new Int32Array(buckets).fill(-1);
    this.mask = buckets - 1;
    this.width = Math.max(1, Math.round(width));
    this.curEnd = this.width;
  }

  /** Adds an entry. Keys must make `(time, key)` unique. */
  push(time: number, key: number, kind: number, item: T): void {
    if (this.free < 0) this.growPool();
    const node = this.free;
    this.free = this.next[node]!;
    this.times[node] = time;
    this.keys[node] = key;
    this.kinds[node] = kind;
    this.items[node] = item;
    const w = this.width;
    const day = Math.floor(time / w);
    if (time < this.curEnd - w) {
      // Earlier than the current day (possible after a peek that was not followed by a pop).
      this.cur = day & this.mask;
      this.curEnd = (day + 1) * w;
    }
    const m = this.minNode;
    if (m >= 0 && (time < this.times[m]! || (time === this.times[m]! && key < this.keys[m]!)))
      this.minNode = -1;
    this.insert(node, day & this.mask);
    if (++this.size > 2 * (this.mask + 1)) this.resize((this.mask + 1) * 2, 0);
  }

  /**
   * The node holding the smallest `(time, key)`, or -1 when empty. Read it through `times`,
   * `keys`, `kinds` and `items`; it stays valid until the next push or removal.
   */
  first(): number {
    if (this.minNode >= 0) return this.minNode;
    if (this.size === 0) return -1;
    const heads = this.heads;
    const times = this.times;
    const w = this.width;
    const nb = this.mask + 1;
    let b = this.cur;
    let end = this.curEnd;
    for (let scanned = 0; scanned < nb; scanned++) {
      const h = heads[b]!;
      if (h >= 0 && times[h]! < end) {
        this.cur = b;
        this.curEnd = end;
        this.steps += scanned;
        this.minNode = h;
        return h;
      }
      b = (b + 1) & this.mask;
      end += w;
    }
    // A whole year without an entry: jump straight to the earliest head.
    let best = -1;
    for (let i = 0; i < nb; i++) {
      const h = heads[i]!;
      if (
        h >= 0 &&
        (best < 0 ||
          times[h]! < times[best]! ||
          (times[h] === times[best] && this.keys[h]! < this.keys[best]!))
      ) {
        best = h;
      }
    }
    this.steps += 2 * nb;
    const day = Math.floor(times[best]! / w);
    this.cur = day & this.mask;
    this.curEnd = (day + 1) * w;
    this.minNode = best;
    return best;
  }

  /** Removes the entry returned by `first()` (call `first()` before). */
  removeFirst(): void {
    const node = this.minNode >= 0 ? this.minNode : this.first();
    if (node < 0) return;
    // The minimum is the head of the current bucket.
    const b = this.cur;
    const nx = this.next[node]!;
    this.heads[b] = nx;
    if (nx < 0) this.tails[b] = -1;
    this.items[node] = undefined;
    this.next[node] = this.free;
    this.free = node;
    this.minNode = -1;
    this.lastTime = this.times[node]!;
    const nb = this.mask + 1;
    if (--this.size < nb >> 2 && nb > 16) this.resize(nb >> 1, this.spacing());
    else if (++this.dequeues >= WINDOW) this.adapt();
    else if (this.windowStart < 0) this.windowStart = this.lastTime;
  }

  /** Removes every entry. */
  clear(): void {
    this.items.fill(undefined);
    this.heads.fill(-1);
    this.tails.fill(-1);
    this.linkFree(0, this.times.length);
    this.size = 0;
    this.minNode = -1;
  }

  /** Current bucket width (µs) and count, for diagnostics and tests. */
  get shape(): { width: number; buckets: number } {
    return { width: this.width, buckets: this.mask + 1 };
  }

  /** Links node `node` into bucket `b`, keeping the bucket sorted by (time, key). */
  private insert(node: number, b: number): void {
    const times = this.times;
    const keys = this.keys;
    const next = this.next;
    const t = times[node]!;
    const k = keys[node]!;
    const tail = this.tails[b]!;
    // Common case: later than everything in the bucket (same-time bursts arrive in key order).
    if (tail < 0 || times[tail]! < t || (times[tail] === t && keys[tail]! < k)) {
      next[node] = -1;
      if (tail < 0) this.heads[b] = node;
      else next[tail] = node;
      this.tails[b] = node;
      return;
    }
    let prev = -1;
    let it = this.heads[b]!;
    let steps = 1;
    while (it >= 0) {
      const ti = times[it]!;
      if (ti > t || (ti === t && keys[it]! > k)) break;
      prev = it;
      it = next[it]!;
      steps++;
    }
    this.steps += steps;
    next[node] = it;
    if (prev < 0) this.heads[b] = node;
    else next[prev] = node;
  }

  /** Average time between dequeued entries in the current window (0 if unknown). */
  private spacing(): number {
    return this.windowStart >= 0 && this.dequeues > 1
      ? (this.lastTime - this.windowStart) / (this.dequeues - 1)
      : 0;
  }

  /**
   * End of a window of dequeues: Brown's rule wants a bucket width of about three times the
   * spacing of successive events. Re-fit when the width is off by more than 2× or the work per
   * dequeue (bucket scans and list walks) has grown.
   */
  private adapt(): void {
    const spacing = this.spacing();
    const work = this.steps / this.dequeues;
    this.steps = 0;
    this.dequeues = 0;
    this.windowStart = -1;
    if (spacing <= 0) return;
    const target = 3 * spacing;
    if (target > 2 * this.width || target < 0.5 * this.width || work > 4) this.resize(this.mask + 1, spacing);
  }

  /**
   * Rebuilds with `buckets` buckets; the width is three times `spacing` when known, or fitted to
   * the spacing of the earliest entries.
   */
  private resize(buckets: number, spacing: number): void {
    const nodes: number[] = [];
    for (let b = 0; b <= this.mask; b++) {
      for (let it = this.heads[b]!; it >= 0; it = this.next[it]!) nodes.push(it);
    }
    const times = this.times;
    const keys = this.keys;
    nodes.sort((a, b) => times[a]! - times[b]! || keys[a]! - keys[b]!);
    this.width = spacing > 0 ? Math.max(1, Math.round(3 * spacing)) : estimateWidth(nodes, times, this.width);
    this.heads = new Int32Array(buckets).fill(-1);
    this.tails = new Int32Array(buckets).fill(-1);
    this.mask = buckets - 1;
    for (const node of nodes) {
      const b = Math.floor(times[node]! / this.width) & this.mask;
      this.next[node] = -1;
      const tail = this.tails[b]!;
      if (tail < 0) this.heads[b] = node;
      else this.next[tail] = node;
      this.tails[b] = node;
    }
    const start = nodes.length > 0 ? times[nodes[0]!]! : this.curEnd - this.width;
    const day = Math.floor(start / this.width);
    this.cur = day & this.mask;
    this.curEnd = (day + 1) * this.width;
    this.minNode = -1;
  }

  private growPool(): void {
    const old = this.times.length;
    const n = old * 2;
    const times = new Float64Array(n);
    times.set(this.times);
    const keys = new Float64Array(n);
    keys.set(this.keys);
    const kinds = new Uint8Array(n);
    kinds.set(this.kinds);
    const next = new Int32Array(n);
    next.set(this.next);
    this.times = times;
    this.keys = keys;
    this.kinds = kinds;
    this.next = next;
    for (let i = old; i < n; i++) this.items.push(undefined);
    this.linkFree(old, n);
  }

  private linkFree(from: number, to: number): void {
    for (let i = to - 1; i >= from; i--) {
      this.next[i] = this.free;
      this.free = i;
    }
  }
}

/** Dequeues per adaptation window. */
const WINDOW = 2048;

/**
 * Brown's rule: three times the average spacing of the earliest entries, ignoring spacings more
 * than twice the first average (a few far-future entries must not stretch the calendar).
 */
function estimateWidth(sorted: readonly number[], times: Float64Array, current: number): number {
  const m = Math.min(sorted.length, 64);
  if (m < 2) return current;
  let sum = 0;
  for (let i = 1; i < m; i++) sum += times[sorted[i]!]! - times[sorted[i - 1]!]!;
  const avg = sum / (m - 1);
  let kept = 0;
  let keptSum = 0;
  for (let i = 1; i < m; i++) {
    const gap = times[sorted[i]!]! - times[sorted[i - 1]!]!;
    if (gap <= 2 * avg) {
      keptSum += gap;
      kept++;
    }
  }
  const spacing = kept > 0 ? keptSum / kept : avg;
  return spacing > 0 ? Math.max(1, Math.round(3 * spacing)) : current;
}
