/**
 * Lead-time distribution per topology (trigger to done, per pipeline) against the lead-time
 * objectives: how failures stretch the time to deliver a change.
 */
import type { ExperimentResult } from "@resilab/sim-core";
import { targetsFor } from "../analysis";
import { type DistributionChartData, distributionRows } from "./distribution-rows";
import { type ChartOptions, resolveFrame } from "./options";

/** The chart's input, extracted from a result by {@link leadTimeDistributionData}. */
export type LeadTimeDistributionData = DistributionChartData;

/** Lead-time distributions of every topology and the lead-time objectives' targets (seconds). */
export function leadTimeDistributionData(result: ExperimentResult): LeadTimeDistributionData {
  return {
    series: result.topologies.map((t) => ({ name: t.topology, summary: t.leadTime })),
    targets: targetsFor(result, "leadTime").map(({ label, value }) => ({ label, value })),
  };
}

/** Renders the lead-time chart as an SVG string; default 720 px wide, 52 px per topology. */
export function leadTimeDistributionChart(
  data: LeadTimeDistributionData,
  options: ChartOptions = {},
): string {
  const frame = resolveFrame(options, {
    width: 720,
    height: 120 + data.targets.length * 14 + Math.max(1, data.series.length) * 52,
    title: "Pipeline lead time per topology",
  });
  return distributionRows(data, {
    frame,
    axisLabel: "Lead time, trigger to done (log scale)",
    noun: "pipelines",
  });
}
