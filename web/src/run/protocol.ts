/**
 * The messages between the lab and its simulation workers. Plain structured-clonable objects,
 * so the same protocol runs over a browser Web Worker, a Node worker thread (the bench) and an
 * in-process endpoint (unit tests).
 */
import type { Parameter, RunResult, RunTask, Scenario, SweepSpec } from "@resilab/sim-core";

/** The experiment a worker works on: sent once per run, before its tasks. */
export interface JobContext {
  scenario: Scenario;
  /** Present for sweeps: `task.point` indexes `sweep.values`. */
  sweep: SweepSpec | null;
  /** Sensitivity studies: `task.point` indexes `values` (one value per parameter), as the CLI's `runJob`. */
  points?: { parameters: Parameter[]; values: number[][] };
}

/** Lab → worker. `job` numbers runs, so replies of a replaced run can be told apart and dropped. */
export type WorkerRequest =
  | { type: "job"; job: number; context: JobContext }
  | { type: "run"; job: number; task: RunTask };

/** Why a task failed: bad input (the scenario), a simulation limit, or a defect. */
export type FailureKind = "validation" | "simulation" | "defect";

/** Worker → lab: one reply per `run` request. `ms` is the task's wall time in the worker. */
export type WorkerReply =
  | { type: "result"; job: number; index: number; run: RunResult; ms: number }
  | { type: "failure"; job: number; index: number; kind: FailureKind; message: string };
