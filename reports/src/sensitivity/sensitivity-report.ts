/**
 * The self-contained HTML report of a sensitivity study: the ranking of the assumptions, the
 * verdicts that would flip and where, a tornado chart per objective and topology, and the
 * parameters with their ranges. Every scenario-supplied string is escaped by the markup helpers.
 */
import type { SensitivityResult } from "@resilab/sim-core";
import { formatMetricValue } from "../format";
import { figure, type ReportSection, reportPage } from "../html/page";
import { htmlTag, text } from "../markup";
import { parameterRangeText } from "./parameter-format";
import { rankingChart } from "./ranking-chart";
import { flipRows } from "./sensitivity-rows";
import { tornadoChart } from "./tornado-chart";

function table(head: readonly string[], rows: readonly string[][]): string {
  const th = (s: string) => htmlTag("th", { scope: "col" }, text(s));
  return htmlTag(
    "div",
    { class: "table-wrap" },
    htmlTag(
      "table",
      { class: "rl-metrics" },
      htmlTag("thead", {}, htmlTag("tr", {}, ...head.map(th))),
      htmlTag(
        "tbody",
        {},
        ...rows.map((r) => htmlTag("tr", {}, ...r.map((c) => htmlTag("td", {}, text(c))))),
      ),
    ),
  );
}

/** The study as one HTML document; `chartWidth` default 960. */
export function renderSensitivityHtml(
  result: SensitivityResult,
  options: { chartWidth?: number } = {},
): string {
  const width = options.chartWidth ?? 960;
  const flips = flipRows(result);
  const top = result.ranking[0];
  const headline =
    flips.length === 0 && result.method === "morris"
      ? `${top?.parameter ?? "No parameter"} moves the objectives most (Morris μ* over ${result.parameters.length} parameters).`
      : flips.length === 0
        ? `No verdict flips within the ranges of ${result.parameters.length} parameters${top ? `; ${top.parameter} moves the objectives most` : ""}.`
        : `${flips.length} verdict${flips.length === 1 ? "" : "s"} would flip within the ranges; ${top?.parameter} decides the most.`;
  const method =
    result.method === "tornado"
      ? "one at a time (tornado): each parameter at its low and high end, the others at base"
      : `Morris elementary effects over ${result.trajectories} seeded trajectories (μ*, σ)`;
  const defaults = result.defaultAssumptions
    ? " The scenario lists no assumptions: the default set (every fault class's MTBF and MTTR, then platform timings, each 0.5×–2×) was used."
    : "";
  const tornadoes = result.objectives
    .filter((os) => os.effects.some((e) => e.swing > 0))
    .map((os) =>
      figure(
        tornadoChart(os, result.parameters, { width }),
        `Bars: the estimate with one parameter at its low (light) and high (dark) end; solid line: base; dashed: target ${formatMetricValue(os.metric, os.target)}.`,
      ),
    );
  const sections: ReportSection[] = [
    {
      id: "ranking",
      title: "Which assumptions decide the verdicts",
      intro: `Method: ${method}; ${result.replications} replications per point on common random numbers (the same seeds at every point), ${result.runs} runs in all.${defaults}`,
      body: figure(
        rankingChart(result, { width }),
        "Red: the parameter flips at least one verdict within its range.",
      ),
    },
    {
      id: "flips",
      title: "Verdicts that would flip",
      intro:
        "Where each flip happens: the value where the estimate meets the target (interpolated between the nearest points either side, after bisection when it ran), and the band of values where the verdict is inconclusive at these replications.",
      body:
        flips.length === 0
          ? htmlTag(
              "p",
              {},
              text(
                result.method === "morris"
                  ? "Morris ranks the parameters; the tornado method (--method tornado) locates verdict flips."
                  : "None within the ranges studied.",
              ),
            )
          : table(
              ["Objective", "Topology", "Base", "Parameter", "Flips", "At", "Unsettled between", "Found by"],
              flips,
            ),
    },
  ];
  if (result.method === "tornado")
    sections.push({
      id: "tornado",
      title: "Tornado charts",
      intro:
        "One chart per objective and topology whose estimate moves; parameters with the largest swing on top.",
      body: tornadoes.join("") || htmlTag("p", {}, text("No parameter moves any estimate.")),
    });
  else
    sections.push({
      id: "morris",
      title: "Morris indices",
      intro:
        "μ*: mean absolute change of the estimate per whole range of the parameter (importance); σ: spread of those changes (interactions, non-linearity).",
      body: table(
        ["Objective", "Topology", "Parameter", "μ*", "μ", "σ"],
        result.objectives.flatMap((os) =>
          os.effects
            .slice(0, 5)
            .map((e) => [
              os.objective,
              os.topology,
              e.parameter,
              formatMetricValue(os.metric, e.morris?.muStar ?? Number.NaN),
              formatMetricValue(os.metric, e.morris?.mu ?? Number.NaN),
              formatMetricValue(os.metric, e.morris?.sigma ?? Number.NaN),
            ]),
        ),
      ),
    });
  sections.push({
    id: "parameters",
    title: "Parameters and their ranges",
    intro: "Base value (the scenario's), range studied, and how --uncertainty would draw it.",
    body: table(
      ["Parameter", "Path", "Base (range)", "Draw"],
      result.parameters.map((p) => [p.name, p.path, parameterRangeText(p), p.draw]),
    ),
  });

  return reportPage(result, "Resilab sensitivity", headline, sections);
}
