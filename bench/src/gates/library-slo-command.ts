/**
 * Runs `resilab check` (the real command line) on every library scenario on the short profile
 * and compares exit codes and verdicts with `bench/golden/library-slo/<name>.json`.
 *
 *   pnpm --filter @resilab/bench run library-slo [-- --out dir] [--replications 5]
 *   pnpm --filter @resilab/bench run library-slo:update     # rewrite the expectations
 *
 * Exit 0 when every scenario behaves as expected, 1 otherwise (listing each difference).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { libraryNames, loadLibraryScenario } from "@resilab/scenarios";
import {
  type CheckOutcome,
  diffExpectation,
  encodeExpectation,
  expectationOf,
  type LibraryExpectation,
  verdictCounts,
} from "./library-slo";
import { shortHorizon } from "./short-profile";

const ROOT = resolve(import.meta.dirname, "../../..");
/** Where the expectations live. */
export const EXPECTATIONS_DIR = resolve(ROOT, "bench/golden/library-slo");

function runCheck(name: string, profile: LibraryExpectation["profile"], out: string): CheckOutcome {
  const args = ["--import", "tsx", "--conditions=@resilab/source", "cli/src/main.ts", "check", name];
  args.push("--replications", String(profile.replications), "--horizon", String(profile.horizon));
  args.push("--quiet", "--out", out);
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`resilab check ${name} failed with exit ${run.status}:\n${run.stderr}`);
  }
  const record = JSON.parse(readFileSync(join(out, "check.json"), "utf8")) as CheckOutcome;
  if (record.exitCode !== run.status) {
    throw new Error(`resilab check ${name}: exit ${run.status} but check.json says ${record.exitCode}`);
  }
  return record;
}

function main(): number {
  const args = process.argv.slice(2).filter((a, i) => !(i === 0 && a === "--"));
  const { values } = parseArgs({
    args,
    options: {
      update: { type: "boolean", default: false },
      out: { type: "string" },
      replications: { type: "string", default: "5" },
    },
  });
  const replications = Number(values.replications);
  if (!Number.isInteger(replications) || replications < 2) {
    process.stderr.write(`--replications: got ${values.replications}; allowed: an integer ≥ 2\n`);
    return 2;
  }
  // pnpm runs scripts in the package directory; INIT_CWD is where the user typed the command.
  const out =
    values.out === undefined
      ? mkdtempSync(join(tmpdir(), "resilab-library-slo-"))
      : resolve(process.env.INIT_CWD ?? process.cwd(), values.out);
  const differences: string[] = [];
  try {
    if (values.update) mkdirSync(EXPECTATIONS_DIR, { recursive: true });
    for (const name of libraryNames()) {
      const profile = { replications, horizon: shortHorizon(loadLibraryScenario(name)) };
      const started = Date.now();
      const actual = expectationOf(name, profile, runCheck(name, profile, join(out, name)));
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const file = join(EXPECTATIONS_DIR, `${name}.json`);
      let status: string;
      if (values.update) {
        writeFileSync(file, encodeExpectation(actual));
        status = "written";
      } else if (!existsSync(file)) {
        differences.push(`${name}: no expectation file ${file}`);
        status = "NO EXPECTATION";
      } else {
        const lines = diffExpectation(JSON.parse(readFileSync(file, "utf8")) as LibraryExpectation, actual);
        differences.push(...lines);
        status = lines.length === 0 ? "as expected" : "CHANGED";
      }
      process.stdout.write(
        `${name.padEnd(30)} exit ${actual.exitCode}  ${verdictCounts(actual).padEnd(36)} ${status} (${seconds} s)\n`,
      );
    }
  } finally {
    if (values.out === undefined) rmSync(out, { recursive: true, force: true });
  }
  if (differences.length === 0) {
    process.stdout.write(
      values.update
        ? `library-slo: expectations written to ${EXPECTATIONS_DIR}\n`
        : "library-slo: every library scenario gave its expected verdicts\n",
    );
    return 0;
  }
  process.stderr.write(
    `library-slo: ${differences.length} difference${differences.length === 1 ? "" : "s"}:\n` +
      differences.map((line) => `  ${line}\n`).join("") +
      "If intended, run: pnpm --filter @resilab/bench run library-slo:update, and commit bench/golden/library-slo/ with the change.\n",
  );
  return 1;
}

process.exitCode = main();
