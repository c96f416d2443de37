/**
 * Shard files of a sensitivity study, so its runs spread over machines like a sweep's: shard i
 * of n runs every task whose index ≡ i−1 (mod n) of the study's first pass and writes
 * `sensitivity-shard-i-of-n.json`; `resilab sensitivity --merge <files>` puts the runs back in
 * task order (the CLI's shard merge) and summarizes. Bisection needs rounds that depend on each
 * other, so a merged study locates flips by interpolation between the tornado points.
 */
import type { Parameter, RunResult, Scenario, SensitivityMethod } from "@resilab/sim-core";
import { scenarioHash } from "@resilab/sim-core";
import type { Shard } from "../args/values";
import { InputError } from "../errors";
import { decodeJson, encodeJson } from "../io/exact-json";
import { mergeShards, SHARD_FORMAT, type ShardFile } from "../parallel/shard";

export const SENSITIVITY_SHARD_FORMAT = "resilab-sensitivity-shard";

/** What defines the study: the runs of two shards merge only if these agree. */
export interface StudySpec {
  method: SensitivityMethod;
  trajectories: number;
  parameters: Parameter[];
  defaultAssumptions: boolean;
}

export interface SensitivityShardFile {
  format: typeof SENSITIVITY_SHARD_FORMAT;
  schemaVersion: 1;
  tool: { name: "resilab"; version: string };
  scenarioHash: string;
  seed: number;
  scenario: Scenario;
  study: StudySpec;
  shard: Shard;
  taskCount: number;
  runs: { index: number; result: RunResult }[];
}

export function sensitivityShardName(shard: Shard): string {
  const width = String(shard.count).length;
  return `sensitivity-shard-${String(shard.index).padStart(width, "0")}-of-${shard.count}.json`;
}

export function encodeSensitivityShard(file: SensitivityShardFile): string {
  return `${encodeJson(file)}\n`;
}

/** Parses and checks one file; throws an InputError naming the file. */
export function decodeSensitivityShard(text: string, name: string): SensitivityShardFile {
  let data: unknown;
  try {
    data = decodeJson(text);
  } catch {
    throw new InputError(
      `${name}: not a JSON document; allowed: a file written by resilab sensitivity --shard i/n`,
    );
  }
  const file = data as Partial<SensitivityShardFile> | null;
  if (typeof file !== "object" || file === null || file.format !== SENSITIVITY_SHARD_FORMAT)
    throw new InputError(
      `${name}: not a sensitivity shard (no "format": "${SENSITIVITY_SHARD_FORMAT}"); allowed: files written by resilab sensitivity --shard i/n`,
    );
  if (file.schemaVersion !== 1)
    throw new InputError(`${name}: schemaVersion ${String(file.schemaVersion)}; allowed: 1`);
  if (typeof file.study !== "object" || file.study === null || !Array.isArray(file.study.parameters))
    throw new InputError(`${name}: incomplete sensitivity shard (no study)`);
  if (file.scenario === undefined || scenarioHash(file.scenario) !== file.scenarioHash)
    throw new InputError(
      `${name}: the embedded scenario does not match its hash (the file was altered or truncated)`,
    );
  return file as SensitivityShardFile;
}

/** Checks that the files are every shard of one study; returns it and its runs in task order. */
export function mergeSensitivityShards(files: readonly { name: string; shard: SensitivityShardFile }[]): {
  first: SensitivityShardFile;
  runs: RunResult[];
} {
  const first = files[0]?.shard;
  if (first === undefined) throw new InputError("--merge needs at least one shard file");
  const study = JSON.stringify(first.study);
  for (const { name, shard } of files) {
    if (JSON.stringify(shard.study) !== study)
      throw new InputError(`${name}: its study (method, parameters) differs from ${files[0]!.name}'s`);
  }
  // The generic merge checks hashes, versions, counts, duplicates and missing shards.
  const generic = files.map(({ name, shard }) => ({
    name,
    shard: { ...shard, format: SHARD_FORMAT, sweep: null } as unknown as ShardFile,
  }));
  const { runs } = mergeShards(generic);
  return { first, runs };
}
