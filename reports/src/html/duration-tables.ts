/**
 * The outage and interruption-recovery tables of the HTML report: per topology the
 * censoring-aware p50 and p99 with their intervals and censored counts, and per failure class
 * which class drives the tail. The cells come from `durations.ts` as plain text and are escaped here.
 */
import type { ExperimentResult } from "@resilab/sim-core";
import { classBreakdownTable, type DurationKind, durationSummaryTable, type TextTable } from "../durations";
import { htmlTag, text } from "../markup";

function tableHtml(table: TextTable, caption: string, rowHeaders = 1): string {
  const head = htmlTag("tr", {}, ...table.header.map((h) => htmlTag("th", { scope: "col" }, text(h))));
  const rows = table.rows.map((row) =>
    htmlTag(
      "tr",
      {},
      ...row.map((cell, i) =>
        i < rowHeaders ? htmlTag("th", { scope: "row" }, text(cell)) : htmlTag("td", {}, text(cell)),
      ),
    ),
  );
  return htmlTag(
    "div",
    { class: "table-wrap" },
    htmlTag(
      "table",
      { class: "rl-metrics rl-durations" },
      htmlTag("caption", {}, text(caption)),
      htmlTag("thead", {}, head),
      htmlTag("tbody", {}, ...rows),
    ),
  );
}

/** Outages and interruption recoveries per topology: events (censored, never), p50 and p99 with 95 % intervals. */
export function durationSummaryHtml(result: ExperimentResult): string {
  return tableHtml(
    durationSummaryTable(result),
    "Kaplan–Meier p50 and p99 with 95 % bootstrap-over-replications intervals; ∞: unbounded (censored events, or too few to bound it)",
  );
}

/** The per-class breakdown of one kind: events, censored, share of event time, p50, p99 and max. */
export function classBreakdownHtml(result: ExperimentResult, kind: DurationKind): string {
  const caption =
    kind === "outages"
      ? "Service outages by class of the failure that took the shard down, largest share of outage time first"
      : "Interruption recoveries by class of the failure that interrupted the work, largest share first";
  return tableHtml(classBreakdownTable(result, kind), caption, 2);
}
