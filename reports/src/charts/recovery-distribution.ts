/**
 * Recovery-time distribution per topology against the service-level line: how long the service
 * stays down after each failure, pooled over all replications.
 */
import type { ExperimentResult } from "@resilab/sim-core";
import { targetsFor } from "../analysis";
import { type DistributionChartData, distributionRows } from "./distribution-rows";
import { type ChartOptions, resolveFrame } from "./options";

/** The chart's input, extracted from a result by {@link recoveryDistributionData}. */
export type RecoveryDistributionData = DistributionChartData;

/** Recovery distributions of every topology and the recovery-time objectives' targets (seconds). */
export function recoveryDistributionData(result: ExperimentResult): RecoveryDistributionData {
  return {
    series: result.topologies.map((t) => ({ name: t.topology, summary: t.recovery })),
    targets: targetsFor(result, "recoveryTime").map(({ label, value }) => ({ label, value })),
  };
}

/** Renders the recovery-time chart as an SVG string; default 720 px wide, 52 px per topology. */
export function recoveryDistributionChart(
  data: RecoveryDistributionData,
  options: ChartOptions = {},
): string {
  const frame = resolveFrame(options, {
    width: 720,
    height: 120 + data.targets.length * 14 + Math.max(1, data.series.length) * 52,
    title: "Recovery time per topology",
  });
  return distributionRows(data, { frame, axisLabel: "Recovery time (log scale)", noun: "incidents" });
}
