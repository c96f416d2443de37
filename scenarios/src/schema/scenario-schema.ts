/**
 * The scenario file, version 1: the single source of truth for the YAML format, the JSON Schema
 * and the editor. Parsing converts human values to the plain sim-core `Scenario`.
 */
import type { Scenario } from "@resilab/sim-core";
import { z } from "zod";
import { assumptions, checkAssumptionPaths } from "./assumptions-schema";
import { faults } from "./faults-schema";
import { maintenance } from "./maintenance-schema";
import { objective } from "./objective-schema";
import { people } from "./people-schema";
import { strictObject } from "./strict-object";
import { sharedSettings, topology } from "./topology-schema";
import { count, duration, name } from "./values";
import { workload } from "./workload-schema";

/** The scenario format version this release reads and writes. */
export const SCENARIO_FORMAT_VERSION = 1;

/** The whole scenario file. Its output is a `Scenario` plus the `version` field. */
export const scenarioFile = strictObject({
  version: z.literal(SCENARIO_FORMAT_VERSION, {
    error: "1 (the scenario format version this Resilab reads)",
  }),
  name: name("Short name of the scenario, shown in reports."),
  description: z
    .string()
    .exactOptional()
    .describe("The question the scenario answers and its agreed service level."),
  seed: count(0, "Base seed of the experiment; equal seeds give byte-identical results.").max(
    Number.MAX_SAFE_INTEGER,
  ),
  horizon: duration('Simulated time per replication, e.g. "30d".'),
  warmup: duration("Leading time excluded from statistics; default 0.").exactOptional(),
  replications: count(1, "Independent replications per topology."),
  workload,
  faults,
  people: people.exactOptional(),
  maintenance: maintenance.exactOptional(),
  shared: sharedSettings.exactOptional(),
  topologies: z
    .array(topology)
    .min(1, { error: "a list of at least one topology" })
    .describe("The designs to compare."),
  slo: z
    .array(objective)
    .describe('The agreed service level, e.g. ["p99 outageDuration <= 2m", "availability >= 99.9%"].'),
  eventBudget: count(1, "Most events one replication may process; default 2e8.").exactOptional(),
  assumptions: assumptions.exactOptional(),
}).superRefine((file, ctx) => checkAssumptionPaths(toScenario(file), ctx));

/** Drops the format version: what remains is the sim-core `Scenario`. */
export function toScenario(file: z.output<typeof scenarioFile>): Scenario {
  const { version: _version, ...scenario } = file;
  return scenario;
}
