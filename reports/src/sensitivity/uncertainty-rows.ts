/** Rows of the uncertainty table, shared by the HTML report and the terminal summary. */
import type { UncertaintyResult } from "@resilab/sim-core";
import { formatMetricValue, formatNumber } from "../format";

/** Header of the table. */
export const UNCERTAINTY_HEAD = [
  "Objective",
  "Topology",
  "At base (noise only)",
  "Total 95 % (parameters + noise)",
  "Mean over draws",
  "Variance: parameters / noise",
  "Draws meeting it",
  "Verdict",
] as const;

function range(metric: string, lower: number, upper: number): string {
  return `${formatMetricValue(metric, lower)} – ${formatMetricValue(metric, upper)}`;
}

function percent(x: number): string {
  return Number.isFinite(x) ? `${formatNumber(x * 100)} %` : "n/a";
}

/** One row per objective × topology. */
export function uncertaintyRows(result: UncertaintyResult): string[][] {
  return result.verdicts.map((v) => {
    const t = v.total;
    return [
      v.objective,
      v.topology,
      `${formatMetricValue(v.metric, v.base.value)} [${range(v.metric, v.base.lower, v.base.upper)}] ${v.base.verdict}`,
      t.n === 0 ? "no estimate" : range(v.metric, t.lower, t.upper),
      t.n === 0
        ? "n/a"
        : `${formatMetricValue(v.metric, t.mean)} [${range(v.metric, t.meanLower, t.meanUpper)}]`,
      Number.isFinite(t.parameterShare)
        ? `${percent(t.parameterShare)} / ${percent(1 - t.parameterShare)}`
        : "n/a",
      percent(v.probabilityMet),
      v.verdict,
    ];
  });
}
