/**
 * Pools the durations of one topology's replications (outages, interruption recoveries) for the
 * reports: the chart summary of the completed events, how many were censored or never recovered,
 * Kaplan–Meier quantiles with bootstrap-over-replications intervals, and the per-class breakdown
 * that shows which class of failure drives the tail.
 */
import type { CensoredDurations, ClassBreakdown, PooledDurations } from "../model/result-types";
import { kaplanMeierQuantile } from "../stats/censored-quantile";
import { eventUnits, intervalPart, pooledEventEstimate } from "./event-estimates";
import { pool } from "./pool-summaries";
import type { ClassedEvents } from "./replication-sample";

const EMPTY_EVENTS: CensoredDurations = {
  count: 0,
  mean: 0,
  max: 0,
  p50: 0,
  p90: 0,
  p95: 0,
  p99: 0,
  histogram: { bounds: [], counts: [] },
  censored: [],
  never: 0,
};

/** Pools the events of one topology's units (replications, or batches of them: replication-batches.ts). */
export function pooledDurations(classed: readonly ClassedEvents[], seed: string): PooledDurations {
  const all = classed.map((u) => u.all);
  const interval = (stat: "p50" | "p90" | "p99") =>
    intervalPart(pooledEventEstimate(all, stat, `${seed}/${stat}`));
  const classes = [...new Set(classed.flatMap((u) => Object.keys(u.byClass)))].sort();
  const totalOf = (events: CensoredDurations[]) =>
    events.reduce((acc, e) => acc + e.mean * e.count + e.censored.reduce((a, b) => a + b, 0), 0);
  const grandTotal = totalOf(all);
  const byClass: ClassBreakdown[] = classes.map((cls) => {
    const events = classed.map((u) => u.byClass[cls] ?? EMPTY_EVENTS);
    const units = eventUnits(events);
    const total = totalOf(events);
    let max = 0;
    for (const e of events) {
      if (e.count > 0 && e.max > max) max = e.max;
      if (e.censored.length > 0 && e.censored[0]! > max) max = e.censored[0]!;
    }
    return {
      componentClass: cls,
      count: events.reduce((a, e) => a + e.count, 0),
      censored: events.reduce((a, e) => a + e.censored.length, 0),
      never: events.reduce((a, e) => a + e.never, 0),
      total,
      share: grandTotal > 0 ? Math.min(1, total / grandTotal) : 0,
      p50: kaplanMeierQuantile(units, 0.5),
      p99: kaplanMeierQuantile(units, 0.99),
      max,
    };
  });
  byClass.sort((a, b) => b.total - a.total || a.componentClass.localeCompare(b.componentClass));
  return {
    summary: pool(all),
    censored: all.reduce((a, e) => a + e.censored.length, 0),
    never: all.reduce((a, e) => a + e.never, 0),
    p50: interval("p50"),
    p90: interval("p90"),
    p99: interval("p99"),
    byClass,
  };
}
