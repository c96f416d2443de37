/**
 * A validation case: a scenario on the CI/CD model whose measured metric has a closed form
 * (docs/parameters.md, "Validation oracles (closed forms)"). The suite runs it and checks that the
 * closed form lies inside the simulation's 95 % interval, or within a relative-error floor of its mean.
 */
import type { RunResult } from "../../model/result-types";
import type { Scenario } from "../../model/scenario-types";

/** How hard to run: `quick` for the test suite (seconds), `full` for `resilab validate`. */
export type ValidationProfile = "quick" | "full";

export interface ValidationCase {
  id: string;
  title: string;
  /** Where the closed form comes from. */
  reference: string;
  unit: string;
  /** The closed-form value. */
  expected: number;
  /** Accept a relative error up to this even when the interval is narrower (default 0.01). */
  relativeFloor?: number;
  scenario(profile: ValidationProfile): Scenario;
  /** The metric of one replication (of the scenario's first topology). */
  measure(run: RunResult): number;
}

/**
 * A minimal scenario skeleton for oracle checks: one team, a one-stage pipeline, no faults. The
 * closed forms are about repairable components and server pools, so every topology shares a crew
 * repair of its controllers (no automatic restart) and a static pool of executors (no startup).
 */
export function oracleScenario(name: string, parts: Partial<Scenario>): Scenario {
  return {
    name,
    seed: 20_261_127,
    horizon: 86_400,
    replications: 8,
    workload: {
      teams: 1,
      triggers: [{ kind: "poisson", ratePerHour: 0.001 }],
      pipeline: { stages: [{ name: "work", duration: { kind: "deterministic", value: 1 } }] },
    },
    faults: {},
    shared: { controllers: { restart: "manual" }, executors: { kind: "static" } },
    topologies: [{ preset: "single" }],
    slo: [],
    ...parts,
  };
}

/** A boot time of zero: the closed forms count repair time only. */
export const NO_BOOT = { kind: "deterministic", value: 0 } as const;
