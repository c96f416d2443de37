/**
 * An HTML table of every metric per topology (rows: metrics; columns: topologies), each cell the
 * estimate with its confidence interval. The report's reference table under the charts.
 */
import type { ExperimentResult, Interval } from "@resilab/sim-core";
import { formatInterval } from "../format";
import { htmlTag, text, voidTag } from "../markup";
import { metricInfo, orderedMetricNames } from "../metrics";

/** Renders the table (wrapped for horizontal scrolling on narrow screens). */
export function metricsTableHtml(result: ExperimentResult): string {
  const names = result.topologies.map((t) => t.topology);
  const all = Object.assign({}, ...result.topologies.map((t) => t.metrics)) as object;
  const rows = orderedMetricNames(all).map((m) =>
    htmlTag(
      "tr",
      {},
      htmlTag("th", { scope: "row" }, text(metricInfo(m).label)),
      ...result.topologies.map((t) => {
        const i = (t.metrics as Partial<Record<string, Interval>>)[m];
        if (!i) return htmlTag("td", {}, "n/a");
        const f = formatInterval(m, i);
        return htmlTag("td", {}, text(f.estimate), voidTag("br"), htmlTag("small", {}, text(f.range)));
      }),
    ),
  );
  const head = htmlTag(
    "tr",
    {},
    htmlTag("th", { scope: "col" }, "Metric"),
    ...names.map((n) => htmlTag("th", { scope: "col" }, text(n))),
  );
  return htmlTag(
    "div",
    { class: "table-wrap" },
    htmlTag("table", { class: "rl-metrics" }, htmlTag("thead", {}, head), htmlTag("tbody", {}, ...rows)),
  );
}
