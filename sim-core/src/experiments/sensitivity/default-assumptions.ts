/**
 * The assumptions a sensitivity study uses when the scenario lists none: every stochastic fault
 * class's time between failures and time to repair, then the platform timings most designs
 * depend on — each from half to twice its value (0.5×–2×, drawn log-uniformly: as likely halved
 * as doubled). Order: fault classes as the scenario lists them (mtbf before mttr), then the
 * platform; `--params N` keeps the first N.
 */
import { ValidationError } from "../../errors";
import type { Scenario } from "../../model/scenario-types";
import type { AssumptionSpec } from "./assumption-types";
import { readPath } from "./parameter-path";

/** The factor range of every default assumption. */
export const DEFAULT_FACTOR: [number, number] = [0.5, 2];

/** Preset values shared by the designs that have them (only those the scenario's topologies agree on are used). */
const PLATFORM_PATHS = [
  "shared.failover.detection",
  "shared.executors.startup.podStart",
  "shared.executors.startup.imagePull",
  "shared.platform.toleration",
  "shared.sharedStore.reconnect",
];

function exists(scenario: Scenario, path: string): boolean {
  try {
    readPath(scenario, path);
    return true;
  } catch (error) {
    if (error instanceof ValidationError) return false;
    throw error;
  }
}

export function defaultAssumptions(scenario: Scenario): AssumptionSpec[] {
  const out: AssumptionSpec[] = [];
  const add = (path: string) => out.push({ path, factor: DEFAULT_FACTOR, distribution: "log-uniform" });
  for (const [name, spec] of Object.entries(scenario.faults)) {
    if (name === "chaos" || typeof spec !== "object" || spec === null || Array.isArray(spec)) continue;
    const cls = spec as Record<string, unknown>;
    add(`faults.${name}.${cls.timeToFailure !== undefined ? "timeToFailure" : "mtbf"}`);
    add(`faults.${name}.${cls.repair !== undefined ? "repair" : "mttr"}`);
  }
  for (const path of PLATFORM_PATHS) if (exists(scenario, path)) add(path);
  return out;
}
