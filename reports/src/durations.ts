/**
 * The two recovery metrics as tables that the Markdown and HTML reports (and the web lab) share:
 * per topology the censoring-aware (Kaplan–Meier) p50 and p99 of service outages and interruption
 * recoveries with their intervals and censored counts, and per class of the failure that started
 * the events, which class drives the tail. Cells are plain text; each writer escapes them.
 */
import type { ExperimentResult, TopologySummary } from "@resilab/sim-core";
import { formatDurationOrNone, formatInterval, formatNumber } from "./format";

/** Durations pooled over replications (sim-core `PooledDurations`). */
export type PooledDurations = TopologySummary["outages"];
/** One row of the per-class breakdown (sim-core `ClassBreakdown`). */
export type ClassBreakdown = PooledDurations["byClass"][number];

/** The two kinds of duration a topology summary pools. */
export type DurationKind = "outages" | "interruptions";

/** Both kinds, in report order. */
export const DURATION_KINDS: readonly DurationKind[] = ["outages", "interruptions"];

/** What each kind is called and which metric (objective) it is. */
export const DURATION_INFO: Readonly<
  Record<
    DurationKind,
    { metric: "outageDuration" | "interruptionRecovery"; title: string; noun: string; short: string }
  >
> = {
  outages: { metric: "outageDuration", title: "Service outages", noun: "outages", short: "outage" },
  interruptions: {
    metric: "interruptionRecovery",
    title: "Interruption recovery",
    noun: "interruptions",
    short: "interruption recovery",
  },
};

/** A table as plain text: a header and rows of cells, each row as long as the header. */
export interface TextTable {
  header: string[];
  rows: string[][];
}

/** Every event pooled: completed, still open at a horizon (censored) and never recovered. */
export function eventCount(d: {
  summary?: { count: number };
  count?: number;
  censored: number;
  never: number;
}): number {
  return (d.summary?.count ?? d.count ?? 0) + d.censored + d.never;
}

/** "2 censored", "2 censored, 1 never", or "" when every event completed. */
export function censoredPhrase(d: { censored: number; never: number }): string {
  const parts: string[] = [];
  if (d.censored > 0) parts.push(`${formatNumber(d.censored)} censored`);
  if (d.never > 0) parts.push(`${formatNumber(d.never)} never`);
  return parts.join(", ");
}

/** "12" or "12 (2 censored)": the events with how many are censored or never recovered. */
export function eventsCell(d: PooledDurations | ClassBreakdown): string {
  const extra = censoredPhrase(d);
  const n = formatNumber(eventCount(d));
  return extra === "" ? n : `${n} (${extra})`;
}

/** A Kaplan–Meier quantile with its interval, e.g. "22 min [14 min to 31 min]"; "none" without events. */
export function quantileCell(kind: DurationKind, d: PooledDurations, stat: "p50" | "p90" | "p99"): string {
  if (eventCount(d) === 0) return `no ${DURATION_INFO[kind].noun}`;
  const f = formatInterval(DURATION_INFO[kind].metric, d[stat]);
  return f.range === "none" ? f.estimate : `${f.estimate} [${f.range}]`;
}

/** The pooled durations of a topology, tolerating an older result without them. */
export function pooledOf(t: TopologySummary, kind: DurationKind): PooledDurations | null {
  return (t as Partial<Record<DurationKind, PooledDurations>>)[kind] ?? null;
}

/**
 * Per topology: outages (events, censored), their p50 and p99, then the same for interruption
 * recovery. Quantiles are Kaplan–Meier estimates with 95 % bootstrap-over-replications intervals.
 */
export function durationSummaryTable(result: ExperimentResult): TextTable {
  const header = [
    "Topology",
    "Outages",
    "Outage p50 [95% CI]",
    "Outage p99 [95% CI]",
    "Interruptions",
    "Interruption recovery p50 [95% CI]",
    "Interruption recovery p99 [95% CI]",
  ];
  const rows = result.topologies.map((t) => [
    t.topology,
    ...DURATION_KINDS.flatMap((kind) => {
      const d = pooledOf(t, kind);
      if (d === null) return ["n/a", "n/a", "n/a"];
      return [eventsCell(d), quantileCell(kind, d, "p50"), quantileCell(kind, d, "p99")];
    }),
  ]);
  return { header, rows };
}

/**
 * Per topology and class of the failure that started the events: events, censored (and, for
 * interruptions, never recovered), share of all event time, p50, p99 and max — largest share
 * first, so the class that drives the tail is on top.
 */
export function classBreakdownTable(result: ExperimentResult, kind: DurationKind): TextTable {
  const withNever = kind === "interruptions";
  const header = [
    "Topology",
    "Class",
    "Events",
    "Censored",
    ...(withNever ? ["Never"] : []),
    "Share of event time",
    "p50",
    "p99",
    "Max",
  ];
  const rows: string[][] = [];
  for (const t of result.topologies) {
    const d = pooledOf(t, kind);
    if (d === null || d.byClass.length === 0) {
      rows.push([
        t.topology,
        `no ${DURATION_INFO[kind].noun}`,
        "0",
        "0",
        ...(withNever ? ["0"] : []),
        "–",
        "–",
        "–",
        "–",
      ]);
      continue;
    }
    for (const c of d.byClass) {
      rows.push([
        t.topology,
        c.componentClass,
        formatNumber(eventCount(c)),
        formatNumber(c.censored),
        ...(withNever ? [formatNumber(c.never)] : []),
        `${formatNumber(c.share * 100)} %`,
        formatDurationOrNone(c.p50),
        formatDurationOrNone(c.p99),
        formatDurationOrNone(c.max),
      ]);
    }
  }
  return { header, rows };
}
