/**
 * One unit per row of the verdict table, as the CLI keeps one per column: an objective's
 * durations across topologies (estimate, interval and target) all read in the unit of the
 * target ("p99 ≤ 5 min": "151 min", "3.31 min"; never "2.51 h" next to "3.31 min"). Other metrics
 * already share one unit (%, /h) and keep the reports' formatting.
 */
import { formatNumber, hasEstimate, isUnbounded, metricInfo, verdictReading } from "@resilab/reports";
import type { ObjectiveVerdict } from "@resilab/sim-core";

const UNITS = [
  { name: "s", seconds: 1 },
  { name: "min", seconds: 60 },
  { name: "h", seconds: 3600 },
  { name: "d", seconds: 86_400 },
] as const;

/** The reports' rule (below 2 min in s, below 2 h in min, below 2 d in h, else d), for a set of values. */
export function rowDurationUnit(values: readonly number[]): (typeof UNITS)[number] {
  const largest = Math.max(0, ...values.filter(Number.isFinite).map(Math.abs));
  if (!(largest >= 120)) return UNITS[0];
  if (largest < 7200) return UNITS[1];
  if (largest < 172_800) return UNITS[2];
  return UNITS[3];
}

/** A verdict's estimate and interval as the table shows them. */
export interface RowReading {
  interval: { estimate: string; range: string; level: string } | null;
  note: string | null;
}

/** Readings of a row's verdicts, and its target, in one unit when the metric is a duration. */
export function rowReadings(
  verdicts: readonly ObjectiveVerdict[],
  metric: string,
  target: number,
): { readings: Map<ObjectiveVerdict, RowReading>; target: string | null } {
  const readings = new Map<ObjectiveVerdict, RowReading>();
  if (metricInfo(metric).unit !== "seconds") {
    for (const v of verdicts) readings.set(v, verdictReading(v));
    return { readings, target: null };
  }
  // The target's unit (the number the team agreed on reads as they wrote it); without a
  // positive target, the unit of the row's largest value.
  const values = [target];
  if (!(Number.isFinite(target) && target > 0))
    for (const v of verdicts)
      if (hasEstimate(v.estimate)) values.push(v.estimate.mean, v.estimate.lower, v.estimate.upper);
  const unit = rowDurationUnit(values);
  const bare = (x: number) => formatNumber(x / unit.seconds);
  for (const v of verdicts) {
    const reading = verdictReading(v);
    if (reading.interval === null) {
      readings.set(v, reading);
      continue;
    }
    const e = v.estimate;
    const range = isUnbounded(e)
      ? `${bare(e.lower)} ${unit.name} to ∞`
      : `${bare(e.lower)} to ${bare(e.upper)} ${unit.name}`;
    readings.set(v, {
      interval: { estimate: `${bare(e.mean)} ${unit.name}`, range, level: reading.interval.level },
      note: reading.note,
    });
  }
  return { readings, target: `${bare(target)} ${unit.name}` };
}
