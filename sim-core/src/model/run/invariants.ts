/**
 * The model's invariants, checked while a replication runs (tests turn this on; it schedules
 * checks of its own, so fingerprints differ from an unchecked run):
 * 1. every pipeline has ended (succeeded, failed or lost) or is in flight, and an in-flight
 *    pipeline that has started has an owner;
 * 2. no work waits while it could run: no queued task beside an idle executor of its pool, no task
 *    deferred, no finished stage waiting to advance and no started pipeline without tasks while
 *    its owner serves, no task held for an executor that is back;
 * 3. every outage closes once its shard serves again: no shard recorded as out while it serves,
 *    and no controller outage still holding a serving shard down.
 * A violation throws, naming the time, the rule and the pipeline or component.
 */
import type { RunContext } from "./context";
import type { ControlPlane } from "./control-plane";
import type { PipelineRun } from "./pipeline-run";
import type { WorkFlow } from "./work-flow";

export class InvariantViolation extends Error {
  constructor(
    readonly at: number,
    readonly rule: string,
    detail: string,
  ) {
    super(`model invariant "${rule}" violated at t = ${at / 1e6} s: ${detail}`);
    this.name = "InvariantViolation";
  }
}

export class Invariants {
  /** Pipelines triggered and not yet ended. */
  readonly live = new Set<PipelineRun>();
  triggered = 0;
  ended = 0;

  constructor(
    private readonly ctx: RunContext,
    private readonly control: ControlPlane,
    private readonly flow: WorkFlow,
    private readonly openImpacts: () => { member: { name: string; shard: { index: number } } }[],
  ) {}

  onArrive(p: PipelineRun): void {
    this.triggered++;
    this.live.add(p);
  }

  onEnd(p: PipelineRun): void {
    if (!this.live.delete(p)) this.fail("pipeline ends once", `pipeline ${p.id} ended twice`);
    this.ended++;
  }

  /** Checks every `every` µs until the horizon. */
  schedule(every: number): void {
    const { k } = this.ctx;
    const tick = () => {
      this.check();
      if (k.now + every < this.ctx.horizon) k.schedule(every, tick);
    };
    k.schedule(every, tick);
  }

  private fail(rule: string, detail: string): never {
    throw new InvariantViolation(this.ctx.k.now, rule, detail);
  }

  check(): void {
    const control = this.control;
    if (this.triggered !== this.ended + this.live.size)
      this.fail(
        "every pipeline ends or is in flight",
        `${this.triggered} triggered, ${this.ended} ended, ${this.live.size} in flight`,
      );
    for (const pool of this.flow.pools.values()) {
      const idle = pool.idle.filter((ex) => ex.up && ex.task === null && !ex.partitioned);
      if (idle.length === 0 || (pool.ephemeral && control.deps.podsBlocked)) continue;
      const waiting = pool.waitingTasks().find((t) => control.canProgress(t.pipeline));
      if (waiting !== undefined)
        this.fail(
          "no work waits beside a free executor",
          `pipeline ${waiting.pipeline.id} stage ${waiting.stage} queued while ${idle[0]!.name} is idle`,
        );
    }
    for (const p of this.live) {
      if (p.finished)
        this.fail("every pipeline ends or is in flight", `pipeline ${p.id} finished but still live`);
      if (!p.started) continue;
      if (p.owner === null)
        this.fail("every pipeline ends or is in flight", `pipeline ${p.id} started without owner`);
      if (!control.canProgress(p)) continue;
      if (p.deferredDone.length > 0)
        this.fail("no work waits while it could run", `pipeline ${p.id}: finished stages wait to advance`);
      if (p.tasks.size === 0)
        this.fail("no work waits while it could run", `pipeline ${p.id} has no stage in flight`);
      for (const t of p.tasks) {
        if (t.state === "deferred")
          this.fail("no work waits while it could run", `pipeline ${p.id} stage ${t.stage} deferred`);
        if (t.state === "held" && t.executor === null) {
          const holder = [...this.flow.pools.values()]
            .flatMap((pool) => pool.executors)
            .find((ex) => ex.held.includes(t));
          if (holder?.up && !holder.partitioned)
            this.fail(
              "no work waits while it could run",
              `pipeline ${p.id} stage ${t.stage} held by ${holder.name}, which is back`,
            );
        }
      }
    }
    const outages = this.ctx.metrics.outages;
    for (const shard of control.shards) {
      const serves =
        !control.deps.intakeBlocked &&
        !control.deps.stateHidden &&
        shard.acceptFraction(control.decoupled) === 1 &&
        (this.ctx.topology.controllers.state === "declared-objects" || shard.servingMembers().length > 0);
      if (serves && outages.isOut(shard.index))
        this.fail(
          "every outage closes once its shard serves",
          `shard ${shard.index} serves but is recorded as out`,
        );
    }
    for (const shard of control.shards) {
      // A failover shard has one serving active: two would each take triggers and run the same
      // state. A hung active keeps its role until it is restarted (and then comes back as a
      // standby if another member took over meanwhile), but it serves nothing.
      if (shard.mode !== "failover") continue;
      const actives = shard.members.filter((m) => m.serving);
      if (actives.length > 1)
        this.fail(
          "a failover shard has at most one serving active controller",
          `shard ${shard.index}: ${actives.map((m) => m.name).join(", ")} are all active`,
        );
    }
    for (const { member } of this.openImpacts()) {
      const shard = control.shards[member.shard.index]!;
      if (shard.mode !== "replica" && shard.servingMembers().length > 0)
        this.fail(
          "every outage closes once its shard serves",
          `${member.name}'s outage still holds shard ${shard.index} down while it serves`,
        );
    }
  }
}
