/**
 * Parameter values as people read them: a duration field in s/min/h/d, a probability in %, a
 * factor on a distribution as "×1.5", anything else as a plain number. The unit is told by the
 * field's name (the last segment of its path), as in the scenario format.
 */
import type { Parameter } from "@resilab/sim-core";
import { formatDuration, formatNumber } from "../format";

/** Scenario fields holding durations in seconds (docs/scenario-format.md). */
const DURATION_FIELDS = new Set([
  "mtbf",
  "mttr",
  "detection",
  "toleration",
  "nodeGrace",
  "volumeDetach",
  "lossDetection",
  "partitionDetection",
  "reconnect",
  "replicationLag",
  "period",
  "initial",
  "max",
  "reset",
  "meanInterval",
  "blockedThreshold",
  "horizon",
  "warmup",
]);

/** Scenario fields holding probabilities or fractions. */
const FRACTION_FIELDS = new Set(["coverage", "flakyProbability", "lockContention", "crash", "hang", "slow"]);

/** A value of `p` for tables and charts. */
export function formatParameterValue(p: Pick<Parameter, "path" | "kind">, value: number): string {
  if (p.kind === "scale") return `×${formatNumber(value)}`;
  const field = p.path.split(".").at(-1) ?? "";
  if (DURATION_FIELDS.has(field)) return formatDuration(value);
  if (FRACTION_FIELDS.has(field)) return `${formatNumber(value * 100)} %`;
  return formatNumber(value);
}

/** "7 d (3.5 d – 14 d)": the base and the range. */
export function parameterRangeText(p: Parameter): string {
  return `${formatParameterValue(p, p.base)} (${formatParameterValue(p, p.low)} – ${formatParameterValue(p, p.high)})`;
}
