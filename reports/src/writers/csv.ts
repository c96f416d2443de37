/**
 * Tidy CSV (one observation per row, one variable per column; RFC 4180 quoting, "\n" line ends).
 * Provenance columns repeat on every row so a row taken out of the file still says where it came
 * from. Text cells that a spreadsheet would run as a formula (leading = + - @, tab or carriage
 * return) get a leading apostrophe; numbers are written in full precision and never altered.
 * An unbounded value (an upper bound of ∞) is written `Inf`, which R and pandas read back as
 * infinity; a missing one (NaN) is an empty cell.
 */
import type { ExperimentResult, Interval } from "@resilab/sim-core";
import { DURATION_INFO, DURATION_KINDS, eventCount, pooledOf } from "../durations";
import { metricInfo, orderedMetricNames } from "../metrics";
import type { SweepResult } from "../sweep-result";
import { assertSchemaVersion } from "./json";

/** A cell value: text is escaped; numbers are written as-is (empty when not finite); null is empty. */
export type CsvValue = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: neutralises formula starts, then quotes when the text holds `,` `"` or a line break. */
export function csvCell(value: CsvValue): string {
  if (value === null) return "";
  if (typeof value === "number") {
    if (value === Number.POSITIVE_INFINITY) return "Inf";
    if (value === Number.NEGATIVE_INFINITY) return "-Inf";
    return Number.isFinite(value) ? String(value) : "";
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV document from a header and rows (each row as long as the header). */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvCell).join(",")}\n`).join("");
}

const BASE_UNIT: Record<string, string> = {
  seconds: "seconds",
  fraction: "fraction",
  count: "count per replication",
  "per-hour": "per hour",
  "per-day": "per day",
  "cost-per-hour": "currency per hour",
};

const PROVENANCE = ["tool", "version", "scenario", "scenario_hash", "seed"] as const;
const INTERVAL = ["mean", "lower", "upper", "half_width", "n", "level"] as const;

function intervalCells(i: Interval): CsvValue[] {
  return [i.mean, i.lower, i.upper, i.halfWidth, i.n, i.level];
}

function provenanceCells(r: ExperimentResult | SweepResult): CsvValue[] {
  return [r.tool.name, r.tool.version, r.scenario.name, r.scenario.hash, r.seed];
}

/** One row per topology × metric: the mean with its confidence interval, in the metric's base unit. */
export function summaryCsv(result: ExperimentResult): string {
  assertSchemaVersion(result);
  const rows: CsvValue[][] = [];
  for (const t of result.topologies) {
    const metrics = t.metrics as Partial<Record<string, Interval>>;
    for (const m of orderedMetricNames(metrics)) {
      const i = metrics[m];
      if (i === undefined) continue;
      rows.push([
        ...provenanceCells(result),
        t.topology,
        m,
        BASE_UNIT[metricInfo(m).unit] ?? "",
        ...intervalCells(i),
      ]);
    }
  }
  return csvDocument([...PROVENANCE, "topology", "metric", "unit", ...INTERVAL], rows);
}

const DURATION_COLUMNS = [
  "topology",
  "metric",
  "component_class",
  "events",
  "completed",
  "censored",
  "never",
  "total_seconds",
  "share",
  "p50",
  "p50_lower",
  "p50_upper",
  "p90",
  "p90_lower",
  "p90_upper",
  "p99",
  "p99_lower",
  "p99_upper",
  "max",
] as const;

/**
 * Service outages and interruption recoveries in seconds, one row per topology × metric × failure
 * class: first the pooled row (`component_class` "all": Kaplan–Meier p50, p90 and p99 with their
 * 95 % bootstrap-over-replications bounds, `Inf` when unbounded), then one row per class that
 * started events (its events, censored, never recovered, event time and share of it, p50, p99, max).
 */
export function durationsCsv(result: ExperimentResult): string {
  assertSchemaVersion(result);
  const rows: CsvValue[][] = [];
  const bounds = (i: Interval): CsvValue[] => [i.mean, i.lower, i.upper];
  for (const t of result.topologies) {
    for (const kind of DURATION_KINDS) {
      const d = pooledOf(t, kind);
      if (d === null) continue;
      const metric = DURATION_INFO[kind].metric;
      const total = d.byClass.reduce((sum, c) => sum + c.total, 0);
      const max = Math.max(d.summary.count > 0 ? d.summary.max : 0, ...d.byClass.map((c) => c.max));
      rows.push([
        ...provenanceCells(result),
        t.topology,
        metric,
        "all",
        eventCount(d),
        d.summary.count,
        d.censored,
        d.never,
        total,
        total > 0 ? 1 : null,
        ...bounds(d.p50),
        ...bounds(d.p90),
        ...bounds(d.p99),
        eventCount(d) > 0 ? max : null,
      ]);
      for (const c of d.byClass) {
        rows.push([
          ...provenanceCells(result),
          t.topology,
          metric,
          c.componentClass,
          eventCount(c),
          c.count,
          c.censored,
          c.never,
          c.total,
          c.share,
          c.p50,
          null,
          null,
          null,
          null,
          null,
          c.p99,
          null,
          null,
          c.max,
        ]);
      }
    }
  }
  return csvDocument([...PROVENANCE, ...DURATION_COLUMNS], rows);
}

/** One row per swept value × topology × metric, like {@link summaryCsv} with the parameter and its value. */
export function sweepCsv(sweep: SweepResult): string {
  assertSchemaVersion(sweep);
  const rows: CsvValue[][] = [];
  for (const point of sweep.points) {
    for (const t of point.result.topologies) {
      const metrics = t.metrics as Partial<Record<string, Interval>>;
      for (const m of orderedMetricNames(metrics)) {
        const i = metrics[m];
        if (i === undefined) continue;
        const unit = BASE_UNIT[metricInfo(m).unit] ?? "";
        rows.push([
          ...provenanceCells(sweep),
          sweep.parameter,
          point.value,
          t.topology,
          m,
          unit,
          ...intervalCells(i),
        ]);
      }
    }
  }
  return csvDocument([...PROVENANCE, "parameter", "value", "topology", "metric", "unit", ...INTERVAL], rows);
}
