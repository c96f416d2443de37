/**
 * Reading and writing a scenario parameter by its dotted path. The scenario file need not write
 * the value: a path under `shared.` or `topologies.<i>.overrides.` may name a value the preset
 * supplies (`shared.failover.detection`), read from the expanded topologies. Writing creates the
 * objects along such a path, like `resilab sweep` does for overrides.
 */
import { invalid } from "../../errors";
import { expandTopology, isDistribution, isPlainObject } from "../../model/expand-topology";
import type { Scenario } from "../../model/scenario-types";
import { didYouMean } from "../../random/did-you-mean";
import type { DistributionSpec } from "../../random/distribution-spec";

/** What a path holds: a number, or a distribution (scaled by a factor). */
export type PathValue = { kind: "value"; base: number } | { kind: "scale"; base: DistributionSpec };

const SEGMENT = /^[A-Za-z][A-Za-z0-9]*$|^\d+$/;

/** Fields that only take whole numbers. */
const INTEGER_FIELDS = new Set([
  "count",
  "nodes",
  "zones",
  "threshold",
  "capacity",
  "retries",
  "retryBudget",
  "repairCrews",
  "quorum",
  "attempts",
  "teams",
  "checkpoints",
  "stageBuffer",
  "size",
]);

/** Is the field at `path` a whole-number field? */
export function isIntegerField(path: string): boolean {
  return INTEGER_FIELDS.has(path.split(".").at(-1) ?? "");
}

/** The segments of `path`, or a ValidationError at `where`. */
export function pathSegments(path: string, where: string): string[] {
  const keys = typeof path === "string" ? path.split(".") : [];
  if (keys.length === 0 || keys.some((k) => !SEGMENT.test(k)) || keys.includes("__proto__")) {
    invalid(where, path, "a dotted path of field names and list indices, e.g. faults.controller.mttr");
  }
  return keys;
}

/** Walks `keys` from `root`; returns the value and how far it got. */
function walk(root: unknown, keys: readonly string[]): { value: unknown; depth: number; node: unknown } {
  let node: unknown = root;
  for (let i = 0; i < keys.length; i++) {
    if (!isPlainObject(node) && !Array.isArray(node)) return { value: undefined, depth: i, node };
    const next = (node as Record<string, unknown>)[keys[i]!];
    if (next === undefined || !Object.hasOwn(node as object, keys[i]!))
      return { value: undefined, depth: i, node };
    node = next;
  }
  return { value: node, depth: keys.length, node };
}

function classify(value: unknown, path: string, where: string): PathValue {
  if (typeof value === "number" && Number.isFinite(value)) return { kind: "value", base: value };
  if (isDistribution(value)) return { kind: "scale", base: value };
  return invalid(where, path, `a path to a number or a distribution (it holds ${describe(value)})`);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (isPlainObject(value)) return "an object";
  return typeof value === "number" ? String(value) : typeof value;
}

/** The did-you-mean hint for the first missing segment. */
function unknownPath(path: string, where: string, keys: string[], depth: number, node: unknown): never {
  const known = isPlainObject(node) ? Object.keys(node) : [];
  const guess = didYouMean(keys[depth]!, known);
  const prefix = keys.slice(0, depth).join(".");
  const hint =
    guess !== undefined
      ? `did you mean ${[...keys.slice(0, depth), guess, ...keys.slice(depth + 1)].join(".")}?`
      : known.length > 0
        ? `${prefix === "" ? "the scenario" : prefix} has ${known.slice(0, 12).join(", ")}`
        : undefined;
  return invalid(where, path, "a path that exists in the scenario or its expanded topologies", hint);
}

/**
 * What `path` holds in `scenario`: the file's own value, else (under `shared.` or a topology's
 * `overrides.`) the preset value of the expanded topologies, which must agree for `shared.`.
 * Errors are reported at `where` (e.g. `assumptions.2.path`) with a did-you-mean.
 */
export function readPath(scenario: Scenario, path: string, where = "path"): PathValue {
  const keys = pathSegments(path, where);
  const own = walk(scenario, keys);
  if (own.depth === keys.length) return classify(own.value, path, where);
  const configs = configsFor(scenario, keys);
  if (configs === null) return unknownPath(path, where, keys, own.depth, own.node);
  const rest = keys.slice(configs.skip);
  const found = configs.list.map((c) => walk(c, rest));
  const hits = found.filter((f) => f.depth === rest.length);
  if (hits.length === 0) {
    const deepest = found.reduce((a, b) => (b.depth > a.depth ? b : a));
    return unknownPath(path, where, keys, configs.skip + deepest.depth, deepest.node);
  }
  const values = hits.map((h) => classify(h.value, path, where));
  const first = JSON.stringify(values[0]!.base);
  if (values.some((v) => JSON.stringify(v.base) !== first)) {
    invalid(
      where,
      path,
      "a shared value the topologies agree on",
      "the presets differ here; address each topology with topologies.<i>.overrides.… instead",
    );
  }
  return values[0]!;
}

/** The expanded topologies a `shared.` or `topologies.<i>.overrides.` path reads from. */
function configsFor(scenario: Scenario, keys: string[]): { list: unknown[]; skip: number } | null {
  if (keys[0] === "shared" && keys.length > 1) {
    return {
      list: scenario.topologies.map((t, i) => expandTopology(t, i, scenario.shared)),
      skip: 1,
    };
  }
  if (keys[0] === "topologies" && keys[2] === "overrides" && keys.length > 3) {
    const i = Number(keys[1]);
    const spec = scenario.topologies[i];
    if (spec === undefined) return null;
    return { list: [expandTopology(spec, i, scenario.shared)], skip: 3 };
  }
  return null;
}

/** Deep copy of plain data that keeps what JSON would lose (Infinity for "unlimited"). */
export function clonePlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clonePlain) as T;
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clonePlain(v)])) as T;
  }
  return value;
}

/** Sets `path` of `target` (a copy the caller owns) to `value`, creating objects along the way. */
export function writePath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = pathSegments(path, "path");
  let node: Record<string, unknown> = target;
  for (const key of keys.slice(0, -1)) {
    if (!isPlainObject(node[key]) && !Array.isArray(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}
