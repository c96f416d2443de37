/**
 * Bisection of flip points. A tornado shows that a verdict flips between the base and one end of
 * a parameter's range; each round runs the midpoint of the current bracket (that topology only,
 * the same replication seeds) and keeps the half where the side changes. After n rounds the
 * bracket is 2^n times narrower and the flip value is interpolated inside it. Rounds are
 * sequential by nature, so a sharded study interpolates from the tornado points instead.
 */
import type { Objective } from "../../model/scenario-types";
import { type Probe, sideOf } from "./flip-point";
import type { PointEstimates } from "./point-estimates";
import type { SensitivityDesign, SensitivityPoint } from "./sensitivity-design";

/** A verdict flip being narrowed down: `good` on the base's side, `bad` on the other. */
export interface Bracket {
  objective: number;
  topology: number;
  parameter: number;
  toward: "low" | "high";
  good: Probe;
  bad: Probe;
  /** The nearest probes either side whose verdict is settled (met / missed): they bound the band. */
  settledGood: Probe;
  settledBad: Probe;
  rounds: number;
}

/** The flips a tornado shows: one bracket per (objective, topology, parameter, end) whose side differs from the base. */
export function tornadoBrackets(
  slo: readonly Objective[],
  design: SensitivityDesign,
  estimates: readonly PointEstimates[],
): Bracket[] {
  const out: Bracket[] = [];
  slo.forEach((o, oi) => {
    estimates[0]![oi]!.forEach((base, t) => {
      const baseSide = sideOf(o, base);
      if (base === null || baseSide === null) return;
      design.parameters.forEach((p, j) => {
        // Prefer the nearer flip when both ends flip (rare: a non-monotone response).
        for (const toward of ["low", "high"] as const) {
          const point = 1 + 2 * j + (toward === "low" ? 0 : 1);
          const end = estimates[point]![oi]![t]!;
          const side = sideOf(o, end);
          if (side === null || side === baseSide) continue;
          const good = { x: p.base, estimate: base };
          const bad = { x: toward === "low" ? p.low : p.high, estimate: end };
          out.push({
            objective: oi,
            topology: t,
            parameter: j,
            toward,
            good,
            bad,
            settledGood: good,
            settledBad: bad,
            rounds: 0,
          });
          break;
        }
      });
    });
  });
  return out;
}

function midpoint(design: SensitivityDesign, b: Bracket): number | null {
  const p = design.parameters[b.parameter]!;
  const raw = (b.good.x + b.bad.x) / 2;
  const mid = p.integer ? Math.round(raw) : raw;
  return mid === b.good.x || mid === b.bad.x ? null : mid;
}

/**
 * The points of the next round: one per distinct (parameter, midpoint, topology). `of[i]` is the
 * index (in `points`) that bracket i reads, or −1 when it cannot be split further.
 */
export function bisectionRound(
  design: SensitivityDesign,
  brackets: readonly Bracket[],
): { points: SensitivityPoint[]; of: number[] } {
  const base = design.parameters.map((p) => p.base);
  const keys = new Map<string, number>();
  const points: SensitivityPoint[] = [];
  const of = brackets.map((b) => {
    const mid = midpoint(design, b);
    if (mid === null) return -1;
    const key = `${b.parameter}/${mid}/${b.topology}`;
    let index = keys.get(key);
    if (index === undefined) {
      const values = base.slice();
      values[b.parameter] = mid;
      index = points.length;
      points.push({ values, topologies: [b.topology] });
      keys.set(key, index);
    }
    return index;
  });
  return { points, of };
}

/** Narrows every bracket with the estimates of the round's points (`estimates[of[i]]`). */
export function advanceBrackets(
  slo: readonly Objective[],
  brackets: readonly Bracket[],
  round: { points: SensitivityPoint[]; of: number[] },
  estimates: readonly PointEstimates[],
): Bracket[] {
  return brackets.map((b, i) => {
    const k = round.of[i]!;
    if (k < 0) return b;
    const estimate = estimates[k]![b.objective]![b.topology]!;
    const probe: Probe = { x: round.points[k]!.values[b.parameter]!, estimate };
    const side = sideOf(slo[b.objective]!, estimate);
    const rounds = b.rounds + 1;
    if (side === null) return { ...b, rounds };
    if (side === sideOf(slo[b.objective]!, b.good.estimate)) {
      return {
        ...b,
        good: probe,
        rounds,
        ...(estimate.verdict === "met" || estimate.verdict === "missed" ? { settledGood: probe } : {}),
      };
    }
    return {
      ...b,
      bad: probe,
      rounds,
      ...(estimate.verdict === "met" || estimate.verdict === "missed" ? { settledBad: probe } : {}),
    };
  });
}
