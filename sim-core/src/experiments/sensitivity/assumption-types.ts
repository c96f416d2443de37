/**
 * Assumptions: scenario parameters whose value is not known exactly, with the range (or the
 * distribution) an architect believes. Sensitivity studies move them one at a time or along
 * Morris trajectories; uncertainty runs draw them. Units are the sim-core scenario's (seconds,
 * fractions, per hour); the YAML layer converts the human values.
 */
import type { Scenario } from "../../model/scenario-types";

/** How an uncertainty run draws a parameter between `low` and `high`. */
export type DrawShape = "uniform" | "log-uniform" | "triangular";

export const DRAW_SHAPES: readonly DrawShape[] = ["uniform", "log-uniform", "triangular"];

/** One assumption as written in a scenario's `assumptions:` block (after unit conversion). */
export interface AssumptionSpec {
  /**
   * Dotted path into the scenario, as `resilab sweep --param` takes it: `faults.controller.mttr`,
   * `shared.failover.detection`, `topologies.1.overrides.controllers.count`. A path under `shared`
   * or a topology's `overrides` may name a preset value the file does not write.
   */
  path: string;
  /** Label in tables and charts; default: the path. */
  name?: string;
  /** Lowest plausible value, in the field's unit. */
  low?: number;
  /** Highest plausible value, in the field's unit. */
  high?: number;
  /**
   * Range as factors of the base value, e.g. [0.5, 2]. Required for a path that holds a
   * distribution (every duration of the distribution is multiplied by the factor).
   */
  factor?: [number, number];
  /** How uncertainty runs draw the value in [low, high]; default "uniform" ("triangular" peaks at the base). */
  distribution?: DrawShape;
}

/** A scenario with its `assumptions:` block (the field is part of `Scenario`; kept as a name for readers). */
export type ScenarioWithAssumptions = Scenario;

/**
 * A resolved parameter: what it is, its base and range. A `value` parameter sets the number at
 * `path`; a `scale` parameter multiplies the distribution at `path` (base 1, range = factors).
 */
export interface Parameter {
  name: string;
  path: string;
  kind: "value" | "scale";
  /** The scenario's own value (1 for a scale parameter). */
  base: number;
  low: number;
  high: number;
  draw: DrawShape;
  /** Whole numbers only (a count: controllers, nodes); values are rounded to the nearest integer. */
  integer: boolean;
}
