/**
 * Messages between the page and the job worker, the worker that owns a running experiment or
 * sweep: it feeds the simulation workers, merges their results and summarizes the pictures, so
 * the page's thread only receives progress (at most every `PROGRESS_INTERVAL_MS`) and pictures.
 */
import type { ExperimentResult, Scenario, SweepResult, SweepSpec } from "@resilab/sim-core";
import type { ExportFormat, ExportKind } from "./result-export";
import type { Picture, StreamFailure } from "./stream";

/** Least time between two progress messages (ms): enough for a smooth bar, few renders. */
export const PROGRESS_INTERVAL_MS = 100;

/** A picture of either kind of job. */
export type JobPicture = Picture<ExperimentResult> | Picture<SweepResult>;

/** Page → job worker. */
export type JobRequest =
  | { type: "start"; job: number; scenario: Scenario; sweep: SweepSpec | null; workers: number }
  | { type: "cancel"; job: number }
  /** The export of the last finished job of `kind` (answered with `exported`). */
  | { type: "export"; request: number; kind: ExportKind; format: ExportFormat };

/**
 * Job worker → page. `job` tells replies of a replaced job apart. Pictures carry only
 * replication 0's runs (`shownExperiment`); exports are written from the full result.
 */
export type JobReply =
  | { type: "progress"; job: number; done: number; total: number }
  | { type: "picture"; job: number; picture: JobPicture }
  | { type: "error"; job: number; failure: StreamFailure }
  | { type: "cancelled"; job: number }
  /** `job`: the job whose result was exported (null with `text` null: none has finished). */
  | { type: "exported"; request: number; job: number | null; text: string | null };
