/**
 * The sweep chart's x axis in the knob's words: its label (not the field path) and its unit
 * (durations in s, min, h or d, fractions in %), instead of the dotted path in raw seconds.
 * Only the drawing changes; the sweep result and its exports keep sim-core units.
 */
import type { SweepCurvesData } from "@resilab/reports";
import type { KnobUnit } from "../scenario/knob-values";
import { rowDurationUnit } from "./row-units";

/** `data` with the swept values in the knob's display unit and the axis named by `label`. */
export function sweepAxisData(data: SweepCurvesData, label: string, unit: KnobUnit): SweepCurvesData {
  const values = data.series.flatMap((s) => s.points.map((p) => p.value));
  let factor = 1;
  let suffix = "";
  if (unit === "duration") {
    const u = rowDurationUnit(values);
    factor = 1 / u.seconds;
    suffix = ` (${u.name})`;
  } else if (unit === "percent") {
    factor = 100;
    suffix = " (%)";
  } else if (unit === "rate") suffix = " (/h)";
  const scale = (v: number) => v * factor;
  return {
    ...data,
    parameter: `${label}${suffix}`,
    series: data.series.map((s) => ({
      ...s,
      points: s.points.map((p) => ({ ...p, value: scale(p.value) })),
    })),
    cheapest: data.cheapest && { ...data.cheapest, value: scale(data.cheapest.value) },
  };
}
