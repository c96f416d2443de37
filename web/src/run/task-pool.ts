/**
 * A pool of simulation workers (one per core in the browser) that runs the tasks of one job at a
 * time, in the order given, and reports each result as it arrives. Starting a new job cancels
 * the one it replaces: queued tasks are dropped, late replies are ignored, and a worker stuck
 * in a long stale task is terminated and replaced, so a what-if change never waits long.
 */
import type { RunResult, RunTask } from "@resilab/sim-core";
import type { EndpointFactory, TaskEndpoint } from "./endpoint";
import type { FailureKind, JobContext, WorkerReply } from "./protocol";

/** What the pool tells the owner of a job; nothing is called after the job is cancelled. */
export interface PoolListener {
  onResult(task: RunTask, run: RunResult, ms: number): void;
  /** The first failure ends the job (the remaining tasks are cancelled). */
  onFailure(task: RunTask, kind: FailureKind, message: string): void;
  /** Every task has a result. */
  onComplete(): void;
}

/** A running job. */
export interface PoolRun {
  readonly job: number;
  /** Cancels the job if it is still the pool's current one. */
  cancel(): void;
}

/** Pool options. */
export interface TaskPoolOptions {
  /** Number of workers (≥ 1). */
  size: number;
  /**
   * When a job is cancelled, a worker whose stale task has run this long (ms) is terminated and
   * replaced instead of being left to finish; default 1000. Short tasks finish sooner than a
   * fresh worker warms up, long ones do not.
   */
  terminateAfterMs?: number;
  /** Clock in milliseconds (tests inject one); default `performance.now`. */
  now?: () => number;
}

interface Slot {
  endpoint: TaskEndpoint | null;
  /** The job whose context this worker holds. */
  job: number;
  busy: { job: number; task: RunTask; started: number } | null;
}

interface Job {
  job: number;
  context: JobContext;
  queue: RunTask[];
  outstanding: number;
  listener: PoolListener;
  finished: boolean;
}

/** Runs jobs on a fixed number of workers created by `factory`. */
export class TaskPool {
  readonly size: number;
  private readonly factory: EndpointFactory;
  private readonly terminateAfterMs: number;
  private readonly now: () => number;
  private readonly slots: Slot[];
  private current: Job | null = null;
  private counter = 0;
  private disposed = false;

  constructor(factory: EndpointFactory, options: TaskPoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) {
      throw new RangeError(`pool size: got ${options.size}; allowed: a whole number ≥ 1`);
    }
    this.size = options.size;
    this.factory = factory;
    this.terminateAfterMs = options.terminateAfterMs ?? 1000;
    this.now = options.now ?? (() => performance.now());
    this.slots = Array.from({ length: options.size }, () => ({ endpoint: null, job: -1, busy: null }));
  }

  /** Starts `tasks` (dispatched in this order) of `context`, cancelling the current job. */
  run(context: JobContext, tasks: readonly RunTask[], listener: PoolListener): PoolRun {
    if (this.disposed) throw new Error("the task pool was disposed");
    this.stop();
    const job: Job = {
      job: ++this.counter,
      context,
      queue: [...tasks],
      outstanding: tasks.length,
      listener,
      finished: false,
    };
    this.current = job;
    if (tasks.length === 0) {
      job.finished = true;
      queueMicrotask(() => listener.onComplete());
    } else {
      this.dispatch();
    }
    return { job: job.job, cancel: () => this.current === job && this.stop() };
  }

  /** Cancels the current job, if any. */
  cancel(): void {
    this.stop();
  }

  /** The number of workers busy right now (stale tasks included). */
  busyCount(): number {
    return this.slots.filter((s) => s.busy !== null).length;
  }

  /** Terminates every worker; the pool cannot be used afterwards. */
  dispose(): void {
    this.stop();
    this.disposed = true;
    for (const slot of this.slots) {
      slot.endpoint?.terminate();
      slot.endpoint = null;
      slot.busy = null;
    }
  }

  private stop(): void {
    const job = this.current;
    if (job === null) return;
    this.current = null;
    job.finished = true;
    job.queue.length = 0;
    const now = this.now();
    for (const slot of this.slots) {
      if (slot.busy !== null && now - slot.busy.started >= this.terminateAfterMs) {
        slot.endpoint?.terminate();
        slot.endpoint = null;
        slot.busy = null;
      }
    }
  }

  private connect(slot: Slot): TaskEndpoint {
    const endpoint = this.factory({
      onReply: (reply) => slot.endpoint === endpoint && this.onReply(slot, reply),
      onCrash: (message) => slot.endpoint === endpoint && this.onCrash(slot, message),
    });
    slot.endpoint = endpoint;
    slot.job = -1;
    return endpoint;
  }

  private dispatch(): void {
    const job = this.current;
    if (job === null || job.finished) return;
    for (const slot of this.slots) {
      if (slot.busy !== null) continue;
      const task = job.queue.shift();
      if (task === undefined) return;
      const endpoint = slot.endpoint ?? this.connect(slot);
      if (slot.job !== job.job) {
        endpoint.send({ type: "job", job: job.job, context: job.context });
        slot.job = job.job;
      }
      endpoint.send({ type: "run", job: job.job, task });
      slot.busy = { job: job.job, task, started: this.now() };
    }
  }

  private onReply(slot: Slot, reply: WorkerReply): void {
    const busy = slot.busy;
    if (busy === null || busy.job !== reply.job || busy.task.index !== reply.index) return;
    slot.busy = null;
    const job = this.current;
    if (job !== null && !job.finished && job.job === reply.job) {
      if (reply.type === "result") {
        job.outstanding -= 1;
        if (job.outstanding === 0) job.finished = true;
        job.listener.onResult(busy.task, reply.run, reply.ms);
        if (job.finished && this.current === job) {
          this.current = null;
          job.listener.onComplete();
        }
      } else {
        this.stop();
        job.listener.onFailure(busy.task, reply.kind, reply.message);
      }
    }
    this.dispatch();
  }

  private onCrash(slot: Slot, message: string): void {
    const busy = slot.busy;
    slot.endpoint?.terminate();
    slot.endpoint = null;
    slot.busy = null;
    const job = this.current;
    if (busy !== null && job !== null && !job.finished && busy.job === job.job) {
      this.stop();
      job.listener.onFailure(busy.task, "defect", `a simulation worker crashed: ${message}`);
      return;
    }
    this.dispatch();
  }
}
