/**
 * The self-contained HTML report of an uncertainty run: for each objective and topology, the
 * usual interval at the scenario's values (simulation noise only) beside the total interval over
 * the parameter draws, the split of the variance between parameters and replications, and the
 * share of draws that meet the objective; then the parameters and their draws.
 */
import type { UncertaintyResult } from "@resilab/sim-core";
import { type ReportSection, reportPage } from "../html/page";
import { htmlTag, text } from "../markup";
import { formatParameterValue, parameterRangeText } from "./parameter-format";
import { UNCERTAINTY_HEAD, uncertaintyRows } from "./uncertainty-rows";

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

export function renderUncertaintyHtml(result: UncertaintyResult): string {
  const open = result.verdicts.filter((v) => v.verdict !== v.base.verdict).length;
  const headline =
    open === 0
      ? `Every verdict stands under the parameter uncertainty (${result.draws} draws × ${result.replications} replications).`
      : `${open} verdict${open === 1 ? "" : "s"} change${open === 1 ? "s" : ""} once parameter uncertainty is counted (${result.draws} draws × ${result.replications} replications).`;
  const sections: ReportSection[] = [
    {
      id: "verdicts",
      title: "Verdicts with parameter uncertainty",
      intro:
        "At base: the usual 95 % interval at the scenario's own values (simulation noise only). Total: 2.5–97.5 % of the estimates over the parameter draws (parameters and noise). The variance of those estimates is split into the parameters' part and the replications' part (each draw's own interval).",
      body: table(UNCERTAINTY_HEAD, uncertaintyRows(result)),
    },
    {
      id: "parameters",
      title: "Uncertain parameters",
      intro: "Base value and range (from the assumptions), the shape of the draws (Latin hypercube, seeded).",
      body: table(
        ["Parameter", "Path", "Base (range)", "Draw", "Draws (first 8)"],
        result.parameters.map((p, j) => [
          p.name,
          p.path,
          parameterRangeText(p),
          p.draw,
          result.samples
            .slice(0, 8)
            .map((s) => formatParameterValue(p, s[j]!))
            .join(", "),
        ]),
      ),
    },
  ];
  return reportPage(result, "Resilab uncertainty", headline, sections);
}
