/**
 * The unit of a swept parameter, from its path, so a sweep report's axis reads "controller MTTR
 * in min" over 5, 10, 20, 40 instead of the raw seconds 300 … 2,400. Topology settings take their
 * unit from sim-core's one list of setting units; fault and workload durations are named here.
 * Only the drawing and the text change: the sweep result keeps sim-core's units (seconds, fractions).
 */
import { settingUnit } from "@resilab/sim-core";
import { durationUnit, formatDuration, formatNumber } from "../format";
import type { SweepCurvesData } from "./sweep-data";

/** Keys of a fault class or workload entry that hold seconds. */
const DURATION_KEYS = new Set(["mtbf", "mttr", "duration", "interval", "horizon", "warmup", "at"]);
/** Keys that hold fractions. */
const FRACTION_KEYS = new Set(["flakyProbability", "coverage", "hang", "slow", "crash", "probability"]);

/** "duration", "fraction" or "number" for the swept `path`. */
export function sweepParameterUnit(path: string): "duration" | "fraction" | "number" {
  const topology = /^(?:topologies\.\d+\.overrides|shared)\.(.+)$/.exec(path);
  if (topology) {
    const unit = settingUnit(topology[1]!);
    return unit === "duration" || unit === "fraction" ? unit : "number";
  }
  const last = path.slice(path.lastIndexOf(".") + 1);
  if (DURATION_KEYS.has(last)) return "duration";
  if (FRACTION_KEYS.has(last)) return "fraction";
  return "number";
}

/** One swept value as text in the parameter's unit ("20 min", "95 %", "3"). */
export function formatSweptValue(path: string, value: number): string {
  const unit = sweepParameterUnit(path);
  if (unit === "duration") return formatDuration(value);
  if (unit === "fraction") return `${formatNumber(value * 100)} %`;
  return formatNumber(value);
}

/** `data` with its x values in the parameter's display unit and the unit in the axis label. */
export function sweepDataInUnits(data: SweepCurvesData): SweepCurvesData {
  const unit = sweepParameterUnit(data.parameter);
  if (unit === "number") return data;
  const values = data.series.flatMap((s) => s.points.map((p) => p.value));
  const display =
    unit === "duration" ? durationUnit(Math.max(0, ...values.map(Math.abs))) : { name: "%", seconds: 0.01 };
  const scale = (v: number) => v / display.seconds;
  return {
    ...data,
    parameter: `${data.parameter} (${display.name})`,
    series: data.series.map((s) => ({
      ...s,
      points: s.points.map((p) => ({ ...p, value: scale(p.value) })),
    })),
    cheapest: data.cheapest && { ...data.cheapest, value: scale(data.cheapest.value) },
  };
}
