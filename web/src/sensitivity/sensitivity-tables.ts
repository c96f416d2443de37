/**
 * The sensitivity view's tables as text cells (React escapes them; nothing is markup): the
 * parameters to vary, the overall ranking, the verdicts that flip (the CLI report's rows), and
 * per objective and topology the parameters ranked by how far they move its estimate.
 */
import {
  flipRows,
  formatMetricValue,
  formatNumber,
  formatParameterValue,
  parameterRangeText,
} from "@resilab/reports";
import type { ObjectiveSensitivity, Parameter, SensitivityResult } from "@resilab/sim-core";

/** A table of text: the first `rowHeaders` cells of a row name it. */
import type { TextTable } from "../charts/text-table";

export type { TextTable };

/** The parameters a study varies: name, path, base (range) and how `--uncertainty` would draw it. */
export function parameterTable(parameters: readonly Parameter[]): TextTable {
  return {
    header: ["Parameter", "Path", "Base (range)", "Draw"],
    rows: parameters.map((p) => [p.name, p.path, parameterRangeText(p), p.draw]),
    rowHeaders: 1,
  };
}

/** The overall ranking: most verdicts flipped first, then the mean relative swing (or μ*). */
export function rankingTable(result: SensitivityResult): TextTable {
  return {
    header: [
      "Rank",
      "Parameter",
      result.method === "morris" ? "Mean relative μ*" : "Mean relative swing",
      "Verdicts it flips",
    ],
    rows: result.ranking.map((r, i) => [String(i + 1), r.parameter, formatNumber(r.score), String(r.flips)]),
    rowHeaders: 2,
  };
}

/** Every verdict that flips within a range: the CLI report's flip table. */
export function flipTable(result: SensitivityResult): TextTable {
  return {
    header: [
      "Objective",
      "Topology",
      "Base (verdict)",
      "Parameter",
      "Verdict: base → flipping end",
      "Flips at",
      "Unsettled between",
      "Found by",
    ],
    rows: flipRows(result),
    rowHeaders: 0,
  };
}

/** One objective of one topology: its parameters by swing (tornado) or μ* (Morris), with the flip. */
export function effectTable(os: ObjectiveSensitivity, parameters: readonly Parameter[]): TextTable {
  const byName = new Map(parameters.map((p) => [p.name, p]));
  const value = (v: number) => formatMetricValue(os.metric, v);
  const morris = os.effects.some((e) => e.morris !== null);
  if (morris)
    return {
      header: ["Parameter", "μ*", "μ", "σ"],
      rows: os.effects.map((e) => [
        e.parameter,
        value(e.morris?.muStar ?? Number.NaN),
        value(e.morris?.mu ?? Number.NaN),
        value(e.morris?.sigma ?? Number.NaN),
      ]),
      rowHeaders: 1,
    };
  return {
    header: ["Parameter", "At its low end", "At its high end", "Swing", "Verdict flip"],
    rows: os.effects.map((e) => {
      const p = byName.get(e.parameter);
      const end = (x: (typeof e)["low"]) =>
        x === null ? "n/a" : `${value(x.value)} (${x.verdict}) at ${p ? formatParameterValue(p, x.x) : x.x}`;
      const f = e.flip;
      const flip =
        f === null
          ? "none in range"
          : `${f.from} → ${f.to} toward ${f.toward}${f.at === null || p === undefined ? "" : `, at ${formatParameterValue(p, f.at)}`}`;
      return [e.parameter, end(e.low), end(e.high), value(e.swing), flip];
    }),
    rowHeaders: 1,
  };
}

/** "availability >= 99.6% — single-vm": how an objective of a topology is named in the view. */
export function objectiveLabel(os: ObjectiveSensitivity): string {
  return `${os.objective} — ${os.topology}`;
}

/** The headline of a finished study (as the CLI's report words it). */
export function studyHeadline(result: SensitivityResult): string {
  const flips = flipRows(result).length;
  const top = result.ranking[0]?.parameter;
  if (flips === 0 && result.method === "morris")
    return `${top ?? "No parameter"} moves the objectives most (Morris μ* over ${result.parameters.length} parameters).`;
  if (flips === 0)
    return `No verdict flips within the ranges of ${result.parameters.length} parameters${top ? `; ${top} moves the objectives most` : ""}.`;
  return `${flips} verdict${flips === 1 ? "" : "s"} would flip within the ranges; ${top} decides the most.`;
}
