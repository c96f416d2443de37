/**
 * Dense counts over a contiguous range of integer bucket indices, with a hard cap on the number of
 * buckets: past the cap, the lowest buckets are merged into one (DDSketch's "collapsing lowest"
 * store), so memory never grows with the number of observations.
 */
export class LogBucketStore {
  /** counts[j] belongs to bucket index offset + j. */
  private counts: number[] = [];
  private offset = 0;
  /** True once the lowest buckets were merged: indices below `offset` then land in the lowest bucket. */
  private collapsed = false;
  total = 0;

  constructor(readonly maxBuckets: number) {}

  /** Number of buckets currently allocated (≤ maxBuckets). */
  get size(): number {
    return this.counts.length;
  }

  add(index: number, weight = 1): void {
    if (this.counts.length === 0) {
      this.offset = index;
      this.counts.push(0);
    }
    if (index < this.offset) {
      if (this.collapsed) index = this.offset;
      else {
        this.counts = new Array<number>(this.offset - index).fill(0).concat(this.counts);
        this.offset = index;
      }
    } else if (index >= this.offset + this.counts.length) {
      const grow = index - this.offset - this.counts.length + 1;
      for (let i = 0; i < grow; i++) this.counts.push(0);
    }
    this.counts[index - this.offset]! += weight;
    this.total += weight;
    if (this.counts.length > this.maxBuckets) this.collapseLowest();
  }

  /** Calls `fn(index, count)` for every non-empty bucket, lowest index first, until it returns true. */
  visit(fn: (index: number, count: number) => boolean): void {
    for (let j = 0; j < this.counts.length; j++) {
      const c = this.counts[j]!;
      if (c > 0 && fn(this.offset + j, c) === true) return;
    }
  }

  private collapseLowest(): void {
    const excess = this.counts.length - this.maxBuckets;
    let merged = 0;
    for (let j = 0; j <= excess; j++) merged += this.counts[j]!;
    this.counts = this.counts.slice(excess);
    this.counts[0] = merged;
    this.offset += excess;
    this.collapsed = true;
  }
}
