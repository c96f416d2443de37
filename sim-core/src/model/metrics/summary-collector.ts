/**
 * Collects a per-event metric (seconds) in bounded memory: count, mean and max exactly,
 * quantiles from the streaming sketch, and a fixed log-spaced histogram for charts.
 */

import { pow } from "../../stats/portable-math";
import { QuantileSketch } from "../../stats/quantile-sketch";
import type { DistributionSummary } from "../result-types";

/** Upper bounds (seconds) of the chart histogram: 1 s … ~11.6 days, 4 buckets per decade. */
export const HISTOGRAM_BOUNDS: readonly number[] = Array.from({ length: 25 }, (_, i) =>
  Number(pow(10, i / 4).toPrecision(3)),
);

export class SummaryCollector {
  private readonly sketch = new QuantileSketch();
  private readonly counts = new Array<number>(HISTOGRAM_BOUNDS.length + 1).fill(0);
  private n = 0;
  private sum = 0;
  private maximum = 0;

  add(x: number): void {
    this.n++;
    this.sum += x;
    if (x > this.maximum) this.maximum = x;
    this.sketch.add(x);
    let i = 0;
    while (i < HISTOGRAM_BOUNDS.length && x > HISTOGRAM_BOUNDS[i]!) i++;
    this.counts[i]!++;
  }

  get count(): number {
    return this.n;
  }

  get mean(): number {
    return this.n === 0 ? 0 : this.sum / this.n;
  }

  summary(): DistributionSummary {
    const q = (p: number) => (this.n === 0 ? 0 : this.sketch.quantile(p));
    return {
      count: this.n,
      mean: this.mean,
      max: this.maximum,
      p50: q(0.5),
      p90: q(0.9),
      p95: q(0.95),
      p99: q(0.99),
      histogram: { bounds: [...HISTOGRAM_BOUNDS, Number.MAX_VALUE], counts: [...this.counts] },
      sketch: this.sketch.toData(),
    };
  }
}
