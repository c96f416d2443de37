/**
 * The baseline comparison in words and numbers, shared by the terminal, Markdown and JUnit
 * renderings: the method line, each row's cells and a one-line explanation.
 */
import { formatMetric } from "../format/numbers";
import type { BaselineComparison, RegressionRow } from "./compare-baseline";

/** "REGRESSION", "ok" or "not tested". */
export function statusText(row: RegressionRow): string {
  return row.status === "regression" ? "REGRESSION" : row.status === "ok" ? "ok" : "not tested";
}

/** A p-value with two significant digits ("< 0.0001" below that). */
export function formatP(p: number | null): string {
  if (p === null) return "—";
  if (p < 1e-4) return "< 0.0001";
  return String(Number(p.toPrecision(2)));
}

function pClause(p: number | null): string {
  const text = formatP(p);
  return text.startsWith("<") ? text : `= ${text}`;
}

/** The change current − baseline with its 95 % interval, in the metric's unit. */
export function formatChange(row: RegressionRow): string {
  if (row.change === null) return "—";
  const f = (v: number) => formatMetric(row.metric, v, true);
  const { estimate, lower, upper } = row.change;
  const sign = (v: number) => (v > 0 ? "+" : "");
  if (lower === upper) return `${sign(estimate)}${f(estimate)}`;
  return `${sign(estimate)}${f(estimate)} [${f(lower)}, ${f(upper)}]`;
}

/** A mean in the metric's unit. */
export function formatMean(row: RegressionRow, which: "baselineMean" | "currentMean"): string {
  const v = row[which];
  return Number.isFinite(v) ? formatMetric(row.metric, v) : "—";
}

/** One sentence per row, for JUnit messages. */
export function explainRow(row: RegressionRow, comparison: BaselineComparison): string {
  if (row.status === "not-tested") {
    return `not tested: fewer than 2 ${comparison.mode === "paired" ? "paired replications" : "replications per run"} with a value`;
  }
  const verdict =
    row.status === "regression"
      ? "significantly worse than the baseline"
      : "no significant regression against the baseline";
  return (
    `${verdict}: baseline ${formatMean(row, "baselineMean")}, now ${formatMean(row, "currentMean")}, ` +
    `change ${formatChange(row)} (95% CI, n = ${row.n}), one-sided p ${pClause(row.p)}, ` +
    `Holm level ${formatP(row.threshold)} (α = ${comparison.alpha}, family of ${comparison.familySize})`
  );
}

/** The method, in one paragraph. */
export function methodText(c: BaselineComparison): string {
  return (
    `Baseline ${c.baseline.source} (scenario ${c.baseline.scenarioName}, hash ${c.baseline.scenarioHash}, ` +
    `seed ${c.baseline.seed}, resilab ${c.baseline.toolVersion}). ${c.mode === "paired" ? "Paired" : "Not paired"}: ${c.reason}. ` +
    `Test: ${c.test}, Holm–Bonferroni over ${c.familySize} objective × topology pair${c.familySize === 1 ? "" : "s"}, ` +
    `familywise error rate ≤ ${c.alpha}.`
  );
}

/** The headline: how many regressions. */
export function headline(c: BaselineComparison): string {
  return c.regressions === 0
    ? "No significant regression against the baseline."
    : `${c.regressions} significant regression${c.regressions === 1 ? "" : "s"} against the baseline.`;
}
