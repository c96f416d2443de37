/**
 * The work flow of pipelines through executors: stages become tasks, tasks wait in their label's
 * pool, run on an executor (after pod startup for ephemeral executors), fail flakily and retry,
 * and are interrupted by failures — at which point the scenario's in-flight policy decides what
 * happens (see `interruption-policy.ts`). Callbacks, not processes: this is the hot path.
 */
import type { Incident } from "../metrics/incidents";
import type { PipelineOutcome } from "../result-types";
import { MAX_DRAW, type RunContext } from "./context";
import type { ControlPlane } from "./control-plane";
import type { Dependencies } from "./dependencies";
import { cellPoolKey } from "./executor-cells";
import type { Executor, ExecutorPool } from "./executor-pool";
import { startOperating, stopOperating } from "./operating-clock";
import type { PipelinePlan } from "./pipeline-plan";
import { addReservation, clearReservations, clearWaiting, type PipelineRun, StageTask } from "./pipeline-run";
import type { StartupModel } from "./startup-model";

export class WorkFlow {
  control!: ControlPlane;
  deps!: Dependencies;
  /** Checkouts waiting for the source host, and stages waiting for the artifact store to upload. */
  private checkoutWaiting: StageTask[] = [];
  private uploadWaiting: StageTask[] = [];
  /** Per stage: is it a root (a checkout that needs the source host)? */
  private readonly isRoot: boolean[];
  /** Extra factor on stage time from shared-store lock contention. */
  contention = 1;
  /** The pool of each stage's label (precomputed: this is the hot path); cell 0 with cells. */
  private readonly stagePool: ExecutorPool[];
  /** Per stage: the bounded pools of its single-input successors, where it must reserve room. */
  private readonly reserveTargets: ExecutorPool[][];
  /** Team-dedicated cells (`executors.cells`, default 1); with more, the above per cell. */
  private readonly cells: number;
  private readonly cellStagePool: ExecutorPool[][];
  private readonly cellReserveTargets: ExecutorPool[][][];

  constructor(
    readonly ctx: RunContext,
    readonly plan: PipelinePlan,
    readonly pools: Map<string, ExecutorPool>,
    readonly startupModel: StartupModel | null,
  ) {
    this.cells = ctx.topology.executors.cells ?? 1;
    this.cellStagePool = Array.from({ length: this.cells }, (_, c) =>
      plan.stages.map((s) => pools.get(cellPoolKey(s.label, c))!),
    );
    this.stagePool = this.cellStagePool[0]!;
    this.isRoot = plan.stages.map((s) => s.deps.length === 0);
    this.cellReserveTargets = this.cellStagePool.map((stagePool) =>
      plan.stages.map((s) =>
        s.dependents
          .filter((d) => plan.stages[d]!.deps.length === 1 && Number.isFinite(stagePool[d]!.limit))
          .map((d) => stagePool[d]!),
      ),
    );
    this.reserveTargets = this.cellReserveTargets[0]!;
  }

  /** The pool stage `stage` of pipeline `p` runs in: its label's pool, in its team's cell. */
  private poolOf(p: PipelineRun, stage: number): ExecutorPool {
    return this.cells === 1 ? this.stagePool[stage]! : this.cellStagePool[p.team % this.cells]![stage]!;
  }

  /** Starts a pipeline's root stages. */
  start(p: PipelineRun): void {
    p.started = true;
    for (const root of this.plan.roots) this.launch(p, root, false);
  }

  /**
   * Makes a stage's task and queues it in its pool: at the back for new work, at the head
   * (`front`) for work handed back after a failure, so it keeps its place before later triggers.
   */
  launch(
    p: PipelineRun,
    stage: number,
    reserved: boolean,
    waiting: Incident[] | null = null,
    front = false,
  ): StageTask {
    const pool = this.poolOf(p, stage);
    const task = new StageTask(p, stage, pool);
    if (waiting !== null && waiting.length > 0) task.waiting = waiting;
    p.tasks.add(task);
    if (Number.isFinite(pool.limit)) {
      if (!reserved) pool.wip++;
      task.countsIn = pool;
    }
    this.submit(task, front);
    return task;
  }

  /** Puts a task in its pool's queue (at the head when it is work handed back after a failure). */
  submit(task: StageTask, front: boolean): void {
    if (!this.control.canProgress(task.pipeline)) {
      task.state = "deferred";
      this.control.defer(task);
      return;
    }
    task.state = "queued";
    if (front) task.pool.requeueFront(task);
    else task.pool.enqueue(task);
    this.dispatch(task.pool);
  }

  dispatch(pool: ExecutorPool): void {
    if (pool.ephemeral && this.deps.podsBlocked) return; // no new pod until the API server and registry answer
    while (pool.idle.length > 0) {
      const task = pool.takeNext();
      if (task === null) return;
      if (!this.control.canProgress(task.pipeline)) {
        task.state = "deferred";
        this.control.defer(task);
        continue;
      }
      if (this.deps.checkoutBlocked && this.isRoot[task.stage] && task.pipeline.progress[task.stage] === 0) {
        this.checkoutWaiting.push(task); // stays "queued": it runs first when the source host returns
        continue;
      }
      this.assign(task, pool.idle.pop()!);
    }
  }

  assign(task: StageTask, ex: Executor): void {
    ex.task = task;
    task.executor = ex;
    task.attemptStart = this.ctx.k.now;
    if (!this.reserveDownstream(task)) return;
    if (this.startupModel !== null) {
      task.state = "starting";
      task.timer = this.ctx.k.schedule(this.startupModel.next(), () => this.beginRun(task));
    } else {
      this.beginRun(task);
    }
  }

  /** Finite line buffers: an upstream stage starts only when each single-input successor's buffer has room. */
  private reserveDownstream(task: StageTask): boolean {
    const targets = (
      this.cells === 1 ? this.reserveTargets : this.cellReserveTargets[task.pipeline.team % this.cells]!
    )[task.stage]!;
    if (targets.length === 0 || task.reservations.length > 0) return true; // none needed, or held since before a failure
    for (const pool of targets) {
      if (!pool.hasRoom()) {
        task.state = "starting"; // holds its executor, blocked before service
        task.timer = null;
        pool.blockedUpstream.push(task);
        return false;
      }
    }
    for (const pool of targets) {
      pool.wip++;
      addReservation(task, pool);
    }
    return true;
  }

  beginRun(task: StageTask): void {
    const { k } = this.ctx;
    const p = task.pipeline;
    const ex = task.executor!;
    task.state = "running";
    task.timer = null;
    if (p.firstStart < 0) p.firstStart = k.now;
    task.segmentStart = k.now;
    task.factor = ex.slowFactor * this.control.slowFactor(p) * this.contention;
    const remaining = p.work[task.stage]! - p.progress[task.stage]!;
    // Capped like a random draw (MAX_DRAW): a slowed, contended stage cannot overflow kernel time.
    const delay = Math.min(MAX_DRAW, Math.max(0, Math.round(remaining * task.factor)));
    task.timer = k.schedule(delay, () => this.complete(task));
    if (ex.onOperatingFailure !== null) startOperating(this.ctx.k, ex);
    if (task.waiting.length > 0) {
      for (const incident of task.waiting) incident.resolve(k.now);
      clearWaiting(task);
    }
  }

  complete(task: StageTask): void {
    const { k } = this.ctx;
    const p = task.pipeline;
    const ex = task.executor!;
    task.timer = null;
    if (this.deps.uploadBlocked) {
      this.uploadWaiting.push(task); // holds its executor until the artifact store takes its results
      return;
    }
    stopOperating(this.ctx.k, ex);
    if (ex.partitioned) {
      // The agent finished but its controller cannot hear it until the partition heals.
      p.progress[task.stage] = p.work[task.stage]!;
      task.state = "held";
      ex.held.push(task);
      return;
    }
    const stage = this.plan.stages[task.stage]!;
    if (stage.flaky > 0) {
      const attempt = p.flakyFailures[task.stage]!;
      if (p.draws[stage.drawOffset + attempt]! < stage.flaky) {
        this.recordAttempt(task, "flaky");
        p.flakyFailures[task.stage] = attempt + 1;
        if (attempt + 1 > stage.retries) {
          this.finish(p, "failed-flaky");
          return;
        }
        p.progress[task.stage] = 0;
        task.attemptStart = k.now;
        this.beginRun(task);
        return;
      }
    }
    this.recordAttempt(task, "ok");
    p.progress[task.stage] = p.work[task.stage]!;
    const reservations = task.reservations;
    clearReservations(task);
    this.retire(task, "done");
    p.done[task.stage] = 1;
    p.stagesDone++;
    if (p.stagesDone === this.plan.stages.length) {
      this.finish(p, "succeeded");
      return;
    }
    for (const pool of reservations) p.reserved.push(pool);
    if (this.control.canProgress(p)) this.advance(p, task.stage);
    else p.deferredDone.push(task.stage);
  }

  /** A dependency is back: what waited for it goes on (checkouts first, at the head of their queues). */
  dependencyBack(): void {
    if (!this.deps.uploadBlocked && this.uploadWaiting.length > 0) {
      const waiting = this.uploadWaiting;
      this.uploadWaiting = [];
      for (const t of waiting)
        if (t.state === "running" && t.timer === null && t.executor !== null && !t.pipeline.finished)
          this.complete(t);
    }
    if (!this.deps.checkoutBlocked && this.checkoutWaiting.length > 0) {
      const waiting = this.checkoutWaiting;
      this.checkoutWaiting = [];
      for (let i = waiting.length - 1; i >= 0; i--) {
        const t = waiting[i]!;
        if (t.state === "queued" && !t.pipeline.finished) t.pool.requeueFront(t);
      }
    }
    for (const pool of this.pools.values()) this.dispatch(pool);
  }

  /** Starts the successors of a finished stage whose inputs are all done. */
  advance(p: PipelineRun, stage: number): void {
    for (const d of this.plan.stages[stage]!.dependents) {
      if (--p.pendingDeps[d]! === 0) {
        const at = p.reserved.length === 0 ? -1 : p.reserved.indexOf(this.poolOf(p, d));
        if (at >= 0) p.reserved.splice(at, 1);
        this.launch(p, d, at >= 0);
      }
    }
  }

  /** Stops a task where it is and frees its executor (if that executor is still up). */
  detach(task: StageTask): void {
    const { k } = this.ctx;
    if (task.timer !== null) {
      k.cancel(task.timer);
      task.timer = null;
    }
    const ex = task.executor;
    if (ex === null) return;
    stopOperating(this.ctx.k, ex);
    this.recordAttempt(task, "interrupted");
    ex.task = null;
    task.executor = null;
    if (this.startupModel !== null)
      this.ctx.metrics.cost.add("executor", 1, (k.now - task.attemptStart) / 1e6);
    if (ex.up) {
      ex.pool.idle.push(ex);
      this.dispatch(ex.pool);
    }
  }

  /** Takes a task off its executor and out of its pipeline. */
  retire(task: StageTask, state: "done" | "aborted"): void {
    const { k } = this.ctx;
    if (task.timer !== null) {
      k.cancel(task.timer);
      task.timer = null;
    }
    const ex = task.executor;
    if (ex !== null) {
      stopOperating(this.ctx.k, ex);
      ex.task = null;
      task.executor = null;
      if (this.startupModel !== null)
        this.ctx.metrics.cost.add("executor", 1, (k.now - task.attemptStart) / 1e6);
      if (ex.up) {
        ex.pool.idle.push(ex);
        this.dispatch(ex.pool);
      }
    }
    task.state = state;
    task.pipeline.tasks.delete(task);
    if (task.reservations.length > 0) {
      for (const pool of task.reservations) this.releaseRoom(pool);
      clearReservations(task);
    }
    if (task.countsIn !== null) {
      const pool = task.countsIn;
      task.countsIn = null;
      this.releaseRoom(pool);
    }
    if (task.waiting.length > 0) {
      // Interrupted work that ends here without running again was abandoned.
      for (const incident of task.waiting)
        if (state === "aborted") incident.abandon(k.now);
        else incident.resolve(k.now);
      clearWaiting(task);
    }
  }

  private releaseRoom(pool: ExecutorPool): void {
    pool.wip--;
    while (pool.hasRoom() && pool.blockedUpstream.length > 0) {
      const upstream = pool.blockedUpstream.shift()!;
      if (upstream.state === "starting" && upstream.timer === null && upstream.executor !== null) {
        this.assign(upstream, upstream.executor);
      }
    }
  }

  /** Ends a pipeline: aborts what still runs and reports the outcome. */
  finish(p: PipelineRun, outcome: PipelineOutcome): void {
    if (p.finished) return;
    p.finished = true;
    for (const task of [...p.tasks]) this.retire(task, "aborted");
    this.releaseReserved(p);
    this.control.pipelineFinished(p, outcome);
  }

  /** Gives back room a pipeline held in downstream buffers. */
  releaseReserved(p: PipelineRun): void {
    const pools = p.reserved;
    p.reserved = [];
    for (const pool of pools) this.releaseRoom(pool);
  }

  recordAttempt(task: StageTask, result: "ok" | "flaky" | "interrupted"): void {
    const record = task.pipeline.record;
    if (record !== null && record.attempts.length < 64) {
      record.attempts.push([task.stage, task.attemptStart / 1e6, this.ctx.k.now / 1e6, result]);
    }
  }
}
