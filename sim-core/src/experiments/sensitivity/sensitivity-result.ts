/** The result document of `resilab sensitivity` (JSON, versioned; charts and tables read it). */
import type { Objective } from "../../model/scenario-types";
import type { Parameter } from "./assumption-types";
import type { FlipPoint } from "./flip-point";
import type { MorrisIndex } from "./morris";
import type { PointEstimate } from "./point-estimates";
import type { SensitivityMethod } from "./sensitivity-design";

/** One parameter's effect on one objective of one topology. */
export interface ParameterEffect {
  parameter: string;
  /** Tornado: the estimate with the parameter at its low and high end (others at base). */
  low: (PointEstimate & { x: number }) | null;
  high: (PointEstimate & { x: number }) | null;
  /** |estimate(high) − estimate(low)| for tornado; μ* (per whole range) for Morris. */
  swing: number;
  /** Morris only: μ*, μ, σ of the elementary effects. */
  morris: MorrisIndex | null;
  /** Tornado: where the verdict would flip within the range; null when it does not. */
  flip: FlipPoint | null;
}

/** How one objective of one topology responds to the parameters, most influential first. */
export interface ObjectiveSensitivity {
  objective: string;
  metric: Objective["metric"];
  op: Objective["op"];
  target: number;
  topology: string;
  base: PointEstimate;
  effects: ParameterEffect[];
}

/** A parameter's overall rank across every objective and topology. */
export interface ParameterRank {
  parameter: string;
  /** Mean over objectives × topologies of its swing relative to the largest swing there (0–1). */
  score: number;
  /** Verdicts (objective × topology) it flips within its range (tornado). */
  flips: number;
}

export interface SensitivityResult {
  schemaVersion: 1;
  kind: "sensitivity";
  tool: { name: "resilab"; version: string };
  scenario: { name: string; hash: string; description: string | null };
  seed: number;
  method: SensitivityMethod;
  replications: number;
  /** Morris trajectories (0 for tornado). */
  trajectories: number;
  /** True when the scenario listed no assumptions and the default set was used. */
  defaultAssumptions: boolean;
  parameters: Parameter[];
  /** Simulation runs behind the result (bisection rounds included). */
  runs: number;
  objectives: ObjectiveSensitivity[];
  ranking: ParameterRank[];
}
