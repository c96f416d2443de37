/**
 * Expands a topology as written (a preset plus overrides, or a fully composed config) into the
 * complete `TopologyConfig` the simulation runs: the preset, then the scenario's `shared` settings,
 * then the topology's own overrides. Both are deep-merged: objects merge key by key, arrays and
 * scalars replace.
 */
import { invalid } from "../errors";
import type { DistributionSpec } from "../random/distribution-spec";
import { presetConfig } from "./presets";
import {
  PRESET_NAMES,
  type Scenario,
  type TopologyConfig,
  type TopologyOverrides,
  type TopologySpec,
} from "./scenario-types";

/** Components a topology may or may not have: `shared` settings for them apply only where they exist. */
const OPTIONAL_COMPONENTS = ["failover", "router", "sharedStore"] as const;

const DISTRIBUTION_KINDS = new Set([
  "deterministic",
  "uniform",
  "exponential",
  "erlang",
  "gamma",
  "normal",
  "lognormal",
  "weibull",
  "empirical",
  "mixture",
]);

/**
 * A distribution spec (an object whose `kind` names a family). It is one value, never merged or
 * walked into: merging a lognormal into a uniform would mix their fields.
 */
export function isDistribution(value: unknown): value is DistributionSpec {
  return isPlainObject(value) && typeof value.kind === "string" && DISTRIBUTION_KINDS.has(value.kind);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Deep-merges `patch` into a copy of `base`: objects merge key by key; arrays, scalars and
 * distribution specs (objects with a `kind`) replace what was there.
 */
export function deepMerge<T>(base: T, patch: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(patch) || isDistribution(patch))
    return (patch === undefined ? base : patch) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    out[key] = isPlainObject(out[key]) && isPlainObject(value) ? deepMerge(out[key], value) : value;
  }
  return out as T;
}

/**
 * The full configuration of the `index`-th topology of a scenario: its preset, the scenario's
 * `shared` settings (for `failover`, `router` and `sharedStore` only if the topology has that
 * component after its own overrides), then its own overrides.
 */
export function expandTopology(
  spec: TopologySpec,
  index: number,
  shared?: TopologyOverrides,
): TopologyConfig {
  const preset = spec.preset ?? "single";
  if (!PRESET_NAMES.includes(preset)) {
    invalid(`topologies.${index}.preset`, preset, `one of ${PRESET_NAMES.join(", ")}`);
  }
  const base = presetConfig(preset);
  const overrides = spec.overrides ?? {};
  let common: TopologyOverrides = shared ?? {};
  if (isPlainObject(common)) {
    const own = deepMerge(base, overrides) as Partial<TopologyConfig>;
    common = { ...common };
    for (const part of OPTIONAL_COMPONENTS) if (own[part] === undefined) delete common[part];
  }
  const merged = deepMerge(deepMerge(base, common), overrides);
  return { ...merged, name: spec.name ?? preset, preset };
}

/** Every topology of a scenario, expanded with the scenario's `shared` settings. */
export function expandTopologies(scenario: Pick<Scenario, "topologies" | "shared">): TopologyConfig[] {
  return scenario.topologies.map((spec, i) => expandTopology(spec, i, scenario.shared));
}
