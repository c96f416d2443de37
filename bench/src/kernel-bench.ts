/**
 * Kernel benchmark: the hold model, M/M/c with executor failures and plain M/M/c, on our kernel
 * and (when Debian's SimPy is installed) on our SimPy versions of the same models, with ratios.
 *
 *   pnpm --filter @resilab/bench run kernel [-- --json] [--repeat 3] [--jobs 1000000] [--no-simpy]
 *
 * Each run happens in a fresh child process, so peak memory and JIT state are per model. With
 * `--repeat N` ours runs N times and the median by throughput is reported.
 */
import { spawnSync } from "node:child_process";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { mmc, RandomStreams, toSeconds } from "@resilab/sim-core";
import { runFleetYear } from "./models/fleet-year";
import { runHold } from "./models/hold";
import { runMmc } from "./models/mmc";
import type { ModelRun } from "./models/model-run";
import { type Comparison, compare } from "./ratios";
import { runSimpy, simpyAvailable } from "./simpy-runner";
import { printTable } from "./table";

const MODELS = ["hold", "mmc-fail", "mmc", "fleet-year"] as const;
/** Models SimPy has a counterpart of. */
const SIMPY_MODELS: readonly string[] = ["hold", "mmc-fail", "mmc"];
type ModelName = (typeof MODELS)[number];

const USAGE = `usage: kernel-bench [--json] [--repeat N] [--jobs N] [--hold-delays N] [--seed S] [--no-simpy]`;

function options() {
  // pnpm forwards a literal "--" before the script's own arguments.
  const args = process.argv.slice(2).filter((a, i) => !(i === 0 && a === "--"));
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      json: { type: "boolean", default: false },
      repeat: { type: "string", default: "3" },
      jobs: { type: "string", default: "1000000" },
      "hold-delays": { type: "string", default: "2000000" },
      seed: { type: "string", default: "resilab-bench" },
      "no-simpy": { type: "boolean", default: false },
      child: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  const int = (name: string, v: string) => {
    const n = Number(v);
    if (!Number.isSafeInteger(n) || n < 1)
      throw new Error(`--${name}: got ${v}; allowed: an integer ≥ 1\n${USAGE}`);
    return n;
  };
  return {
    json: values.json,
    repeat: int("repeat", values.repeat),
    jobs: int("jobs", values.jobs),
    holdDelays: int("hold-delays", values["hold-delays"]),
    seed: values.seed,
    simpy: !values["no-simpy"],
    child: values.child as ModelName | undefined,
    help: values.help,
  };
}
type Options = ReturnType<typeof options>;

/** Runs one model in this process and returns its measurements. */
function runHere(model: ModelName, o: Options): ModelRun {
  if (model === "fleet-year") return runFleetYear();
  const streams = new RandomStreams(o.seed, 0);
  const t0 = performance.now();
  if (model === "hold") {
    const k = runHold(streams, { delays: o.holdDelays });
    const seconds = (performance.now() - t0) / 1000;
    return {
      model,
      engine: "resilab",
      events: k.eventCount,
      seconds,
      eventsPerSecond: k.eventCount / seconds,
      simulatedSeconds: toSeconds(k.now),
      fingerprint: k.fingerprint(),
      peakRssMB: process.resourceUsage().maxRSS / 1024,
    };
  }
  const r = runMmc(streams, { jobs: o.jobs, failures: model === "mmc-fail" });
  const seconds = (performance.now() - t0) / 1000;
  const ci = r.waits.interval();
  const run: ModelRun = {
    model,
    engine: "resilab",
    events: r.kernel.eventCount,
    jobs: r.jobs,
    seconds,
    eventsPerSecond: r.kernel.eventCount / seconds,
    jobsPerSecond: r.jobs / seconds,
    simulatedSeconds: toSeconds(r.kernel.now),
    erlangCWait: mmc({ arrivalRate: 9, serviceRate: 1, servers: 10 }).meanWait,
    fingerprint: r.kernel.fingerprint(),
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
  if (ci !== undefined) {
    run.meanWait = ci.mean;
    run.meanWaitHalfWidth = ci.halfWidth;
  }
  if (model === "mmc-fail") {
    run.failures = r.failures;
    run.requeued = r.requeued;
  }
  return run;
}

/** Runs one model in a fresh child process (same tsx loader) and parses its JSON line. */
function runChild(model: ModelName, o: Options): ModelRun {
  const script = fileURLToPath(import.meta.url);
  const args = [...process.execArgv, script, "--child", model, "--jobs", String(o.jobs)];
  args.push("--hold-delays", String(o.holdDelays), "--seed", o.seed);
  const res = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 24 });
  if (res.status !== 0) throw new Error(`${model} run failed (exit ${res.status}):\n${res.stderr}`);
  return JSON.parse(res.stdout.trim().split("\n").pop()!) as ModelRun;
}

/** The run with the median throughput, annotated with the spread over all runs. */
function median(runs: ModelRun[]): ModelRun & {
  runs: number;
  eventsPerSecondMin: number;
  eventsPerSecondMax: number;
  deterministic: boolean;
} {
  const sorted = runs.slice().sort((a, b) => a.eventsPerSecond - b.eventsPerSecond);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return {
    ...mid,
    runs: runs.length,
    eventsPerSecondMin: sorted[0]!.eventsPerSecond,
    eventsPerSecondMax: sorted[sorted.length - 1]!.eventsPerSecond,
    deterministic: runs.every((r) => r.fingerprint === mid.fingerprint && r.events === mid.events),
  };
}

function main(): void {
  const o = options();
  if (o.help) {
    console.log(USAGE);
    return;
  }
  if (o.child !== undefined) {
    if (!MODELS.includes(o.child)) throw new Error(`--child: got ${o.child}; allowed: ${MODELS.join(", ")}`);
    process.stdout.write(`${JSON.stringify(runHere(o.child, o))}\n`);
    return;
  }
  const emit = (obj: object) => {
    if (o.json) process.stdout.write(`${JSON.stringify(obj)}\n`);
  };
  const simpyNote = o.simpy ? simpyAvailable() : "SimPy skipped (--no-simpy)";
  if (simpyNote !== undefined) emit({ engine: "simpy", skipped: simpyNote });
  const loadBefore = loadavg()[0]!;
  const ours: ModelRun[] = [];
  const simpy: ModelRun[] = [];
  // Ours and SimPy's run of each model back to back, so both see the same machine load.
  for (const model of MODELS) {
    if (!o.json) process.stderr.write(`resilab ${model} ×${o.repeat}...\n`);
    const m = median(Array.from({ length: o.repeat }, () => runChild(model, o)));
    ours.push(m);
    emit(m);
    if (simpyNote === undefined && SIMPY_MODELS.includes(model)) {
      if (!o.json) process.stderr.write(`simpy ${model}...\n`);
      const run = runSimpy(model, { jobs: o.jobs, holdDelays: o.holdDelays, seed: o.seed });
      simpy.push(run);
      emit(run);
    }
  }
  const comparison: Comparison = compare(ours, simpy);
  // The 1-minute load average before and after: other work on this 2-core machine skews ratios.
  const load = { before: loadBefore, after: loadavg()[0]!, cores: availableParallelism() };
  emit({ ratios: comparison, load });
  if (!o.json) printTable(ours, simpy, comparison, simpyNote, load);
}

main();
