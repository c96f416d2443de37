/**
 * Expands a topology as written (a preset plus overrides, or a fully composed config) into the
 * complete `TopologyConfig` the simulation runs. Overrides are deep-merged: objects merge key by
 * key, arrays and scalars replace.
 */
import { invalid } from "../errors";
import { presetConfig } from "./presets";
import { PRESET_NAMES, type TopologyConfig, type TopologySpec } from "./scenario-types";

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

/** A distribution spec is replaced whole: merging a lognormal into a uniform would mix their fields. */
function isDistribution(value: Record<string, unknown>): boolean {
  return typeof value.kind === "string" && DISTRIBUTION_KINDS.has(value.kind);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
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

/** The full configuration of the `index`-th topology of a scenario. */
export function expandTopology(spec: TopologySpec, index: number): TopologyConfig {
  const preset = spec.preset ?? "single";
  if (!PRESET_NAMES.includes(preset)) {
    invalid(`topologies.${index}.preset`, preset, `one of ${PRESET_NAMES.join(", ")}`);
  }
  const merged = deepMerge(presetConfig(preset), spec.overrides ?? {});
  return { ...merged, name: spec.name ?? preset, preset };
}
