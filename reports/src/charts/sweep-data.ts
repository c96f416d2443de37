/**
 * Input of the sweep-curves chart and its extraction from a `SweepResult`: for each objective,
 * the estimate its verdict was judged on (e.g. the p99 service outage duration) at every swept value; or,
 * for a bare metric, its mean. Targets are only drawn where they apply to what is plotted.
 */
import type { Interval } from "@resilab/sim-core";
import { objectiveRows, targetsFor } from "../analysis";
import { metricInfo } from "../metrics";
import type { SweepResult } from "../sweep-result";

/** One topology's curve: an interval at each swept value. */
export interface SweepSeries {
  name: string;
  points: { value: number; estimate: Interval }[];
}

/** The chart's input. */
export interface SweepCurvesData {
  /** Dotted path of the swept parameter, e.g. "faults.controller.mttr". */
  parameter: string;
  /** Metric whose unit the values are in. */
  metric: string;
  /** What is plotted, e.g. "p99 service outage duration" or "mean availability". */
  quantity: string;
  series: SweepSeries[];
  targets: { label: string; value: number }[];
  cheapest: { topology: string; value: number } | null;
}

/** "p99 service outage duration", "mean availability": what an objective's estimate is an estimate of. */
function quantityOf(metric: string, stat: string | undefined): string {
  return `${stat ?? "mean"} ${metricInfo(metric).label.toLowerCase()}`;
}

function topologyNames(sweep: SweepResult): string[] {
  return sweep.points[0]?.result.topologies.map((t) => t.topology) ?? [];
}

function cheapestOf(sweep: SweepResult): SweepCurvesData["cheapest"] {
  return sweep.cheapest ? { topology: sweep.cheapest.topology, value: sweep.cheapest.value } : null;
}

/** Curves of one objective's estimate (from its verdicts) across the sweep, with its target. */
export function sweepObjectiveCurvesData(sweep: SweepResult, objective: string): SweepCurvesData {
  const first = sweep.points[0]?.result;
  const row = first ? objectiveRows(first).find((o) => o.name === objective) : undefined;
  const series = topologyNames(sweep).map((name) => ({
    name,
    points: sweep.points.flatMap((p) => {
      const v = p.result.verdicts.find((x) => x.name === objective && x.topology === name);
      return v && Number.isFinite(v.estimate.mean) ? [{ value: p.value, estimate: v.estimate }] : [];
    }),
  }));
  return {
    parameter: sweep.parameter,
    metric: row?.objective.metric ?? "",
    quantity: row ? quantityOf(row.objective.metric, row.objective.stat) : objective,
    series,
    targets: row ? [{ label: row.name, value: row.objective.target }] : [],
    cheapest: cheapestOf(sweep),
  };
}

/** Curves of a metric's mean across the sweep, with the targets of objectives on that mean. */
export function sweepMetricCurvesData(sweep: SweepResult, metric: string): SweepCurvesData {
  const series = topologyNames(sweep).map((name) => ({
    name,
    points: sweep.points.flatMap((p) => {
      const t = p.result.topologies.find((x) => x.topology === name);
      const estimate = (t?.metrics as Partial<Record<string, Interval>> | undefined)?.[metric];
      return estimate && Number.isFinite(estimate.mean) ? [{ value: p.value, estimate }] : [];
    }),
  }));
  const first = sweep.points[0]?.result;
  return {
    parameter: sweep.parameter,
    metric,
    quantity: quantityOf(metric, "mean"),
    series,
    targets: first ? targetsFor(first, metric, true).map(({ label, value }) => ({ label, value })) : [],
    cheapest: cheapestOf(sweep),
  };
}

/** One curve set per objective of the sweep, then cost; without objectives, availability, outage duration and cost. */
export function sweepCurvesSets(sweep: SweepResult): SweepCurvesData[] {
  const first = sweep.points[0]?.result;
  const objectives = first ? objectiveRows(first) : [];
  const metrics = objectives.length > 0 ? ["cost"] : ["availability", "outageDuration", "cost"];
  return [
    ...objectives.map((o) => sweepObjectiveCurvesData(sweep, o.name)),
    ...metrics.map((m) => sweepMetricCurvesData(sweep, m)),
  ];
}
