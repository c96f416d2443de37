/**
 * The verdict table as an HTML fragment: one row per objective, one column per topology, each
 * cell the status word (MET, MISSED, INCONCLUSIVE), the estimate and its confidence interval,
 * the model's note (no events observed, events censored at the horizon) and for inconclusive
 * cells the replications estimated to settle it. Styles are inline so the
 * fragment looks right wherever it is inserted; class names (`rl-*`) allow restyling.
 */
import type { ExperimentResult, ObjectiveVerdict, Verdict } from "@resilab/sim-core";
import { type ObjectiveRow, objectiveRows, statusWord, topologyStatus, verdictReading } from "../analysis";
import { formatMetricValue, formatNumber } from "../format";
import { htmlTag, text } from "../markup";
import { OKABE_ITO, verdictColor } from "./palette";

/** The table's input. */
export interface VerdictTableData {
  objectives: ObjectiveRow[];
  topologies: string[];
  verdicts: ObjectiveVerdict[];
  /** Each topology's overall status (worst verdict), in `topologies` order. */
  overall: (Verdict | null)[];
}

/** Objectives, topologies and verdicts of a result. */
export function verdictTableData(result: ExperimentResult): VerdictTableData {
  const topologies = result.topologies.map((t) => t.topology);
  return {
    objectives: objectiveRows(result),
    topologies,
    verdicts: result.verdicts,
    overall: topologies.map((t) => topologyStatus(result, t)),
  };
}

const TINT: Record<Verdict, string> = { met: "#E6F4EF", missed: "#FBEAE0", inconclusive: "#FCF3DE" };
const CELL = "padding:6px 10px;border:1px solid #DDDDDD;text-align:left;vertical-align:top;";

function statusCell(verdict: Verdict | null, ...details: string[]): string {
  const style =
    verdict === null
      ? CELL
      : `${CELL}background:${TINT[verdict]};border-left:4px solid ${verdictColor(verdict)};`;
  return htmlTag(
    "td",
    { class: `rl-verdict rl-${verdict ?? "none"}`, style },
    htmlTag("strong", {}, text(statusWord(verdict))),
    ...details.map((d) => `<br>${htmlTag("span", { style: "font-size:0.9em;color:#444444" }, text(d))}`),
  );
}

function verdictCell(v: ObjectiveVerdict | undefined): string {
  if (v === undefined) return htmlTag("td", { class: "rl-verdict rl-none", style: CELL }, "not evaluated");
  const { interval: f, note } = verdictReading(v);
  const details = f === null ? [] : [f.estimate, `${f.level} CI ${f.range}`];
  if (note !== null) details.push(note);
  if (v.verdict === "inconclusive" && v.replicationsNeeded !== null) {
    details.push(`about ${formatNumber(v.replicationsNeeded)} replications would settle it`);
  }
  return statusCell(v.verdict, ...details);
}

/** Renders the table as an HTML string (a `<table>` element). */
export function verdictTableHtml(data: VerdictTableData): string {
  const th = (content: string, scope: "col" | "row") =>
    htmlTag("th", { scope, style: `${CELL}background:#F4F4F4;` }, text(content));
  const head = htmlTag(
    "tr",
    {},
    th("Objective", "col"),
    th("Target", "col"),
    ...data.topologies.map((t) => th(t, "col")),
  );
  const rows = data.objectives.map((o) => {
    const op = o.objective.op === "<=" ? "≤" : "≥";
    const stat = o.objective.stat && o.objective.stat !== "mean" ? `${o.objective.stat} ` : "";
    const target = `${stat}${op} ${formatMetricValue(o.objective.metric, o.objective.target)}`;
    const cells = data.topologies.map((t) =>
      verdictCell(data.verdicts.find((v) => v.name === o.name && v.topology === t)),
    );
    return htmlTag("tr", {}, th(o.name, "row"), htmlTag("td", { style: CELL }, text(target)), ...cells);
  });
  const overall = htmlTag(
    "tr",
    { class: "rl-overall" },
    th("Every objective", "row"),
    htmlTag("td", { style: CELL }, ""),
    ...data.overall.map((s) => statusCell(s)),
  );
  const caption = htmlTag(
    "caption",
    { style: "text-align:left;font-weight:600;padding:4px 0;" },
    text(
      "Service-level verdicts: met, missed or inconclusive, with confidence intervals across replications",
    ),
  );
  return htmlTag(
    "table",
    {
      class: "rl-verdict-table",
      style: `border-collapse:collapse;font-size:14px;border-top:3px solid ${OKABE_ITO.blue};`,
    },
    caption,
    htmlTag("thead", {}, head),
    htmlTag("tbody", {}, ...rows, overall),
  );
}
