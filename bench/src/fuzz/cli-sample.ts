/**
 * The CLI's side of the exit contract, checked on a sample of cases by spawning `resilab run`:
 * a scenario the loader accepts exits 0 and prints the same result with 1 and with 2 worker
 * threads; one it refuses exits 2; nothing ever exits 3 (an internal error), prints a stack
 * trace, or writes raw control characters (terminal injection) to the terminal.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Failure } from "./fuzz-case";
import { firstDifference } from "./fuzz-case";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const MAIN = join(REPO, "cli/src/main.ts");

interface Spawned {
  code: number | null;
  out: string;
  err: string;
}

/** Runs the CLI with `args` from the repository root; resolves when it exits (or is killed at `timeoutMs`). */
export function spawnCli(args: string[], timeoutMs: number): Promise<Spawned> {
  const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", tsxLoader, "--conditions=@resilab/source", MAIN, ...args],
      {
        cwd: REPO,
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
      },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => {
      if (out.length < 50e6) out += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      if (err.length < 1e6) err += chunk.toString("utf8");
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

// Control characters a terminal acts on (ESC, BEL, backspace, CSI…); tabs and newlines are fine.
// biome-ignore lint/suspicious/noControlCharactersInRegex: exactly what we look for
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const STACK_FRAME = /\n\s+at .+:\d+:\d+\)?/;

function checkStreams(label: string, s: Spawned, failures: Failure[]): void {
  if (s.code === 3 || STACK_FRAME.test(s.err))
    failures.push({
      check: "CLI: no internal error or stack trace",
      message: `${label}: exit ${s.code}: ${s.err.slice(0, 300)}`,
    });
  const raw = RAW_CONTROL.exec(s.err) ?? RAW_CONTROL.exec(s.out);
  if (raw !== null)
    failures.push({
      check: "CLI: control characters escaped on the terminal",
      message: `${label}: U+${raw[0].charCodeAt(0).toString(16).padStart(4, "0")} printed raw`,
    });
}

/**
 * Spawns the CLI on `text`: once with --workers 1, and for an accepted scenario again with
 * --workers 2. `loaded` is the in-process loader's verdict, which the CLI must agree with.
 */
export async function checkCli(
  text: string,
  loaded: boolean,
  options: { dryRun?: boolean; timeoutMs?: number } = {},
): Promise<Failure[]> {
  const { dryRun = false, timeoutMs = 120_000 } = options;
  const dir = mkdtempSync(join(tmpdir(), "resilab-fuzz-"));
  const file = join(dir, "fuzz.yaml");
  const failures: Failure[] = [];
  try {
    writeFileSync(file, text);
    // A case too heavy to run is only loaded (`--dry-run`): the same exit contract, in a second.
    const args = (workers: number) =>
      dryRun ? ["run", file, "--dry-run"] : ["run", file, "--json", "--quiet", "--workers", String(workers)];
    const one = await spawnCli(args(1), timeoutMs);
    checkStreams("--workers 1", one, failures);
    const expected = loaded ? 0 : 2;
    if (one.code !== expected)
      failures.push({
        check: "CLI: exit 0 for a loadable scenario, 2 for a refused one",
        message: `exit ${one.code} (expected ${expected}): ${one.err.slice(0, 300)}`,
      });
    if (loaded && one.code === 0 && !dryRun) {
      const two = await spawnCli(args(2), timeoutMs);
      checkStreams("--workers 2", two, failures);
      if (two.code !== 0 || two.out !== one.out)
        failures.push({
          check: "CLI: 1 and 2 workers give identical results",
          message: two.code !== 0 ? `exit ${two.code} with 2 workers` : firstDifference(one.out, two.out),
        });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return failures;
}
