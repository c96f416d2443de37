/**
 * Who made a result document and from what — the tool and its version, the scenario (name, hash,
 * description) and the seed — as every document (experiment, sweep, sensitivity, uncertainty)
 * and every line of runs.jsonl carries it, so that any figure can be traced to its input.
 */
import type { Scenario } from "../model/scenario-types";
import { scenarioHash } from "./scenario-hash";

/** The identity fields of a result document. */
export interface DocumentIdentity {
  tool: { name: "resilab"; version: string };
  scenario: { name: string; hash: string; description: string | null };
  seed: number;
}

/** The identity of a document made by `toolVersion` from `scenario`. */
export function documentIdentity(scenario: Scenario, toolVersion: string): DocumentIdentity {
  return {
    tool: { name: "resilab", version: toolVersion },
    scenario: {
      name: scenario.name,
      hash: scenarioHash(scenario),
      description: scenario.description ?? null,
    },
    seed: scenario.seed,
  };
}
