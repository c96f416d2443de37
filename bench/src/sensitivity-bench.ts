/**
 * The sensitivity benchmark (issue 13 target: under 5 minutes on 2 cores): `resilab sensitivity
 * default-comparison --params 10` through the real CLI (tornado over the first ten default
 * assumptions — MTBF and MTTR of the controller, executor, node, zone and store classes at
 * 0.5×–2× — then bisection of every verdict flip) on 2 worker threads. Prints the wall time, the
 * runs and runs per second, and what the study found (flips, top parameters), so a reduced
 * replication count can be judged on its verdict-level output (docs/sensitivity.md).
 *
 *   pnpm --filter @resilab/bench run sensitivity [-- --replications 10 --bisect 2 --workers 2 --json]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const root = resolve(import.meta.dirname, "../..");
const USAGE = "usage: sensitivity [--replications N] [--bisect N] [--workers N] [--params N] [--json]";

function parse() {
  try {
    return parseArgs({
      // pnpm forwards a literal "--" before the script's own arguments.
      args: process.argv.slice(2).filter((a, i) => !(i === 0 && a === "--")),
      options: {
        replications: { type: "string", default: "10" },
        bisect: { type: "string", default: "2" },
        workers: { type: "string", default: "2" },
        params: { type: "string", default: "10" },
        json: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    process.stderr.write(`sensitivity: ${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
}

const values = parse();
for (const key of ["replications", "bisect", "workers", "params"] as const) {
  const n = Number(values[key]);
  if (!Number.isInteger(n) || n < (key === "bisect" ? 0 : 1)) {
    process.stderr.write(`--${key}: got ${values[key]}; allowed: a whole number\n${USAGE}\n`);
    process.exit(2);
  }
}

interface StudySummary {
  runs: number;
  ranking: { parameter: string; score: number; flips: number }[];
  objectives: { objective: string; topology: string; effects: { parameter: string; flip: unknown }[] }[];
}

/**
 * CPU seconds used by this process's waited-for children (Linux /proc; null elsewhere). On a
 * shared machine the wall time depends on the other load; CPU seconds ÷ cores bounds the wall
 * time the same work takes on dedicated cores.
 */
function childCpuSeconds(): number | null {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;
    // Fields 16 and 17 of stat(5) (cutime, cstime) are at 13 and 14 after the command name.
    return (Number(fields[13]) + Number(fields[14])) / ticks;
  } catch {
    return null;
  }
}

const scratch = mkdtempSync(join(tmpdir(), "resilab-sensitivity-bench-"));
try {
  const args = [
    "--import",
    "tsx",
    "--conditions=@resilab/source",
    "cli/src/main.ts",
    "sensitivity",
    "default-comparison",
    "--params",
    values.params!,
    "--replications",
    values.replications!,
    "--bisect",
    values.bisect!,
    "--workers",
    values.workers!,
    "--quiet",
    "--out",
    scratch,
  ];
  const cpuBefore = childCpuSeconds();
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuAfter = childCpuSeconds();
  const cpuSeconds = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
  if (result.status !== 0)
    throw new Error(`resilab sensitivity failed (exit ${result.status}): ${result.stderr}`);
  const study = JSON.parse(readFileSync(join(scratch, "sensitivity.json"), "utf8")) as StudySummary;
  const flips = study.objectives.flatMap((o) =>
    o.effects.filter((e) => e.flip !== null).map((e) => `${o.objective} / ${o.topology}: ${e.parameter}`),
  );
  const report = {
    model: "default-comparison",
    method: "tornado",
    parameters: Number(values.params),
    replicationsPerPoint: Number(values.replications),
    bisectionRounds: Number(values.bisect),
    workers: Number(values.workers),
    seconds,
    cpuSeconds,
    dedicatedSecondsBound: cpuSeconds === null ? null : cpuSeconds / Number(values.workers),
    runs: study.runs,
    runsPerSecond: study.runs / seconds,
    flips,
    top: study.ranking.slice(0, 5),
    target: { maxSeconds: 300, cores: 2 },
  };
  if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else {
    process.stdout.write(
      `sensitivity of default-comparison (${report.parameters} parameters, ${report.replicationsPerPoint} replications per point, ${report.bisectionRounds} bisection rounds, ${report.workers} workers): ` +
        `${seconds.toFixed(1)} s wall, ${study.runs} runs, ${report.runsPerSecond.toFixed(2)} runs/s (target < 300 s)\n` +
        (cpuSeconds === null
          ? ""
          : `CPU ${cpuSeconds.toFixed(1)} s in all: at least ${(cpuSeconds / Number(values.workers)).toFixed(1)} s on ${values.workers} dedicated cores\n`) +
        `top parameters: ${report.top.map((r) => `${r.parameter} (${r.score.toFixed(2)}, ${r.flips} flips)`).join(", ")}\n` +
        `verdict flips (${flips.length}):\n${flips.map((f) => `  ${f}`).join("\n")}\n`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
