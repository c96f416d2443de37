/**
 * Where a verdict flips: between the base and the end of a parameter's range where the estimate
 * is on the other side of the target, the value at which the estimate meets the target — linear
 * interpolation between the two nearest points either side (the tornado ends, or the last
 * bisection bracket) — and the band of values where the verdict is inconclusive (where the 95 %
 * interval straddles the target, each bound interpolated likewise between the nearest probes whose
 * verdict is settled). Outside that band the verdict is settled: its ends bound the flip value.
 */
import type { Objective } from "../../model/scenario-types";
import type { PointEstimate } from "./point-estimates";

/** Which side of the target an estimate is on; null when it cannot be told (no estimate). */
export type Side = "good" | "bad";

export function sideOf(o: Pick<Objective, "op" | "target">, e: PointEstimate | null): Side | null {
  if (e === null) return null;
  if (e.verdict === "met") return "good";
  if (e.verdict === "missed") return "bad";
  if (!Number.isFinite(e.value)) return null;
  return (o.op === "<=" ? e.value <= o.target : e.value >= o.target) ? "good" : "bad";
}

/** A parameter value with the objective's estimate there. */
export interface Probe {
  x: number;
  estimate: PointEstimate;
}

export interface FlipPoint {
  /** The end of the range toward which the verdict flips. */
  toward: "low" | "high";
  /** Verdicts at the base and at that end. */
  from: PointEstimate["verdict"];
  to: PointEstimate["verdict"];
  /** Interpolated value where the estimate meets the target (null when an estimate is empty). */
  at: number | null;
  /** Values between which the verdict is inconclusive (the flip lies inside): [from, to] ascending. */
  band: [number, number];
  /** How `at` was found. */
  method: "interpolation" | "bisection";
  /** Bisection rounds run (0 for interpolation). */
  rounds: number;
}

/** x where the line through (x0, y0) and (x1, y1) reaches y; null when it does not within [x0, x1]. */
function crossing(x0: number, y0: number, x1: number, y1: number, y: number): number | null {
  if (!Number.isFinite(y0) || !Number.isFinite(y1) || y0 === y1) return null;
  const t = (y - y0) / (y1 - y0);
  if (t < 0 || t > 1) return null;
  return x0 + t * (x1 - x0);
}

/**
 * The flip between `good` (the base side) and `bad` (the other side), both probes of the same
 * objective. `band` falls back to the bracket where a bound does not cross inside it.
 */
export function interpolateFlip(
  o: Pick<Objective, "op" | "target">,
  good: Probe,
  bad: Probe,
): { at: number | null; band: [number, number] } {
  const at = crossing(good.x, good.estimate.value, bad.x, bad.estimate.value, o.target);
  // The bound that decides "met" leaves the good side first; the other bound decides "missed".
  const metBound = o.op === "<=" ? "upper" : "lower";
  const missBound = o.op === "<=" ? "lower" : "upper";
  const a = crossing(good.x, good.estimate[metBound], bad.x, bad.estimate[metBound], o.target) ?? good.x;
  const b = crossing(good.x, good.estimate[missBound], bad.x, bad.estimate[missBound], o.target) ?? bad.x;
  return { at, band: a <= b ? [a, b] : [b, a] };
}
