/**
 * The performance gate for Resilab itself: is the current tree slower than a base revision?
 *
 *   pnpm --filter @resilab/bench run perf-gate -- --base origin/main [--rounds 5] [--threshold 1.10]
 *
 * Checks the base revision out into a temporary git worktree (dependencies from the local pnpm
 * store), then runs the same workload (perf-workload.ts: the scenario library through each
 * tree's own loader and engine) from both trees alternately in fresh processes — base, current,
 * current, base, … — and reports the CPU-time ratio current/base with a 95 % log-ratio t
 * interval. Exit 1 when the whole interval is above the threshold (default 1.10: slower by more
 * than 10 %), 0 otherwise (with a warning when the interval reaches above it); 2 on bad usage.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { logRatioInterval, type PerfVerdict, perfVerdict, type RatioInterval } from "./perf-stats";
import type { WorkloadRun } from "./perf-workload";
import { createWorktree, removeWorktree, repositoryRoot } from "./worktree";

/** Bad usage: exit 2 with the usage text. */
class UsageError extends Error {}

const WORKLOAD = resolve(import.meta.dirname, "perf-workload.ts");
const HERE = repositoryRoot(import.meta.dirname);

const USAGE = `usage: perf-gate [--base <rev>] [--current <dir>] [--rounds n] [--replications n]
                 [--threshold ratio] [--json] [--keep] [--online]
  --base <rev>        git revision to compare with (default HEAD)
  --current <dir>     source tree to measure (default: this working tree, uncommitted changes included)
  --rounds <n>        paired rounds, each one run of both trees (default 5)
  --replications <n>  replications per library scenario in the workload (default 3)
  --threshold <r>     fail when the ratio interval lies wholly above r (default 1.10)
  --json              print the measurements and the decision as one JSON document
  --keep              keep the base worktree (its path is printed)
  --online            let pnpm fetch packages missing from the local store`;

function options() {
  const args = process.argv.slice(2).filter((a, i) => !(i === 0 && a === "--"));
  const { values } = parseArgs({
    args,
    options: {
      base: { type: "string", default: "HEAD" },
      current: { type: "string" },
      rounds: { type: "string", default: "5" },
      replications: { type: "string", default: "3" },
      threshold: { type: "string", default: "1.10" },
      json: { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
      online: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  const int = (name: string, text: string, min: number) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min)
      throw new UsageError(`--${name}: got ${text}; allowed: an integer ≥ ${min}`);
    return n;
  };
  const threshold = Number(values.threshold);
  if (!(threshold >= 1))
    throw new UsageError(`--threshold: got ${values.threshold}; allowed: a ratio ≥ 1, e.g. 1.10`);
  return {
    base: values.base,
    current:
      values.current === undefined ? HERE : resolve(process.env.INIT_CWD ?? process.cwd(), values.current),
    rounds: int("rounds", values.rounds, 2),
    replications: int("replications", values.replications, 1),
    threshold,
    json: values.json,
    keep: values.keep,
    online: values.online,
    help: values.help,
  };
}

/** Runs the workload against `root` in a fresh process (from this tree's directory, for tsx). */
function measure(root: string, library: string, replications: number): WorkloadRun {
  const args = ["--import", "tsx", "--conditions=@resilab/source", WORKLOAD];
  args.push("--root", root, "--library", library, "--replications", String(replications));
  const r = spawnSync(process.execPath, args, { cwd: HERE, encoding: "utf8", maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`workload on ${root} failed (exit ${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as WorkloadRun;
}

const f2 = (x: number) => x.toFixed(3);
const show = (i: RatioInterval) => `${f2(i.ratio)} [${f2(i.lower)}, ${f2(i.upper)}]`;

const WORDS: Record<PerfVerdict, string> = {
  pass: "PASS: not slower than the threshold",
  warn: "PASS with a warning: the interval reaches above the threshold (possibly slower; rerun with more --rounds)",
  fail: "FAIL: slower than the threshold with 95 % confidence",
};

function main(): number {
  const o = options();
  if (o.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const library = resolve(o.current, "scenarios/library");
  log(`perf-gate: checking out ${o.base} into a temporary worktree…`);
  const base = createWorktree(HERE, o.base, { online: o.online });
  try {
    log(`perf-gate: base ${o.base} = ${base.sha.slice(0, 12)} at ${base.dir}; current ${o.current}`);
    // One untimed run each: tsx's transform cache and the page cache warm up for both alike.
    measure(base.dir, library, 1);
    measure(o.current, library, 1);
    const runs = { base: [] as WorkloadRun[], current: [] as WorkloadRun[] };
    for (let round = 0; round < o.rounds; round++) {
      const order = round % 2 === 0 ? (["base", "current"] as const) : (["current", "base"] as const);
      for (const side of order)
        runs[side].push(measure(side === "base" ? base.dir : o.current, library, o.replications));
      const [b, c] = [runs.base[round]!, runs.current[round]!];
      log(
        `  round ${round + 1}/${o.rounds} (${order.join(" then ")}): base ${b.cpuSeconds.toFixed(2)} s, current ${c.cpuSeconds.toFixed(2)} s CPU` +
          ` (wall ${b.wallSeconds.toFixed(2)} s, ${c.wallSeconds.toFixed(2)} s)`,
      );
    }
    const cpu = logRatioInterval(
      runs.current.map((r) => r.cpuSeconds),
      runs.base.map((r) => r.cpuSeconds),
    );
    const wall = logRatioInterval(
      runs.current.map((r) => r.wallSeconds),
      runs.base.map((r) => r.wallSeconds),
    );
    const verdict = perfVerdict(cpu, o.threshold);
    const [b0, c0] = [runs.base[0]!, runs.current[0]!];
    const sameAnswers = b0.digest === c0.digest && b0.events === c0.events;
    const report = {
      base: { rev: o.base, sha: base.sha },
      current: o.current,
      workload: { scenarios: c0.scenarios, runs: c0.runs, replications: o.replications, library },
      rounds: o.rounds,
      threshold: o.threshold,
      cpuRatio: cpu,
      wallRatio: wall,
      events: { base: b0.events, current: c0.events },
      sameAnswers,
      verdict,
      measurements: runs,
    };
    if (o.json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else {
      process.stdout.write(
        [
          `perf-gate: ${c0.scenarios} library scenarios × ${o.replications} replications (${c0.runs} runs), ${o.rounds} alternating rounds, fresh process per run`,
          `  CPU time  current/base ${show(cpu)}  (95 % log-ratio t interval)`,
          `  wall time current/base ${show(wall)}`,
          `  events    base ${b0.events}, current ${c0.events}; ${sameAnswers ? "same fingerprints (same answers)" : "fingerprints differ (the engine's answers changed: see the counter gate)"}`,
          `  ${WORDS[verdict]} (threshold ${o.threshold.toFixed(2)})`,
          "",
        ].join("\n"),
      );
    }
    return verdict === "fail" ? 1 : 0;
  } finally {
    if (o.keep) log(`perf-gate: kept the base worktree at ${base.dir}`);
    else removeWorktree(HERE, base.dir);
  }
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`perf-gate: ${(error as Error).message}\n`);
  if (error instanceof UsageError) process.stderr.write(`${USAGE}\n`);
  process.exitCode = 2;
}
