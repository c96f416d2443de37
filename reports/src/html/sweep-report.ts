/**
 * The self-contained HTML report of a sweep: for each objective, its estimate per topology as
 * the parameter varies (with the target line and the cheapest design meeting the service level
 * ringed), then cost, then a status table per swept value.
 */
import type { Interval } from "@resilab/sim-core";
import { statusWord, topologyStatus } from "../analysis";
import { sweepCurvesChart } from "../charts/sweep-curves";
import { sweepCurvesSets } from "../charts/sweep-data";
import { formatSweptValue, sweepDataInUnits } from "../charts/sweep-parameter-unit";
import { formatMetricValue } from "../format";
import { htmlTag, text } from "../markup";
import type { SweepResult } from "../sweep-result";
import { assertSchemaVersion } from "../writers/json";
import { figure, type ReportSection, reportPage } from "./page";

function statusTable(sweep: SweepResult): string {
  const names = sweep.points[0]?.result.topologies.map((t) => t.topology) ?? [];
  const th = (s: string, scope: "col" | "row") => htmlTag("th", { scope }, text(s));
  const rows = sweep.points.map((p) =>
    htmlTag(
      "tr",
      {},
      th(formatSweptValue(sweep.parameter, p.value), "row"),
      ...names.map((name) => {
        const t = p.result.topologies.find((x) => x.topology === name);
        const cost = (t?.metrics as Partial<Record<string, Interval>> | undefined)?.cost;
        const status = statusWord(topologyStatus(p.result, name));
        return htmlTag(
          "td",
          {},
          htmlTag("strong", {}, text(status)),
          cost ? text(`, ${formatMetricValue("cost", cost.mean)}`) : "",
        );
      }),
    ),
  );
  const head = htmlTag("tr", {}, th(sweep.parameter, "col"), ...names.map((n) => th(n, "col")));
  return htmlTag(
    "div",
    { class: "table-wrap" },
    htmlTag("table", { class: "rl-metrics" }, htmlTag("thead", {}, head), htmlTag("tbody", {}, ...rows)),
  );
}

/** The sweep as one HTML document; `chartWidth` as in `renderHtmlReport` (default 960). */
export function renderSweepHtml(sweep: SweepResult, options: { chartWidth?: number } = {}): string {
  assertSchemaVersion(sweep);
  const width = options.chartWidth ?? 960;
  const first = sweep.points[0]?.result;
  const headline = sweep.cheapest
    ? `Cheapest design meeting every objective: ${sweep.cheapest.topology} at ${sweep.parameter} = ${formatSweptValue(sweep.parameter, sweep.cheapest.value)} (${formatMetricValue("cost", sweep.cheapest.costPerHour)}).`
    : "No design meets every objective at any swept value.";
  const curves = sweepCurvesSets(sweep).map((d) =>
    figure(
      sweepCurvesChart(sweepDataInUnits(d), { width }),
      `Lines: estimate per topology; whiskers: its 95 % confidence interval (an arrow where it runs off the plot).`,
    ),
  );
  const sections: ReportSection[] = [
    {
      id: "curves",
      title: `Sweep over ${sweep.parameter}`,
      intro: `${sweep.points.length} values: ${sweep.points.map((p) => formatSweptValue(sweep.parameter, p.value)).join(", ")}. Each objective's estimate per topology, against its target.`,
      body: curves.join(""),
    },
    {
      id: "status",
      title: "Status and cost per swept value",
      intro: "MET means every objective is met at that value.",
      body: statusTable(sweep),
    },
  ];
  const source = { ...sweep, ...(first ? { replications: first.replications, horizon: first.horizon } : {}) };
  return reportPage(source, "Resilab sweep", headline, sections);
}
