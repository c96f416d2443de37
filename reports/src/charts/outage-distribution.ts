/**
 * The two recovery distributions per topology, pooled over replications, against their service
 * levels: service outage durations (how long a team shard stops accepting triggers or showing
 * state, whatever caused it) and interruption recoveries (from a failure until the work it
 * interrupted runs again). The marked median and p99 are the Kaplan–Meier estimates, which count
 * the events still open at the horizon; each row says how many were censored.
 */
import type { ExperimentResult } from "@resilab/sim-core";
import { targetsFor } from "../analysis";
import { DURATION_INFO, type DurationKind, pooledOf } from "../durations";
import { type DistributionChartData, distributionRows } from "./distribution-rows";
import { type ChartOptions, resolveFrame } from "./options";

/** The input of the outage-duration and interruption-recovery charts. */
export type DurationDistributionData = DistributionChartData;

function durationDistributionData(result: ExperimentResult, kind: DurationKind): DurationDistributionData {
  return {
    series: result.topologies.flatMap((t) => {
      const d = pooledOf(t, kind);
      if (d === null) return [];
      return [
        {
          name: t.topology,
          summary: d.summary,
          censored: d.censored,
          never: d.never,
          p50: d.p50.mean,
          p99: d.p99.mean,
        },
      ];
    }),
    targets: targetsFor(result, DURATION_INFO[kind].metric).map(({ label, value }) => ({ label, value })),
  };
}

/** Outage durations of every topology and the outageDuration objectives' targets (seconds). */
export function outageDistributionData(result: ExperimentResult): DurationDistributionData {
  return durationDistributionData(result, "outages");
}

/** Interruption recoveries of every topology and the interruptionRecovery objectives' targets (seconds). */
export function interruptionDistributionData(result: ExperimentResult): DurationDistributionData {
  return durationDistributionData(result, "interruptions");
}

function height(data: DurationDistributionData): number {
  return 120 + data.targets.length * 14 + Math.max(1, data.series.length) * 52;
}

/** One row per topology of a duration distribution, with its title and axis label. */
function durationChart(
  data: DurationDistributionData,
  options: ChartOptions,
  labels: { title: string; axisLabel: string; noun: string },
): string {
  const frame = resolveFrame(options, { width: 720, height: height(data), title: labels.title });
  return distributionRows(data, { frame, axisLabel: labels.axisLabel, noun: labels.noun });
}

/** Renders the service-outage chart as an SVG string; default 720 px wide, 52 px per topology. */
export function outageDistributionChart(data: DurationDistributionData, options: ChartOptions = {}): string {
  return durationChart(data, options, {
    title: "Service outage duration per topology",
    axisLabel: "Service outage, down to serving again (log scale)",
    noun: "outages",
  });
}

/** Renders the interruption-recovery chart as an SVG string; default 720 px wide, 52 px per topology. */
export function interruptionDistributionChart(
  data: DurationDistributionData,
  options: ChartOptions = {},
): string {
  return durationChart(data, options, {
    title: "Interruption recovery per topology",
    axisLabel: "Failure to interrupted work running again (log scale)",
    noun: "interruptions",
  });
}
