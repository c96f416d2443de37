/**
 * Deterministic shards of a task list, and the shard files that carry their results between
 * machines. Shard i of n takes every task whose index ≡ i−1 (mod n): round-robin spreads every
 * topology and sweep point evenly. Merging all n shard files and summarizing gives the very
 * bytes an unsharded run gives, because results are put back in task-index order.
 */
import {
  canonicalJson,
  expandTopology,
  hash64,
  planRuns,
  planSweep,
  type RunResult,
  type RunTask,
  type Scenario,
  type SweepSpec,
  scenarioAtPoint,
  scenarioHash,
  ValidationError,
  validateScenario,
} from "@resilab/sim-core";
import { z } from "zod";
import type { Shard } from "../args/values";
import { InputError } from "../errors";
import { decodeJson, encodeJson } from "../io/exact-json";
import { parseDocument, runResultSchema } from "../io/result-schema";

/** The format tag and version of a shard file. */
export const SHARD_FORMAT = "resilab-shard";

/** One shard's results and everything needed to merge it. */
export interface ShardFile {
  format: typeof SHARD_FORMAT;
  schemaVersion: 1;
  tool: { name: "resilab"; version: string };
  scenarioHash: string;
  seed: number;
  scenario: Scenario;
  sweep: SweepSpec | null;
  shard: Shard;
  /** Tasks in the whole (unsharded) run. */
  taskCount: number;
  /** `runsDigest(runs)`: catches runs altered or truncated after the shard was written. */
  runsDigest: string;
  runs: { index: number; result: RunResult }[];
}

/**
 * FNV-1a 64 (sim-core's portable hash64) over the canonical JSON of a shard's runs. Not a
 * signature: it catches a file edited by hand or damaged in transit, not a forger who recomputes
 * it (the value checks of `decodeShard` still refuse impossible numbers then).
 */
export function runsDigest(runs: ShardFile["runs"]): string {
  return hash64(canonicalJson(runs));
}

const count = z.custom<number>((v) => Number.isInteger(v) && (v as number) >= 0, "a whole number ≥ 0");

/** Everything of a shard file but the scenario, which sim-core validates itself. */
const shardSchema = z.looseObject({
  tool: z.looseObject({ name: z.literal("resilab"), version: z.string() }),
  scenarioHash: z.string(),
  seed: count,
  scenario: z.looseObject({}),
  sweep: z.union([
    z.null(),
    z.looseObject({ parameter: z.string(), values: z.array(z.custom<number>((v) => typeof v === "number")) }),
  ]),
  shard: z.looseObject({
    index: z.custom<number>((v) => Number.isInteger(v) && (v as number) >= 1, "a whole number ≥ 1"),
    count: z.custom<number>((v) => Number.isInteger(v) && (v as number) >= 1, "a whole number ≥ 1"),
  }),
  taskCount: z.custom<number>(
    (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 1e7,
    "a whole number in [0, 10000000]",
  ),
  runsDigest: z.string(),
  runs: z.array(z.looseObject({ index: count, result: runResultSchema(false) })),
});

/** The tasks of shard `shard` (1-based index of `count`). */
export function shardTasks(tasks: readonly RunTask[], shard: Shard): RunTask[] {
  return tasks.filter((task) => task.index % shard.count === shard.index - 1);
}

/** The file name of a shard: `shard-03-of-16.json`. */
export function shardFileName(shard: Shard): string {
  const width = String(shard.count).length;
  return `shard-${String(shard.index).padStart(width, "0")}-of-${shard.count}.json`;
}

/** Serializes a shard file (non-finite numbers survive; see exact-json). */
export function encodeShard(file: ShardFile): string {
  return `${encodeJson(file)}\n`;
}

function fail(name: string, problem: string): never {
  throw new InputError(`${name}: ${problem}`);
}

/** Parses and checks one shard file's text: its shape, its value ranges and its digests. */
export function decodeShard(text: string, name: string): ShardFile {
  let data: unknown;
  try {
    data = decodeJson(text);
  } catch {
    fail(name, "not a JSON document; allowed: a shard file written by resilab --shard i/n");
  }
  const file = data as Partial<ShardFile> | null;
  if (typeof file !== "object" || file === null || Array.isArray(file) || file.format !== SHARD_FORMAT) {
    fail(name, 'not a shard file (no "format": "resilab-shard"); allowed: files written by --shard i/n');
  }
  if (file.schemaVersion !== 1) fail(name, `shard schemaVersion ${String(file.schemaVersion)}; allowed: 1`);
  if (file.runsDigest === undefined && Array.isArray(file.runs)) {
    fail(
      name,
      "no runsDigest (written before shards carried one); allowed: shards of this version: run them again",
    );
  }
  const checked = parseDocument(shardSchema, file, name) as unknown as ShardFile;
  if (checked.shard.index > checked.shard.count) {
    fail(name, `shard: got ${checked.shard.index}/${checked.shard.count}; allowed: an index in [1, count]`);
  }
  if (scenarioHash(checked.scenario) !== checked.scenarioHash) {
    fail(name, "the embedded scenario does not match its hash (the file was altered or truncated)");
  }
  if (runsDigest(checked.runs) !== checked.runsDigest) {
    fail(name, "runsDigest: the runs do not match their digest (the file was altered or truncated)");
  }
  try {
    validateScenario(checked.scenario);
  } catch (error) {
    if (error instanceof ValidationError) fail(name, `scenario: ${error.message}`);
    throw error;
  }
  return checked;
}

/** The tasks of the run a shard belongs to, and the topology names at each sweep point. */
function plannedTasks(
  file: ShardFile,
  name: string,
): { tasks: RunTask[]; topologyNames: (point: number) => string[] } {
  const names = new Map<number, string[]>();
  const namesOf = (scenario: Scenario) => scenario.topologies.map((spec, i) => expandTopology(spec, i).name);
  try {
    if (file.sweep === null) {
      const plain = namesOf(file.scenario);
      return { tasks: planRuns(file.scenario), topologyNames: () => plain };
    }
    const sweep = file.sweep;
    return {
      tasks: planSweep(file.scenario, sweep),
      topologyNames: (point) => {
        let known = names.get(point);
        if (known === undefined) {
          known = namesOf(scenarioAtPoint(file.scenario, sweep, point));
          names.set(point, known);
        }
        return known;
      },
    };
  } catch (error) {
    if (error instanceof ValidationError) fail(name, `sweep: ${error.message}`);
    throw error;
  }
}

/**
 * Checks that `files` are all the shards of one run and returns its runs in task order. With
 * `checkTasks` (the plain run and sweep shards of `merge`), every run must also be the very task
 * its index names in the scenario's plan (topology and replication); other shard kinds built on
 * this merge (sensitivity studies) plan their tasks differently and leave it off.
 */
export function mergeShards(
  files: readonly { name: string; shard: ShardFile }[],
  options: { checkTasks?: boolean } = {},
): {
  first: ShardFile;
  runs: RunResult[];
} {
  const first = files[0]?.shard;
  if (first === undefined) throw new InputError("merge needs at least one shard file");
  const seen = new Map<number, string>();
  const planned = options.checkTasks === true ? plannedTasks(first, files[0]!.name) : null;
  if (planned !== null && planned.tasks.length !== first.taskCount) {
    fail(
      files[0]!.name,
      `taskCount: got ${first.taskCount}; allowed: ${planned.tasks.length} (the scenario's tasks)`,
    );
  }
  const runs: (RunResult | undefined)[] = Array.from({ length: first.taskCount }, () => undefined);
  for (const { name, shard } of files) {
    if (shard.scenarioHash !== first.scenarioHash)
      fail(name, `scenario ${shard.scenarioHash} differs from ${first.scenarioHash} (${files[0]!.name})`);
    if (JSON.stringify(shard.sweep) !== JSON.stringify(first.sweep))
      fail(name, "its sweep differs from the other shards'");
    if (shard.tool.version !== first.tool.version)
      fail(name, `written by resilab ${shard.tool.version}, others by ${first.tool.version}`);
    if (shard.shard.count !== first.shard.count || shard.taskCount !== first.taskCount) {
      fail(
        name,
        `shard ${shard.shard.index}/${shard.shard.count} does not belong to a ${first.shard.count}-shard run`,
      );
    }
    const other = seen.get(shard.shard.index);
    if (other !== undefined) fail(name, `shard ${shard.shard.index} is also given as ${other}`);
    seen.set(shard.shard.index, name);
    for (const { index, result } of shard.runs) {
      if (!Number.isInteger(index) || index < 0 || index >= first.taskCount || runs[index] !== undefined) {
        fail(name, `task ${index} is out of range or repeated`);
      }
      if (index % shard.shard.count !== shard.shard.index - 1) {
        fail(name, `task ${index} does not belong to shard ${shard.shard.index}/${shard.shard.count}`);
      }
      if (planned !== null) {
        const task = planned.tasks[index];
        const expected = task === undefined ? undefined : planned.topologyNames(task.point)[task.topology];
        if (task === undefined || result.topology !== expected || result.replication !== task.replication) {
          fail(
            name,
            `runs: task ${index}: got ${JSON.stringify(result.topology)} replication ${result.replication}; allowed: ${JSON.stringify(expected)} replication ${task?.replication}`,
          );
        }
      }
      runs[index] = result;
    }
  }
  const missing = Array.from({ length: first.shard.count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) {
    throw new InputError(
      `missing shard${missing.length > 1 ? "s" : ""} ${missing.join(", ")} of ${first.shard.count}; merge needs every shard exactly once`,
    );
  }
  const absent = runs.indexOf(undefined);
  if (absent >= 0) throw new InputError(`task ${absent} has no result in any shard`);
  return { first, runs: runs as RunResult[] };
}
