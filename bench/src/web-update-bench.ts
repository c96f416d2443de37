/**
 * What-if update bench for the web lab: the time from a changed value to the first complete
 * picture (every topology, two replications) and to all replications, through the lab's own code
 * path — its YAML edit, validation, task pool, streaming order and summaries — with the
 * simulation workers as Node worker threads (one per core) instead of Web Workers.
 *
 *   pnpm --filter @resilab/bench run web-update [-- --changes 5] [--interrupt 1500] [--scenario default-comparison]
 *
 * Sequence: open the scenario and run it fully (cold start, as when the lab opens), then change
 * the controllers' MTTR several times, each change replacing the run in progress after
 * `--interrupt` ms (a slider being moved), and let the last change run to the end.
 * Prints one JSON document.
 */
import { createRequire } from "node:module";
import { availableParallelism, cpus, loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { libraryText, tryLoadScenario } from "@resilab/scenarios";
import type { ExperimentResult, Scenario } from "@resilab/sim-core";
import {
  type EndpointEvents,
  type Picture,
  setScalar,
  streamExperiment,
  type TaskEndpoint,
  TaskPool,
  type WorkerReply,
} from "../../web/src/index";

/** The lab's target: the first complete picture within this many ms of a change. */
const TARGET_MS = 1000;
const MTTR_VALUES = ["45m", "1h", "20m", "2h", "40m", "1h30m", "25m", "50m"];

function options() {
  const args = process.argv.slice(2).filter((a, i) => !(i === 0 && a === "--"));
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      changes: { type: "string", default: "5" },
      interrupt: { type: "string", default: "1500" },
      scenario: { type: "string", default: "default-comparison" },
      workers: { type: "string" },
    },
  });
  const int = (name: string, v: string, min: number) => {
    const n = Number(v);
    if (!Number.isSafeInteger(n) || n < min)
      throw new Error(`--${name}: got ${v}; allowed: an integer ≥ ${min}`);
    return n;
  };
  return {
    changes: Math.min(MTTR_VALUES.length, int("changes", values.changes, 1)),
    interruptMs: int("interrupt", values.interrupt, 0),
    scenario: values.scenario,
    workers: values.workers === undefined ? availableParallelism() : int("workers", values.workers, 1),
  };
}

/** A worker thread running the lab's task handler through tsx (TypeScript sources, no build). */
function nodeEndpoint(events: EndpointEvents): TaskEndpoint {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  // A CommonJS entry requires the TypeScript worker (see web-update-worker.cjs for why).
  const worker = new Worker(new URL("./web-update-worker.cjs", import.meta.url), {
    execArgv: ["--import", tsx, "--conditions=@resilab/source"],
  });
  worker.on("message", (reply: WorkerReply) => events.onReply(reply));
  worker.on("error", (error) => events.onCrash(error.message));
  return { send: (request) => worker.postMessage(request), terminate: () => void worker.terminate() };
}

interface Timing {
  change: string;
  /** Editing the YAML and validating it, as the form does (ms). */
  editMs: number;
  /** From the change to the first complete picture (ms). */
  firstPictureMs: number | null;
  replicationsInFirst: number | null;
  /** From the change to the final result (ms); null when the next change replaced the run. */
  allMs: number | null;
}

function load(text: string): Scenario {
  const loaded = tryLoadScenario(text);
  if (!loaded.ok) throw loaded.error;
  return loaded.scenario;
}

/** Starts a run at `start`; resolves the timing when it ends or `until` resolves first. */
function timedRun(
  pool: TaskPool,
  scenario: Scenario,
  timing: Timing,
  start: number,
  stopAfterFirstMs: number | null,
) {
  return new Promise<Timing>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const run = streamExperiment(pool, scenario, {
      onPicture(picture: Picture<ExperimentResult>) {
        const now = performance.now() - start;
        if (timing.firstPictureMs === null) {
          timing.firstPictureMs = now;
          timing.replicationsInFirst = picture.replications;
          if (stopAfterFirstMs !== null) {
            timer = setTimeout(() => {
              run.cancel();
              resolve(timing);
            }, stopAfterFirstMs);
          }
        }
        if (picture.final) {
          clearTimeout(timer);
          timing.allMs = now;
          resolve(timing);
        }
      },
      onError: (failure) => reject(new Error(failure.message)),
    });
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const round = (x: number | null) => (x === null ? null : Math.round(x));

async function main() {
  const opts = options();
  const pool = new TaskPool(nodeEndpoint, { size: opts.workers });
  const base = libraryText(opts.scenario);
  const scenario = load(base);
  const open: Timing = {
    change: "open",
    editMs: 0,
    firstPictureMs: null,
    replicationsInFirst: null,
    allMs: null,
  };
  await timedRun(pool, scenario, open, performance.now(), null);
  const changes: Timing[] = [];
  for (let i = 0; i < opts.changes; i++) {
    const value = MTTR_VALUES[i]!;
    const start = performance.now();
    const next = load(setScalar(base, ["faults", "controller", "mttr"], value));
    const timing: Timing = {
      change: `faults.controller.mttr = ${value}`,
      editMs: performance.now() - start,
      firstPictureMs: null,
      replicationsInFirst: null,
      allMs: null,
    };
    const last = i === opts.changes - 1;
    changes.push(await timedRun(pool, next, timing, start, last ? null : opts.interruptMs));
  }
  pool.dispose();
  const firsts = changes.map((c) => c.firstPictureMs ?? Number.NaN);
  const final = changes.at(-1)!;
  const report = {
    bench: "web-update",
    scenario: opts.scenario,
    topologies: scenario.topologies.length,
    replications: scenario.replications,
    tasks: scenario.topologies.length * scenario.replications,
    workers: opts.workers,
    machine: {
      cpus: cpus().length,
      model: cpus()[0]?.model ?? "unknown",
      loadavg: loadavg().map((l) => Number(l.toFixed(2))),
    },
    node: process.version,
    codePath:
      "web/src run/task-pool + run/stream + run/task-runner on worker_threads; YAML edit + validation as the form does",
    open: { firstPictureMs: round(open.firstPictureMs), allMs: round(open.allMs) },
    changes: changes.map((c) => ({
      change: c.change,
      editMs: Number(c.editMs.toFixed(1)),
      firstPictureMs: round(c.firstPictureMs),
      replicationsInFirst: c.replicationsInFirst,
      allMs: round(c.allMs),
    })),
    firstPictureMs: { median: Math.round(median(firsts)), max: Math.round(Math.max(...firsts)) },
    allReplicationsMs: round(final.allMs),
    targetFirstPictureMs: TARGET_MS,
    targetMet: Math.max(...firsts) <= TARGET_MS,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
