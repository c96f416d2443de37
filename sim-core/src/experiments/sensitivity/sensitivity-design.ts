/**
 * The points a sensitivity study runs and the fixed order of its tasks. Every point runs the same
 * replication indices — the same seeds, so the same commits and the same fault clocks (common
 * random numbers) — and a difference between two points is the parameter's effect, not noise.
 *
 * - tornado: point 0 is the base; points 2j+1 and 2j+2 put parameter j at its low and high;
 * - morris: r trajectories of k + 1 points each (point t(k+1)+s is step s of trajectory t).
 */
import type { Scenario } from "../../model/scenario-types";
import type { RunTask } from "../run-task";
import type { Parameter } from "./assumption-types";
import { type MorrisTrajectory, morrisTrajectories, trajectoryPoints } from "./morris";
import { baseValues, valueAt } from "./parameter-values";

export type SensitivityMethod = "tornado" | "morris";

export const SENSITIVITY_METHODS: readonly SensitivityMethod[] = ["tornado", "morris"];

/** One point: a value for every parameter, run on every topology (or only those listed). */
export interface SensitivityPoint {
  values: number[];
  topologies?: number[];
}

export interface SensitivityDesign {
  method: SensitivityMethod;
  parameters: Parameter[];
  points: SensitivityPoint[];
  /** Morris only: the trajectories behind the points. */
  trajectories: MorrisTrajectory[] | null;
}

/** Base, then each parameter at low and at high with the others at base. */
export function tornadoDesign(parameters: readonly Parameter[]): SensitivityDesign {
  const base = baseValues(parameters);
  const points: SensitivityPoint[] = [{ values: base }];
  parameters.forEach((p, j) => {
    for (const v of [p.low, p.high]) {
      const values = base.slice();
      values[j] = v;
      points.push({ values });
    }
  });
  return { method: "tornado", parameters: [...parameters], points, trajectories: null };
}

/** `r` seeded Morris trajectories; the base point is added last for the verdict table. */
export function morrisDesign(parameters: readonly Parameter[], r: number, seed: number): SensitivityDesign {
  const trajectories = morrisTrajectories(parameters.length, r, seed);
  const points = trajectories.flatMap((t) =>
    trajectoryPoints(t).map((unit) => ({ values: unit.map((u, j) => valueAt(parameters[j]!, u)) })),
  );
  points.push({ values: baseValues(parameters) });
  return { method: "morris", parameters: [...parameters], points, trajectories };
}

/** Index of the base point of a design. */
export function basePointIndex(design: SensitivityDesign): number {
  return design.method === "tornado" ? 0 : design.points.length - 1;
}

/** Every task: points × their topologies × replications, in a fixed order (indices from `offset`). */
export function planSensitivity(
  scenario: Scenario,
  points: readonly SensitivityPoint[],
  offset = 0,
  firstPoint = 0,
): RunTask[] {
  const tasks: RunTask[] = [];
  points.forEach((p, i) => {
    const topologies = p.topologies ?? scenario.topologies.map((_, t) => t);
    for (const topology of topologies) {
      for (let r = 0; r < scenario.replications; r++) {
        tasks.push({ index: offset + tasks.length, point: firstPoint + i, topology, replication: r });
      }
    }
  });
  return tasks;
}
