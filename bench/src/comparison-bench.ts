/**
 * The default comparison benchmark (issue 4 target): `resilab compare default-comparison`
 * (5 topologies × 30 replications × 30 simulated days, faults-off twins included) through the
 * real CLI, with 1 and 2 worker threads alternately in one run (1, 2, 1, 2, …) so machine noise
 * hits both alike. Reports the wall times, the speed-up and whether both results are identical.
 *
 *   pnpm --filter @resilab/bench run comparison [-- --rounds 2 --json]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const root = resolve(import.meta.dirname, "../..");
function parse() {
  try {
    // pnpm forwards a literal "--" before the script's own arguments.
    return parseArgs({
      args: process.argv.slice(2).filter((a, i) => !(i === 0 && a === "--")),
      options: { rounds: { type: "string", default: "2" }, json: { type: "boolean", default: false } },
    }).values;
  } catch (error) {
    process.stderr.write(
      `comparison: ${(error as Error).message}\nusage: comparison [--rounds N] [--json]\n`,
    );
    process.exit(2);
  }
}
const values = parse();
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) {
  process.stderr.write(`--rounds: got ${values.rounds}; allowed: an integer ≥ 1\n`);
  process.exit(2);
}

function runOnce(workers: number, out: string): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "--conditions=@resilab/source",
      "cli/src/main.ts",
      "compare",
      "default-comparison",
      "--workers",
      String(workers),
      "--quiet",
      "--out",
      out,
    ],
    { cwd: root, encoding: "utf8" },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0)
    throw new Error(`resilab compare failed (exit ${result.status}): ${result.stderr}`);
  return seconds;
}

const scratch = mkdtempSync(join(tmpdir(), "resilab-bench-"));
const times: Record<number, number[]> = { 1: [], 2: [] };
try {
  for (let r = 0; r < rounds; r++) {
    for (const workers of [1, 2]) times[workers]!.push(runOnce(workers, join(scratch, `w${workers}`)));
  }
  const identical =
    readFileSync(join(scratch, "w1", "result.json"), "utf8") ===
    readFileSync(join(scratch, "w2", "result.json"), "utf8");
  const best = (xs: number[]) => Math.min(...xs);
  const report = {
    model: "default-comparison",
    topologies: 5,
    replications: 30,
    simulatedDays: 30,
    rounds,
    secondsOneWorker: times[1],
    secondsTwoWorkers: times[2],
    bestOneWorker: best(times[1]!),
    bestTwoWorkers: best(times[2]!),
    speedup: best(times[1]!) / best(times[2]!),
    identicalResults: identical,
    targets: { maxSeconds: 30, minSpeedup: 1.7 },
  };
  if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else {
    process.stdout.write(
      `default comparison (5 × 30 × 30 d): 1 worker ${report.bestOneWorker.toFixed(2)} s, 2 workers ${report.bestTwoWorkers.toFixed(2)} s, ` +
        `speed-up ${report.speedup.toFixed(2)}× (target ≥ 1.7×), results identical: ${identical}\n`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
