/**
 * A small scenario for tests: the library's default comparison cut down to three topologies, two
 * simulated days and three replications, so a whole experiment takes well under a second.
 */
import { loadLibraryScenario } from "@resilab/scenarios";
import { type ExperimentResult, runExperiment, type Scenario, validateScenario } from "@resilab/sim-core";

const DAY_SECONDS = 86_400;

/** The default comparison, small enough for unit tests. */
export function smallScenario(overrides: Partial<Scenario> = {}): Scenario {
  const base = loadLibraryScenario("default-comparison");
  return validateScenario({
    ...base,
    horizon: 2 * DAY_SECONDS,
    replications: 3,
    topologies: base.topologies.slice(0, 3),
    ...overrides,
  });
}

let cached: ExperimentResult | null = null;

/** The small scenario's experiment result (computed once per test file). */
export function smallResult(): ExperimentResult {
  cached ??= runExperiment(smallScenario(), { toolVersion: "test" });
  return cached;
}
