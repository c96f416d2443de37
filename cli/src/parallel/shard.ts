/**
 * Deterministic shards of a task list, and the shard files that carry their results between
 * machines. Shard i of n takes every task whose index ≡ i−1 (mod n): round-robin spreads every
 * topology and sweep point evenly. Merging all n shard files and summarizing gives the very
 * bytes an unsharded run gives, because results are put back in task-index order.
 */
import { type RunResult, type RunTask, type Scenario, type SweepSpec, scenarioHash } from "@resilab/sim-core";
import type { Shard } from "../args/values";
import { InputError } from "../errors";
import { decodeJson, encodeJson } from "../io/exact-json";

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
  runs: { index: number; result: RunResult }[];
}

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

/** Parses and checks one shard file's text. */
export function decodeShard(text: string, name: string): ShardFile {
  let data: unknown;
  try {
    data = decodeJson(text);
  } catch {
    fail(name, "not a JSON document; allowed: a shard file written by resilab --shard i/n");
  }
  const file = data as Partial<ShardFile> | null;
  if (typeof file !== "object" || file === null || file.format !== SHARD_FORMAT) {
    fail(name, 'not a shard file (no "format": "resilab-shard"); allowed: files written by --shard i/n');
  }
  if (file.schemaVersion !== 1) fail(name, `shard schemaVersion ${String(file.schemaVersion)}; allowed: 1`);
  const taskCount = file.taskCount;
  if (
    !Array.isArray(file.runs) ||
    typeof taskCount !== "number" ||
    !(taskCount >= 0 && taskCount <= 1e7) ||
    typeof file.shard !== "object"
  ) {
    fail(name, "incomplete shard file (runs, taskCount or shard missing)");
  }
  if (file.scenario === undefined || scenarioHash(file.scenario) !== file.scenarioHash) {
    fail(name, "the embedded scenario does not match its hash (the file was altered or truncated)");
  }
  return file as ShardFile;
}

/** Checks that `files` are all the shards of one run and returns its runs in task order. */
export function mergeShards(files: readonly { name: string; shard: ShardFile }[]): {
  first: ShardFile;
  runs: RunResult[];
} {
  const first = files[0]?.shard;
  if (first === undefined) throw new InputError("merge needs at least one shard file");
  const seen = new Map<number, string>();
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
