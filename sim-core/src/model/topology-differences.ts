/**
 * What differs between the topologies of a comparison: the settings (dotted paths such as
 * `controllers.hosting` or `failover.detection`) whose values are not the same in every expanded
 * topology, with each topology's value as short readable text. A comparison is only fair when
 * every such difference is the topology itself; this table makes them visible in every output.
 * Pure functions of the configurations.
 */
import type { DistributionSpec } from "../random/distribution-spec";
import { expandTopologies, isDistribution, isPlainObject } from "./expand-topology";
import type { Scenario, TopologyConfig } from "./scenario-types";
import { settingUnit } from "./setting-units";

/** One setting whose value differs between topologies. */
export interface TopologyDifference {
  /** Dotted path of the setting in the composed topology, e.g. `controllers.hosting`. */
  setting: string;
  /** Its value in each topology, in the order of the topologies, as text; "—" where absent. */
  values: string[];
}

/** Shown for a setting a topology does not have (e.g. `failover.*` without a failover manager). */
export const ABSENT = "—";

/** Keys that name a topology rather than configure it. */
const IDENTITY_KEYS = new Set(["name", "preset"]);

type Leaf = string | number | boolean | null | readonly unknown[] | DistributionSpec;

/** The leaves of a configuration by dotted path, in the order they are met. Distributions are leaves. */
function leaves(value: unknown, prefix: string, out: Map<string, Leaf>): void {
  if (!isPlainObject(value) || isDistribution(value)) {
    out.set(prefix, value as Leaf);
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (prefix === "" && IDENTITY_KEYS.has(key)) continue;
    if (child === undefined) continue;
    leaves(child, prefix === "" ? key : `${prefix}.${key}`, out);
  }
}

/** A value's identity for comparison: JSON with sorted keys (Infinity kept apart from null). */
function identity(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "number" && !Number.isFinite(v)) return `__${v}`;
    if (isPlainObject(v))
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, v[k]]),
      );
    return v;
  });
}

/** Shortest readable number: at most 4 significant digits, no trailing zeros. */
function num(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? "unlimited" : String(value);
  return String(Number(value.toPrecision(4)));
}

/** Seconds as in a scenario file: `45s`, `2m`, `1h30m`, `1.5s`. */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return seconds > 0 ? "unlimited" : String(seconds);
  if (seconds < 0) return `−${formatSeconds(-seconds)}`;
  if (seconds === 0) return "0s";
  if (seconds < 60 && !Number.isInteger(seconds)) return `${num(seconds)}s`;
  const whole = Math.round(seconds);
  const parts: string[] = [];
  let rest = whole;
  for (const [unit, size] of [
    ["d", 86_400],
    ["h", 3_600],
    ["m", 60],
    ["s", 1],
  ] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.slice(0, 2).join("");
}

/** A distribution of durations as short text, e.g. `lognormal(median 45s, p95 2m)`. */
export function formatDistribution(spec: DistributionSpec): string {
  const s = formatSeconds;
  switch (spec.kind) {
    case "deterministic":
      return s(spec.value);
    case "uniform":
      return `uniform(${s(spec.min)}, ${s(spec.max)})`;
    case "exponential":
      return `exponential(mean ${s(spec.mean)})`;
    case "erlang":
      return `erlang(k ${num(spec.k)}, mean ${s(spec.mean)})`;
    case "gamma":
      return `gamma(shape ${num(spec.shape)}, scale ${s(spec.scale)})`;
    case "normal": {
      const bounds = [
        spec.min === undefined ? "" : `, min ${s(spec.min)}`,
        spec.max === undefined ? "" : `, max ${s(spec.max)}`,
      ];
      return `normal(mean ${s(spec.mean)}, sd ${s(spec.sd)}${bounds.join("")})`;
    }
    case "lognormal":
      return "median" in spec
        ? `lognormal(median ${s(spec.median)}, p95 ${s(spec.p95)})`
        : `lognormal(mu ${num(spec.mu)}, sigma ${num(spec.sigma)})`;
    case "weibull":
      return `weibull(shape ${num(spec.shape)}, scale ${s(spec.scale)})`;
    case "empirical":
      return `empirical(${spec.samples.length} samples)`;
    case "mixture":
      return `mixture(${spec.components
        .map((c) => `${num(c.weight * 100)} % ${formatDistribution(c.dist)}`)
        .join(", ")})`;
  }
}

/** A setting's value as short text, by what the setting is. */
export function formatSetting(setting: string, value: unknown): string {
  if (value === undefined) return ABSENT;
  if (isDistribution(value)) return formatDistribution(value);
  if (Array.isArray(value)) return value.map((v) => formatSetting(setting, v)).join(", ");
  if (typeof value === "number") {
    switch (settingUnit(setting)) {
      case "duration":
        return formatSeconds(value);
      case "fraction":
        return `${num(value * 100)} %`;
      case "price-hour":
        return `${num(value)}/h`;
      case "price-gb-month":
        return `${num(value)}/GB-month`;
      default:
        return num(value);
    }
  }
  if (value === null) return "null";
  if (isPlainObject(value)) return JSON.stringify(value);
  return String(value);
}

/**
 * The settings whose values differ between the given expanded topologies (in the order the
 * settings first appear), each with every topology's value as text. Fewer than two topologies
 * have no differences.
 */
export function topologyDifferences(configs: readonly TopologyConfig[]): TopologyDifference[] {
  if (configs.length < 2) return [];
  const perTopology = configs.map((config) => {
    const out = new Map<string, Leaf>();
    leaves(config, "", out);
    return out;
  });
  const settings: string[] = [];
  const seen = new Set<string>();
  for (const map of perTopology)
    for (const setting of map.keys())
      if (!seen.has(setting)) {
        seen.add(setting);
        settings.push(setting);
      }
  const out: TopologyDifference[] = [];
  for (const setting of settings) {
    const raw = perTopology.map((map) => (map.has(setting) ? identity(map.get(setting)) : undefined));
    if (raw.every((r) => r === raw[0])) continue;
    out.push({ setting, values: perTopology.map((map) => formatSetting(setting, map.get(setting))) });
  }
  return out;
}

/** The differences between the topologies of a scenario, expanded with its `shared` settings. */
export function scenarioTopologyDifferences(
  scenario: Pick<Scenario, "topologies" | "shared">,
): TopologyDifference[] {
  return topologyDifferences(expandTopologies(scenario));
}

/**
 * The differences an experiment result carries (`topologyDifferences`), or none for a result
 * written before results carried them.
 */
export function topologyDifferencesOf(result: object): TopologyDifference[] {
  const value = (result as { topologyDifferences?: unknown }).topologyDifferences;
  return Array.isArray(value) ? (value as TopologyDifference[]) : [];
}
