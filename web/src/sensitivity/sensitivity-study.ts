/**
 * A sensitivity study in the lab, as `resilab sensitivity` runs it: the same parameters (the
 * scenario's `assumptions:` or the default set), the same design, the same seeds and the same
 * sim-core `runSensitivity` — only the points' runs go to the lab's simulation workers (a
 * `TaskPool` whose job context carries the points, like the CLI's `runJob`). Estimates are judged
 * from the runs in task order, so the result is the CLI's, byte for byte, whatever the workers.
 */
import {
  type EvaluatePoints,
  estimatesFromRuns,
  formatIssue,
  type Parameter,
  planSensitivity,
  type RunResult,
  runSensitivity,
  type Scenario,
  type SensitivityMethod,
  type SensitivityResult,
  sensitivityDesign,
  studyParameters,
  ValidationError,
  validateScenario,
} from "@resilab/sim-core";
import type { FailureKind } from "../run/protocol";
import type { TaskPool } from "../run/task-pool";
import { TOOL_VERSION } from "../version";

/** The study's settings; the defaults are the CLI's. */
export interface StudySettings {
  /** Default "tornado". */
  method: SensitivityMethod;
  /** Replications per point (the CLI's --replications); default 10 in the lab. */
  replications: number;
  /** Morris trajectories (--trajectories); default 10. */
  trajectories: number;
  /** Bisection rounds per verdict flip (--bisect, tornado); default 3. */
  bisect: number;
}

/** The lab's defaults: tornado, 10 replications per point, 10 trajectories, 3 bisection rounds. */
export const DEFAULT_SETTINGS: StudySettings = {
  method: "tornado",
  replications: 10,
  trajectories: 10,
  bisect: 3,
};

/** What a study will do, known before anything runs. */
export interface StudyPlan {
  /** The scenario with the study's replications (validated again, as the CLI's flags are). */
  scenario: Scenario;
  parameters: Parameter[];
  /** True when the scenario lists no assumptions and the default set is used. */
  defaults: boolean;
  points: number;
  /** Runs of the first pass: points × topologies × replications. */
  runs: number;
  /** Runs each bisection round adds per verdict flip (one topology: the replications). */
  runsPerFlipRound: number;
}

/** Plans a study; a scenario or setting that cannot be studied throws a `ValidationError`. */
export function planStudy(scenario: Scenario, settings: StudySettings): StudyPlan {
  const prepared = validateScenario({ ...scenario, replications: settings.replications });
  const { parameters, defaults } = studyParameters(prepared);
  const design = sensitivityDesign(prepared, parameters, settings);
  const runs = design.points.length * prepared.topologies.length * prepared.replications;
  return {
    scenario: prepared,
    parameters,
    defaults,
    points: design.points.length,
    runs,
    runsPerFlipRound: settings.method === "tornado" && settings.bisect > 0 ? prepared.replications : 0,
  };
}

/** A study stopped by Cancel (not a failure). */
export class StudyCancelled extends Error {
  constructor() {
    super("the study was cancelled");
    this.name = "StudyCancelled";
  }
}

/** A run of the study failed: bad input at a point, a simulation limit, or a defect. */
export class StudyFailed extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
  ) {
    super(message);
    this.name = "StudyFailed";
  }
}

/** Progress of a study: runs done of the runs known so far, and the pass (0 = the design's points). */
export type StudyProgress = (done: number, total: number, round: number) => void;

/** A running study. */
export interface StudyRun {
  /** The result; rejects with `StudyCancelled` or `StudyFailed` (or a `ValidationError`). */
  result: Promise<SensitivityResult>;
  /** Stops it at once: queued runs are dropped and busy workers are ended. */
  cancel(): void;
}

/** Runs `plan` on `pool` (the pool runs one job at a time; a study is a series of jobs). */
export function runStudy(
  pool: TaskPool,
  plan: StudyPlan,
  settings: StudySettings,
  onProgress: StudyProgress = () => {},
): StudyRun {
  const { scenario, parameters } = plan;
  let cancelled = false;
  let stopCurrent: (() => void) | null = null;
  let doneBefore = 0;
  let round = 0;
  const evaluate: EvaluatePoints = (points) =>
    new Promise((resolve, reject) => {
      if (cancelled) {
        reject(new StudyCancelled());
        return;
      }
      const tasks = planSensitivity(scenario, points);
      const runs: RunResult[] = new Array(tasks.length);
      const context = { scenario, sweep: null, points: { parameters, values: points.map((p) => p.values) } };
      let done = 0;
      const pass = round++;
      onProgress(doneBefore, doneBefore + tasks.length, pass);
      const run = pool.run(context, tasks, {
        onResult(task, result) {
          runs[task.index] = result;
          done += 1;
          onProgress(doneBefore + done, doneBefore + tasks.length, pass);
        },
        onFailure(task, kind, message) {
          stopCurrent = null;
          reject(new StudyFailed(kind, `run ${task.index + 1} (point ${task.point + 1}): ${message}`));
        },
        onComplete() {
          stopCurrent = null;
          doneBefore += tasks.length;
          resolve({ estimates: estimatesFromRuns(scenario, points.length, tasks, runs), runs: runs.length });
        },
      });
      stopCurrent = () => {
        run.cancel();
        reject(new StudyCancelled());
      };
    });
  const result = runSensitivity(
    scenario,
    parameters,
    {
      method: settings.method,
      trajectories: settings.trajectories,
      bisect: settings.bisect,
      defaultAssumptions: plan.defaults,
      toolVersion: TOOL_VERSION,
    },
    evaluate,
  );
  return {
    result,
    cancel() {
      cancelled = true;
      const stop = stopCurrent;
      stopCurrent = null;
      stop?.();
    },
  };
}

/** A failure as one sentence for the page (a validation error lists its issues, never a stack). */
export function studyErrorText(error: unknown): string {
  if (error instanceof ValidationError) return error.issues.map(formatIssue).join("; ");
  if (error instanceof StudyFailed) return `${error.kind === "defect" ? "a defect: " : ""}${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
