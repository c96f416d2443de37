/** Helpers for tests that run the CLI in-process on short profiles. */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../cli";
import { memoryIo } from "../io/cli-io";

/** A fresh temporary directory. */
export function tempDir(prefix = "resilab-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs the CLI in this process; returns the exit code and what it printed. */
export async function runInProcess(args: string[], cwd = process.cwd()) {
  const io = memoryIo({ cwd });
  const code = await runCli(args, io);
  return { code, out: io.out.join(""), err: io.err.join("") };
}

/** Every file of a directory with its bytes, sorted by name. */
export function directoryContents(dir: string): [string, string][] {
  return readdirSync(dir)
    .sort()
    .map((name) => [name, readFileSync(join(dir, name), "utf8")]);
}

/** A short profile of the default comparison: 5 topologies × 2 replications × 1 day. */
export const SHORT_PROFILE = ["default-comparison", "--replications", "2", "--horizon", "1d", "--quiet"];
