/**
 * Pools the durations of one topology's replications (outages, interruption recoveries) for the
 * reports: the chart summary of the completed events, how many were censored or never recovered,
 * Kaplan–Meier quantiles with bootstrap-over-replications intervals, and the per-class breakdown
 * that shows which class of failure drives the tail.
 */
import type { CensoredDurations, ClassBreakdown, PooledDurations, RunResult } from "../model/result-types";
import { kaplanMeierQuantile } from "../stats/censored-quantile";
import { eventUnits, intervalPart, pooledEventEstimate } from "./event-estimates";
import { pool } from "./pool-summaries";

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

export function pooledDurations(
  runs: readonly RunResult[],
  read: (r: RunResult) => { all: CensoredDurations; byClass: Record<string, CensoredDurations> },
  seed: string,
): PooledDurations {
  const all = runs.map((r) => read(r).all);
  const interval = (stat: "p50" | "p90" | "p99") =>
    intervalPart(pooledEventEstimate(all, stat, `${seed}/${stat}`));
  const classes = [...new Set(runs.flatMap((r) => Object.keys(read(r).byClass)))].sort();
  const totalOf = (events: CensoredDurations[]) =>
    events.reduce((acc, e) => acc + e.mean * e.count + e.censored.reduce((a, b) => a + b, 0), 0);
  const grandTotal = totalOf(all);
  const byClass: ClassBreakdown[] = classes.map((cls) => {
    const events = runs.map((r) => read(r).byClass[cls] ?? EMPTY_EVENTS);
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
