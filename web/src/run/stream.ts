/**
 * Runs an experiment or a sweep on a task pool and streams pictures: the first as soon as every
 * topology has `firstRounds` replications, then refined ones as further rounds complete, then the
 * final result — byte-identical to the CLI's, because runs are summarized in task-index order.
 */
import {
  type ExperimentResult,
  planRuns,
  planSweep,
  type RunResult,
  type RunTask,
  type Scenario,
  type SweepResult,
  type SweepSpec,
  summarizeExperiment,
  summarizeSweep,
} from "@resilab/sim-core";
import { TOOL_VERSION } from "../version";
import type { FailureKind, JobContext } from "./protocol";
import { RoundTracker, streamingOrder } from "./rounds";
import type { PoolRun, TaskPool } from "./task-pool";

/** One picture of a running job. */
export interface Picture<R> {
  result: R;
  /** Replications per topology the picture is based on. */
  replications: number;
  /** Replications the scenario asks for. */
  of: number;
  final: boolean;
  /** Milliseconds since the job started. */
  elapsedMs: number;
}

/** Why a job stopped early. */
export interface StreamFailure {
  kind: FailureKind;
  message: string;
  /** The task that failed, when one did. */
  task: RunTask | null;
}

/** Callbacks of a streamed job; none is called after it is cancelled. */
export interface StreamCallbacks<R> {
  onProgress?(done: number, total: number): void;
  onPicture(picture: Picture<R>): void;
  onError(failure: StreamFailure): void;
}

/** Streaming options. */
export interface StreamOptions {
  /** Replications per topology in the first picture (capped at the scenario's); default 2, the fewest that give an interval. */
  firstRounds?: number;
  /** Least time between two intermediate pictures (ms); default 250, and at least twice what the last summary took. The final one is never held back. */
  minIntervalMs?: number;
  /** Clock in milliseconds; default `performance.now`. */
  now?: () => number;
}

interface JobSpec<R> {
  context: JobContext;
  tasks: RunTask[];
  replications: number;
  summarize(runs: (RunResult | undefined)[], rounds: number): R;
}

function streamJob<R>(
  pool: TaskPool,
  spec: JobSpec<R>,
  callbacks: StreamCallbacks<R>,
  options: StreamOptions,
) {
  const now = options.now ?? (() => performance.now());
  const start = now();
  const first = Math.min(Math.max(1, options.firstRounds ?? 2), spec.replications);
  const minInterval = options.minIntervalMs ?? 250;
  const tracker = new RoundTracker(spec.tasks);
  const runs: (RunResult | undefined)[] = new Array(spec.tasks.length);
  let shown = 0;
  let lastShown = Number.NEGATIVE_INFINITY;
  // What the last summary took (ms): a huge job's summaries are spaced out so that summarizing
  // never takes more than about a third of the time.
  let lastCost = 0;
  let run: PoolRun | null = null;
  const fail = (failure: StreamFailure) => {
    run?.cancel();
    callbacks.onError(failure);
  };
  const picture = (rounds: number, final: boolean) => {
    let result: R;
    const started = now();
    try {
      result = spec.summarize(runs, rounds);
    } catch (error) {
      fail({ kind: "defect", message: error instanceof Error ? error.message : String(error), task: null });
      return;
    }
    shown = rounds;
    lastShown = now();
    lastCost = lastShown - started;
    callbacks.onPicture({
      result,
      replications: rounds,
      of: spec.replications,
      final,
      elapsedMs: lastShown - start,
    });
  };
  run = pool.run(spec.context, streamingOrder(spec.tasks), {
    onResult(task, result) {
      runs[task.index] = result;
      const rounds = tracker.complete(task);
      callbacks.onProgress?.(tracker.done, spec.tasks.length);
      if (tracker.done === spec.tasks.length) return;
      if (
        rounds > shown &&
        rounds >= first &&
        (shown === 0 || now() - lastShown >= Math.max(minInterval, 2 * lastCost))
      ) {
        picture(rounds, false);
      }
    },
    onFailure(task, kind, message) {
      callbacks.onError({ kind, message, task });
    },
    onComplete() {
      picture(spec.replications, true);
    },
  });
  return run;
}

/** Runs in task-index order, keeping replications below `rounds`. */
function roundRuns(tasks: readonly RunTask[], runs: (RunResult | undefined)[], rounds: number): RunResult[] {
  const out: RunResult[] = [];
  for (const task of tasks) {
    if (task.replication >= rounds) continue;
    const run = runs[task.index];
    if (run === undefined) throw new Error(`run ${task.index} is missing from a complete round`);
    out.push(run);
  }
  return out;
}

/** Streams the comparison of every topology of `scenario`. */
export function streamExperiment(
  pool: TaskPool,
  scenario: Scenario,
  callbacks: StreamCallbacks<ExperimentResult>,
  options: StreamOptions = {},
): PoolRun {
  const tasks = planRuns(scenario);
  return streamJob(
    pool,
    {
      context: { scenario, sweep: null },
      tasks,
      replications: scenario.replications,
      summarize: (runs, rounds) =>
        summarizeExperiment(
          rounds === scenario.replications ? scenario : { ...scenario, replications: rounds },
          roundRuns(tasks, runs, rounds),
          TOOL_VERSION,
        ),
    },
    callbacks,
    options,
  );
}

/** Streams a sweep of one numeric parameter over `sweep.values`. */
export function streamSweep(
  pool: TaskPool,
  scenario: Scenario,
  sweep: SweepSpec,
  callbacks: StreamCallbacks<SweepResult>,
  options: StreamOptions = {},
): PoolRun {
  const tasks = planSweep(scenario, sweep);
  return streamJob(
    pool,
    {
      context: { scenario, sweep },
      tasks,
      replications: scenario.replications,
      summarize: (runs, rounds) => {
        const kept = tasks
          .filter((task) => task.replication < rounds)
          .map((task) => ({ point: task.point, run: runs[task.index]! }));
        const at = rounds === scenario.replications ? scenario : { ...scenario, replications: rounds };
        return summarizeSweep(at, sweep, kept, TOOL_VERSION);
      },
    },
    callbacks,
    options,
  );
}
