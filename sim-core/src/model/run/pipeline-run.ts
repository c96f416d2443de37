/**
 * One triggered pipeline and its stage tasks. A pipeline is owned by a shard (its team's
 * controller group); its stages run as tasks on executors.
 */
import type { Timer } from "../../kernel/timer";
import type { Incident } from "../metrics/incidents";
import type { PipelineRecord } from "../result-types";
import type { ControllerMember } from "./controller-member";
import type { Executor, ExecutorPool } from "./executor-pool";
import type { PipelinePlan } from "./pipeline-plan";
import type { Shard } from "./shard";

/**
 * The shared empty list most tasks keep (allocation-free hot path); never pushed to: use
 * `addWaiting` / `addReservation`, which replace it with a list of the task's own.
 */
// Frozen, so a stray push throws instead of corrupting every task.
const NONE = Object.freeze([]) as unknown as never[];

export function addWaiting(task: StageTask, incident: Incident): void {
  if ((task.waiting as unknown) === NONE) task.waiting = [];
  task.waiting.push(incident);
}

export function addReservation(task: StageTask, pool: ExecutorPool): void {
  if ((task.reservations as unknown) === NONE) task.reservations = [];
  task.reservations.push(pool);
}

/** Empties a task's lists without allocating. */
export function clearWaiting(task: StageTask): void {
  task.waiting = NONE;
}

export function clearReservations(task: StageTask): void {
  task.reservations = NONE;
}

export type TaskState = "queued" | "starting" | "running" | "lost" | "held" | "deferred" | "done" | "aborted";

/** One stage of one pipeline on its way through an executor pool. */
export class StageTask {
  state: TaskState = "queued";
  executor: Executor | null = null;
  timer: Timer | null = null;
  /** Kernel time the current run segment started, and the slow-down factor of that segment. */
  segmentStart = 0;
  factor = 1;
  /** Incidents waiting for this task to run again (resolved when it does); see `addWaiting`. */
  waiting: Incident[] = NONE;
  /** The pool whose work-in-progress limit this task counts against (if bounded). */
  countsIn: ExecutorPool | null = null;
  /** Downstream pools this task holds a reservation in while it runs (finite line buffers). */
  reservations: ExecutorPool[] = NONE;
  attemptStart = 0;

  constructor(
    readonly pipeline: PipelineRun,
    readonly stage: number,
    readonly pool: ExecutorPool,
  ) {}
}

export class PipelineRun {
  /** Work (µs) of each stage's attempt, drawn at trigger time. */
  readonly work: number[];
  /** Saved progress (µs) of each stage: survives an interruption up to the last checkpoint. */
  readonly progress: number[];
  readonly flakyFailures: number[];
  readonly done: number[];
  readonly pendingDeps: number[];
  readonly tasks = new Set<StageTask>();
  /** Uniform draws deciding flaky failures, per stage attempt. */
  readonly draws: number[];
  restarts = 0;
  /** When its first stage first started running (µs), -1 before. */
  firstStart = -1;
  lastIncident = 0;
  finished = false;
  started = false;
  stagesDone = 0;
  /** Completed stages whose successors wait for the controller to come back. */
  deferredDone: number[] = [];
  record: PipelineRecord | null = null;
  /** Downstream pools where this pipeline holds room for a successor stage (finite line buffers). */
  reserved: ExecutorPool[] = [];
  /** The controller that orchestrates it now (null until admitted). */
  owner: ControllerMember | null = null;
  /** Neighbours in the control plane's list of pipelines in flight (see `in-flight-list.ts`). */
  prevInFlight: PipelineRun | null = null;
  nextInFlight: PipelineRun | null = null;

  constructor(
    readonly id: number,
    readonly team: number,
    public shard: Shard,
    readonly triggeredAt: number,
    plan: PipelinePlan,
    work: number[],
    draws: number[],
  ) {
    const n = plan.stages.length;
    this.work = work;
    this.draws = draws;
    // Plain arrays: a pipeline has a handful of stages, and small typed arrays are slow to allocate.
    this.progress = new Array<number>(n).fill(0);
    this.flakyFailures = new Array<number>(n).fill(0);
    this.done = new Array<number>(n).fill(0);
    this.pendingDeps = new Array<number>(n).fill(0);
    for (const s of plan.stages) this.pendingDeps[s.index] = s.deps.length;
  }

  /** Resets every stage for a restart from scratch. */
  reset(plan: PipelinePlan): void {
    this.progress.fill(0);
    this.done.fill(0);
    this.flakyFailures.fill(0);
    this.stagesDone = 0;
    this.deferredDone = [];
    this.reserved = [];
    for (const s of plan.stages) this.pendingDeps[s.index] = s.deps.length;
  }
}
