import { confidenceInterval, type Interval } from "@resilab/sim-core";

/**
 * Streaming batch means for one long run: drops the first `warmup` observations, then averages
 * fixed-size batches, so a million-job run keeps `batches` numbers instead of a million.
 */
export class BatchMeans {
  private readonly sums: Float64Array;
  private readonly counts: Float64Array;
  private readonly size: number;
  private seen = 0;

  /**
   * @param total - observations expected (jobs).
   * @param warmup - observations to drop at the start.
   * @param batches - number of batches, default 20.
   */
  constructor(
    total: number,
    private readonly warmup: number,
    private readonly batches = 20,
  ) {
    this.size = Math.max(1, Math.floor((total - warmup) / batches));
    this.sums = new Float64Array(batches);
    this.counts = new Float64Array(batches);
  }

  add(x: number): void {
    const i = this.seen++ - this.warmup;
    if (i < 0) return;
    const b = Math.floor(i / this.size);
    if (b >= this.batches) return;
    this.sums[b]! += x;
    this.counts[b]!++;
  }

  /** 95 % t-interval of the mean over the complete batches (undefined with fewer than 2). */
  interval(): Interval | undefined {
    const means: number[] = [];
    for (let b = 0; b < this.batches; b++)
      if (this.counts[b] === this.size) means.push(this.sums[b]! / this.size);
    return means.length >= 2 ? confidenceInterval(means, 0.95) : undefined;
  }
}
