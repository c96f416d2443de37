/**
 * Turns a command line into the experiment to run: the scenario (file or library), the
 * overrides from flags (--seed, --replications, --horizon, --presets), validated again by
 * sim-core so an override that breaks the scenario is reported like a bad file.
 */

import { PRESETS } from "@resilab/scenarios";
import { type PresetName, type Scenario, validateScenario } from "@resilab/sim-core";
import { type Parsed, stringFlag } from "../args/parse";
import { parseDurationFlag, parseInteger } from "../args/values";
import { UsageError } from "../errors";
import { readScenario } from "../io/read-scenario";

/** The scenario after flags, and the label of its source for messages. */
export interface Prepared {
  scenario: Scenario;
  label: string;
  /** Warnings about the scenario file to print on stderr (e.g. bytes that are not UTF-8). */
  warnings: string[];
}

/** `--presets a,b` or `--presets all` → preset names (checked). */
export function parsePresets(value: string): PresetName[] {
  if (value.trim() === "all") return [...PRESETS];
  const names = value.split(",").map((name) => name.trim());
  for (const name of names) {
    if (!(PRESETS as readonly string[]).includes(name)) {
      throw new UsageError(
        `--presets: got ${JSON.stringify(name)}; allowed: "all" or a comma-separated list of ${PRESETS.join(", ")}`,
        "compare",
      );
    }
  }
  return names as PresetName[];
}

/** Adds each preset as a topology unless a topology of that name already exists. */
export function withPresets(scenario: Scenario, presets: readonly PresetName[]): Scenario {
  const names = new Set(scenario.topologies.map((t) => t.name ?? t.preset ?? "single"));
  const added = presets.filter((preset) => !names.has(preset)).map((preset) => ({ preset }));
  return { ...scenario, topologies: [...scenario.topologies, ...added] };
}

/** Applies --seed, --replications and --horizon to a scenario. */
export function applyRunFlags(scenario: Scenario, parsed: Parsed): Scenario {
  const out: Scenario = { ...scenario };
  const seed = stringFlag(parsed, "seed");
  if (seed !== undefined) out.seed = parseInteger("seed", seed, 0);
  const replications = stringFlag(parsed, "replications");
  if (replications !== undefined) out.replications = parseInteger("replications", replications, 1, 100_000);
  const horizon = stringFlag(parsed, "horizon");
  if (horizon !== undefined) out.horizon = parseDurationFlag("horizon", horizon);
  return out;
}

/** Loads the scenario named by the first positional and applies the flags. */
export function prepare(parsed: Parsed, cwd: string): Prepared {
  const source = readScenario(parsed.positionals[0]!, cwd);
  let scenario = applyRunFlags(source.scenario, parsed);
  const presets = stringFlag(parsed, "presets");
  if (presets !== undefined) scenario = withPresets(scenario, parsePresets(presets));
  return { scenario: validateScenario(scenario), label: source.label, warnings: source.warnings };
}
