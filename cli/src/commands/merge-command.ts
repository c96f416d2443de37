/** `merge`: combines the shard files of one run into the result an unsharded run gives. */
import { parseVerbArgs, stringFlag } from "../args/parse";
import { VERB_USAGE } from "../args/usage";
import { EXIT } from "../errors";
import type { CliIo } from "../io/cli-io";
import { checkOutputTarget } from "../io/output-target";
import { readInputFile } from "../io/read-scenario";
import { decodeShard, mergeShards } from "../parallel/shard";
import { OUTPUT_FILE_NAMES } from "../run/outputs";
import { summarizeResponsive } from "../run/summarize-responsive";
import { outputDir } from "./output-dir";
import { publish } from "./publish";

/** Largest shard file read (bytes). */
export const MAX_SHARD_BYTES = 1024 * 1024 * 1024;

/** Runs `merge`; resolves with the exit code. */
export async function mergeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseVerbArgs(
    "merge",
    args,
    { out: { type: "string", short: "o" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    [1, 100_000],
  );
  if (parsed.values.help === true) {
    io.stdout(`${VERB_USAGE.merge}\n`);
    return EXIT.ok;
  }
  const files = parsed.positionals.map((name) => ({
    name,
    shard: decodeShard(readInputFile(name, io.cwd, MAX_SHARD_BYTES, "a shard file"), name),
  }));
  const { first, runs } = mergeShards(files, { checkTasks: true });
  const json = parsed.values.json === true;
  const dir = outputDir(stringFlag(parsed, "out"), json, first.scenario.name, io.cwd);
  if (dir !== null) checkOutputTarget(dir, OUTPUT_FILE_NAMES);
  const outcome = await summarizeResponsive(
    { scenario: first.scenario, sweep: first.sweep },
    runs,
    io.signal,
  );
  await publish(outcome, io, { dir, json, differences: true, inconclusive: "fail" });
  return EXIT.ok;
}
