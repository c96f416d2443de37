/**
 * Worker-thread entry (loaded by piscina through tsx). The default export runs one task of the
 * experiment given once in workerData; `validationCase` runs one case of the validation suite.
 * Expected failures (a run over its event budget, a scenario sim-core rejects) come back as
 * values, because an Error crossing threads loses its class and the CLI must still tell bad
 * input (exit 2) from a defect (exit 3).
 */

import {
  type RunResult,
  type RunTask,
  runValidationCase,
  SimulationError,
  VALIDATION_CASES,
  ValidationError,
  type ValidationOutcome,
  type ValidationProfile,
} from "@resilab/sim-core";
import { workerData } from "piscina";
import { StreamingSummary, type StreamingSummaryJob } from "../run/streaming-summary";
import { type Plan, type Summary, summarizePlan } from "../run/summarize-plan";
import { type JobContext, runJob } from "./run-job";
import type { ExpectedError, WorkerReply } from "./worker-reply";

/** Replication 0 keeps its samples (timelines); the summaries read no other replication's. */
function compacted(result: RunResult, replication: number): RunResult {
  if (replication === 0) return result;
  return {
    ...result,
    incidents: { ...result.incidents, sample: [] },
    pipelines: { ...result.pipelines, sample: [] },
  };
}

/** An expected failure as a value that crosses threads; anything else is rethrown (a defect). */
function expectedError(error: unknown): ExpectedError {
  if (error instanceof SimulationError)
    return { type: "simulation", kind: error.kind, message: error.message };
  if (error instanceof ValidationError)
    return { type: "validation", issues: [...error.issues], message: error.message };
  throw error;
}

/**
 * The runs a summary-collector worker has received, by task index (see summary-collector.ts).
 * Only the collector's single-thread pool calls `collect` and `summarizeCollected`.
 */
let collected: (RunResult | undefined)[] = [];

/** The summary built while a long experiment runs, when the collector started one. */
let streaming: StreamingSummary | null = null;

/** Starts summarizing the runs as they come (an experiment without a sweep). */
export function startStreaming(job: StreamingSummaryJob): true {
  collected = [];
  streaming = new StreamingSummary(job);
  return true;
}

/** Keeps one run for the summary (or summarizes it at its turn); the main thread keeps no copy. */
export function collect(job: { index: number; result: RunResult }): true {
  if (streaming !== null) streaming.take(job.index, job.result);
  else collected[job.index] = job.result;
  return true;
}

/**
 * Summarizes the collected runs off the main thread, so the main thread stays free to answer
 * Ctrl-C while the summary (seconds to minutes for tens of thousands of runs) is computed.
 */
export function summarizeCollected(job: {
  plan: Plan;
  count: number;
}): { ok: true; summary: Summary } | { ok: false; error: ExpectedError } {
  if (streaming !== null) {
    const summary = streaming;
    streaming = null;
    try {
      return { ok: true, summary: summary.finish() };
    } catch (error) {
      return { ok: false, error: expectedError(error) };
    }
  }
  const runs = collected;
  collected = [];
  const have = runs.filter((r) => r !== undefined).length;
  // A defect, not bad input: every run was handed over before the summary was asked for.
  if (runs.length !== job.count || have !== job.count)
    throw new Error(`the summary worker holds ${have} of ${job.count} runs`);
  try {
    return { ok: true, summary: summarizePlan(job.plan, runs as RunResult[]) };
  } catch (error) {
    return { ok: false, error: expectedError(error) };
  }
}

/** Piscina calls this for every task of an experiment or sweep. */
export default function runTaskInWorker(task: RunTask): WorkerReply {
  try {
    const context = workerData as JobContext & { compactSamples?: boolean };
    const result = runJob(context, task);
    return {
      ok: true,
      result: context.compactSamples === true ? compacted(result, task.replication) : result,
    };
  } catch (error) {
    return { ok: false, error: expectedError(error) };
  }
}

/** One case of the validation suite, by its index in VALIDATION_CASES. */
export function validationCase(job: { index: number; profile: ValidationProfile }): ValidationOutcome {
  return runValidationCase(VALIDATION_CASES[job.index]!, job.profile);
}
