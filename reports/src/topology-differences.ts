/**
 * "What differs between the topologies": the settings whose values are not the same in every
 * topology of a comparison (from the result's `topologyDifferences`), one row per setting and one
 * column per topology, as Markdown and as an HTML table. Setting paths and values come from the
 * scenario (untrusted text): every cell is escaped.
 */
import { type ExperimentResult, type TopologyDifference, topologyDifferencesOf } from "@resilab/sim-core";
import { htmlTag, text } from "./markup";
import { markdownTable, md } from "./writers/markdown-table";

/** The section's title and its one-line reading, shared by the Markdown and the HTML report. */
export const TOPOLOGY_DIFFERENCES_TITLE = "What differs between the topologies";
export const TOPOLOGY_DIFFERENCES_INTRO =
  "The settings whose values differ between the topologies; every other setting (workload, faults, executors, in-flight policy, restart and repair, platform, prices) is the same in all of them. A dash: the topology has no such component.";

/** The differences of a result with the topology names as columns (none for a single topology). */
export function topologyDifferenceRows(result: ExperimentResult): {
  names: string[];
  rows: readonly TopologyDifference[];
} {
  return { names: result.topologies.map((t) => t.topology), rows: topologyDifferencesOf(result) };
}

/** The Markdown table (empty string when nothing differs). */
export function topologyDifferencesMarkdown(result: ExperimentResult): string {
  const { names, rows } = topologyDifferenceRows(result);
  if (rows.length === 0) return "";
  return markdownTable(
    ["Setting", ...names.map(md)],
    rows.map((r) => [`\`${r.setting.replace(/[^A-Za-z0-9_.]/g, "")}\``, ...r.values.map(md)]),
  );
}

/** The HTML table (empty string when nothing differs). */
export function topologyDifferencesHtml(result: ExperimentResult): string {
  const { names, rows } = topologyDifferenceRows(result);
  if (rows.length === 0) return "";
  const head = htmlTag(
    "tr",
    {},
    htmlTag("th", { scope: "col" }, "Setting"),
    ...names.map((n) => htmlTag("th", { scope: "col" }, text(n))),
  );
  const body = rows.map((r) =>
    htmlTag(
      "tr",
      {},
      htmlTag("th", { scope: "row" }, text(r.setting)),
      ...r.values.map((v) => htmlTag("td", {}, text(v))),
    ),
  );
  return htmlTag(
    "div",
    { class: "table-wrap" },
    htmlTag(
      "table",
      { class: "rl-metrics rl-differences" },
      htmlTag("thead", {}, head),
      htmlTag("tbody", {}, ...body),
    ),
  );
}
