/** The terminal summary of a sensitivity study and of an uncertainty run. */
import {
  flipRows,
  formatMetricValue,
  formatNumber,
  formatParameterValue,
  UNCERTAINTY_HEAD,
  uncertaintyRows,
} from "@resilab/reports";
import type { SensitivityResult, UncertaintyResult } from "@resilab/sim-core";
import { table } from "./table";

/** Parameters moving each objective most, listed per objective × topology. */
const TOP_MOVERS = 3;

export function sensitivitySummary(result: SensitivityResult): string {
  const method =
    result.method === "tornado"
      ? `tornado (each parameter at its low and high end, the others at base)`
      : `Morris elementary effects (${result.trajectories} trajectories)`;
  const lines = [
    `Sensitivity of ${result.scenario.name}: ${method}; ${result.parameters.length} parameters, ${result.replications} replications per point on common random numbers, ${result.runs} runs.`,
  ];
  if (result.defaultAssumptions)
    lines.push(
      "The scenario lists no assumptions: using the default set (every fault class's MTBF and MTTR, then platform timings, each 0.5×–2×).",
    );
  lines.push("", "Parameters, most decisive first:");
  lines.push(
    table(
      ["parameter", result.method === "morris" ? "relative μ*" : "relative swing", "verdicts flipped"],
      result.ranking.map((r) => [r.parameter, formatNumber(r.score), String(r.flips)]),
    ),
  );
  const flips = flipRows(result);
  const none =
    result.method === "morris"
      ? "Morris ranks the parameters; run --method tornado to locate verdict flips."
      : "No verdict flips within the ranges studied.";
  lines.push("", flips.length === 0 ? none : "Verdicts that would flip:");
  if (flips.length > 0)
    lines.push(
      table(
        ["objective", "topology", "base", "parameter", "flips", "at", "unsettled between", "found by"],
        flips,
        ["l", "l", "l", "l", "l", "r", "l", "l"],
      ),
    );
  const byName = new Map(result.parameters.map((p) => [p.name, p]));
  lines.push("", `What moves each objective most (top ${TOP_MOVERS}):`);
  const rows = result.objectives.map((os) => {
    const movers = os.effects
      .filter((e) => e.swing > 0)
      .slice(0, TOP_MOVERS)
      .map((e) => {
        if (e.low === null || e.high === null)
          return `${e.parameter} (μ* ${formatMetricValue(os.metric, e.swing)})`;
        const p = byName.get(e.parameter)!;
        return `${e.parameter} ${formatParameterValue(p, e.low.x)}→${formatMetricValue(os.metric, e.low.value)}, ${formatParameterValue(p, e.high.x)}→${formatMetricValue(os.metric, e.high.value)}`;
      });
    return [
      os.objective,
      os.topology,
      `${formatMetricValue(os.metric, os.base.value)} ${os.base.verdict}`,
      // Only the varied parameters were tried: say so, not that nothing could move it (with
      // `--params 10` the default set stops before the dependency classes that drive some designs).
      movers.join("; ") || `none of the ${result.parameters.length} varied parameters moves it`,
    ];
  });
  lines.push(table(["objective", "topology", "base", "largest effects"], rows, ["l", "l", "l", "l"]));
  return `${lines.join("\n")}\n`;
}

export function uncertaintySummary(result: UncertaintyResult): string {
  const lines = [
    `Uncertainty of ${result.scenario.name}: ${result.draws} parameter draws (Latin hypercube) × ${result.replications} replications, ${result.parameters.length} uncertain parameters: ${result.parameters.map((p) => p.name).join(", ")}.`,
    "",
    table(UNCERTAINTY_HEAD, uncertaintyRows(result), ["l", "l", "l", "l", "l", "r", "r", "l"]),
  ];
  return `${lines.join("\n")}\n`;
}
