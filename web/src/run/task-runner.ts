/**
 * What a simulation worker does — the one code path shared by the browser's Web Workers, the
 * bench's worker threads and the unit tests. A task is a pure function of (scenario, sweep,
 * task), exactly as in the CLI, so any worker computes the same bytes.
 */
import {
  type RunResult,
  type RunTask,
  runAtPoint,
  runTask,
  type Scenario,
  SimulationError,
  scenarioAtPoint,
  scenarioWithValues,
  ValidationError,
} from "@resilab/sim-core";
import type { JobContext, WorkerReply, WorkerRequest } from "./protocol";

/** Runs one task of the experiment or sweep described by `context` (the CLI's `runJob`). */
export function runJobTask(context: JobContext, task: RunTask): RunResult {
  const scenario =
    context.sweep === null ? context.scenario : scenarioAtPoint(context.scenario, context.sweep, task.point);
  return runTask(scenario, task);
}

/** A worker's message handler: remembers the latest job and answers each `run` request. */
export type TaskHandler = (request: WorkerRequest) => WorkerReply | null;

/**
 * Creates a worker's handler. `now` times tasks (milliseconds); it is only reported, never
 * used by the simulation. Sweep points are validated once per job, not once per task.
 */
export function createTaskHandler(now: () => number = () => performance.now()): TaskHandler {
  let job = -1;
  let context: JobContext | null = null;
  let points = new Map<number, Scenario>();
  const scenarioFor = (ctx: JobContext, point: number): Scenario => {
    if (ctx.sweep === null && ctx.points === undefined) return ctx.scenario;
    let at = points.get(point);
    if (at === undefined) {
      at =
        ctx.points !== undefined
          ? scenarioWithValues(ctx.scenario, ctx.points.parameters, ctx.points.values[point]!)
          : scenarioAtPoint(ctx.scenario, ctx.sweep!, point);
      points.set(point, at);
    }
    return at;
  };
  return (request) => {
    if (request.type === "job") {
      job = request.job;
      context = request.context;
      points = new Map();
      return null;
    }
    const { task } = request;
    if (request.job !== job || context === null) {
      const message = `task ${task.index} of job ${request.job} arrived without its job (worker has ${job})`;
      return { type: "failure", job: request.job, index: task.index, kind: "defect", message };
    }
    const started = now();
    try {
      // A sensitivity point runs as the CLI's `runJob` runs it (no faults-off twin unless needed).
      const scenario = scenarioFor(context, task.point);
      const run = context.points !== undefined ? runAtPoint(scenario, task) : runTask(scenario, task);
      return { type: "result", job, index: task.index, run, ms: now() - started };
    } catch (error) {
      const kind =
        error instanceof ValidationError
          ? "validation"
          : error instanceof SimulationError
            ? "simulation"
            : "defect";
      const message = error instanceof Error ? error.message : String(error);
      return { type: "failure", job, index: task.index, kind, message };
    }
  };
}
