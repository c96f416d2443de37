/**
 * Executors (static agents or ephemeral pod slots) grouped in pools by label, with the queue of
 * stage tasks in front of each pool. A bounded pool (`intake.stageBuffer`) is a finite line
 * buffer: it limits the tasks of its label that are waiting, running, or being produced upstream
 * (the Buzacott/Gershwin convention: an upstream stage starts only when the buffer has room).
 */
import type { Timer } from "../../kernel/timer";
import type { Incident } from "../metrics/incidents";
import type { StageTask } from "./pipeline-run";

export class Executor {
  up = true;
  task: StageTask | null = null;
  /** Tasks waiting for this executor to come back (hold-until-return). */
  held: StageTask[] = [];
  slowFactor = 1;
  /** Cut off from its controller (agent partition); finished tasks wait in `held` until it heals. */
  partitioned = false;
  /**
   * Counts partitions; a partition's heal and detection timers act only while it is still the
   * current one (an executor failure ends a partition early: the machine reconnects afresh).
   */
  partitionEpoch = 0;
  /** Operating-clock failures: remaining busy time to the next failure (µs) and its timer. */
  opRemaining = Number.POSITIVE_INFINITY;
  opTimer: Timer | null = null;
  opSince = 0;
  onOperatingFailure: (() => void) | null = null;
  /** The incident of the current outage, if down. */
  outage: Incident | null = null;

  constructor(
    readonly index: number,
    readonly name: string,
    readonly pool: ExecutorPool,
    readonly node: number,
    readonly zone: number,
  ) {}
}

export class ExecutorPool {
  readonly executors: Executor[] = [];
  readonly idle: Executor[] = [];
  private queue: StageTask[] = [];
  private head = 0;
  /** Tasks counted against the limit (queued + running + reserved upstream). */
  wip = 0;
  /** Upstream tasks waiting for room in this pool's buffer. */
  readonly blockedUpstream: StageTask[] = [];

  constructor(
    readonly label: string,
    readonly ephemeral: boolean,
    /** Work-in-progress limit (Infinity = unbounded). */
    readonly limit: number,
  ) {}

  get queued(): number {
    return this.queue.length - this.head;
  }

  enqueue(task: StageTask): void {
    this.queue.push(task);
  }

  /** Puts a task back at the head of the queue (work handed back after a failure). */
  requeueFront(task: StageTask): void {
    if (this.head > 0) this.queue[--this.head] = task;
    else this.queue.unshift(task);
  }

  /** Next queued task that is still waiting (skips tasks aborted while queued). */
  takeNext(): StageTask | null {
    while (this.head < this.queue.length) {
      const task = this.queue[this.head]!;
      this.queue[this.head++] = undefined as unknown as StageTask;
      if (this.head > 1024 && this.head * 2 > this.queue.length) {
        this.queue = this.queue.slice(this.head);
        this.head = 0;
      }
      if (task.state === "queued") return task;
    }
    return null;
  }

  /** Tasks still waiting in the queue (for invariant checks; not the hot path). */
  waitingTasks(): StageTask[] {
    return this.queue.slice(this.head).filter((t) => t !== undefined && t.state === "queued");
  }

  hasRoom(): boolean {
    return this.wip < this.limit;
  }
}
