/**
 * The control plane: shards of controllers, the routing of triggers to them, the intake line
 * buffers and the admission of pipelines, plus the service-level signals (availability to accept
 * triggers and to show state, queue length). Controller outages live in `controller-outages.ts`.
 */

import type { Rng } from "../../random/rng";
import type { PipelineOutcome } from "../result-types";
import { type RunContext, us } from "./context";
import type { ControllerMember } from "./controller-member";
import type { Dependencies } from "./dependencies";
import { InFlightList } from "./in-flight-list";
import type { Invariants } from "./invariants";
import type { PipelineRun, StageTask } from "./pipeline-run";
import type { Shard } from "./shard";
import type { WorkFlow } from "./work-flow";

export class ControlPlane {
  private queued = 0;
  private readonly totalTeams: number;
  private readonly pick: Rng;
  /** Called whenever a pipeline leaves the system (a saturated source replaces its own); `refused` at the door. */
  onDeparture: ((p: PipelineRun, refused: boolean) => void) | null = null;
  deps!: Dependencies;
  /** Pipelines triggered and not yet ended (their feedback is censored at the horizon). */
  readonly inFlight = new InFlightList();
  /** Invariant checks (tests): told of every pipeline that arrives and ends. */
  invariants: Invariants | null = null;

  constructor(
    readonly ctx: RunContext,
    readonly flow: WorkFlow,
    readonly shards: Shard[],
    readonly members: ControllerMember[],
    private readonly shardOfTeam: Int32Array,
  ) {
    this.totalTeams = shardOfTeam.length;
    this.pick = ctx.streams.stream("router/pick");
  }

  shardFor(team: number): Shard {
    return this.shards[this.shardOfTeam[team]!]!;
  }

  get decoupled(): boolean {
    return this.ctx.topology.intake.decoupled;
  }

  // ---- hooks used by the work flow ----

  canProgress(p: PipelineRun): boolean {
    const owner = p.owner;
    if (owner === null || !owner.serving) return false;
    return !(owner.shard.mode === "failover" && owner.shard.switching);
  }

  defer(task: StageTask): void {
    const owner = task.pipeline.owner;
    if (owner !== null) owner.deferred.push(task);
  }

  slowFactor(p: PipelineRun): number {
    return p.owner === null ? 1 : p.owner.slowFactor;
  }

  pipelineFinished(p: PipelineRun, outcome: PipelineOutcome): void {
    const { k, metrics } = this.ctx;
    metrics.inSystem.set(k.now, metrics.inSystem.current - 1);
    metrics.backlog?.departed(p.shard.index, k.now);
    this.inFlight.remove(p);
    this.invariants?.onEnd(p);
    metrics.pipelines.onFinished(p.triggeredAt, p.firstStart, k.now, outcome, p.restarts, p.record);
    if (this.onDeparture !== null) {
      // A saturated backlog replaces a departing pipeline at once — but one refused at the door
      // (lost before it started: no controller, a full intake) is offered again only after the
      // sender's retry backoff (`trigger-sources.ts`), or the backlog would refuse and replace it
      // for ever at the same instant (a zero-delay cycle).
      this.onDeparture(p, outcome === "lost" && !p.started);
    }
    if (!p.started) return;
    const owner = p.owner;
    if (owner !== null) {
      owner.pipelines.delete(p);
      owner.hazard?.changed();
    }
    p.shard.running--;
    this.pull(p.shard);
  }

  // ---- triggers ----

  /** A trigger arrives (again, for `attempt` > 0) for its team's shard. */
  arrive(p: PipelineRun, attempt: number): void {
    const { k, metrics, topology } = this.ctx;
    if (attempt === 0) {
      metrics.inSystem.set(k.now, metrics.inSystem.current + 1);
      metrics.backlog?.arrived(p.shard.index);
      this.inFlight.add(p);
      this.invariants?.onArrive(p);
      p.shard.history++;
    }
    const shard = p.shard;
    if (this.accepts(shard)) {
      this.admit(shard, p);
      return;
    }
    switch (topology.onTriggerUnavailable) {
      case "buffer":
        this.admit(shard, p);
        return;
      case "retry": {
        const r = topology.triggerRetry;
        if (attempt < r.attempts) {
          const backoff = Math.min(r.initial * 2 ** attempt, r.max);
          k.schedule(us(backoff), () => this.arrive(p, attempt + 1));
          return;
        }
        this.lose(p);
        return;
      }
      case "lose":
        this.lose(p);
        return;
    }
  }

  /** Does the shard take a trigger now? A replica shard routes it to a replica still in the router. */
  private accepts(shard: Shard): boolean {
    if (this.deps.intakeBlocked) return false;
    if (this.decoupled) return true;
    if (shard.mode === "replica") {
      const routed = shard.members.filter((m) => m.inRouter);
      if (routed.length === 0) return false;
      const target = routed[Math.floor(this.pick.next() * routed.length)]!;
      return target.serving;
    }
    return shard.servingMembers().length > 0;
  }

  private lose(p: PipelineRun): void {
    p.finished = true;
    this.pipelineFinished(p, "lost");
  }

  private admit(shard: Shard, p: PipelineRun): void {
    const { intake } = this.ctx.topology;
    this.ctx.metrics.accepted++;
    if (shard.intakeLength === 0 && shard.running < shard.capacity()) {
      this.startOn(shard, p);
    } else if (shard.intakeLength < intake.capacity) {
      shard.intake.push(p);
      this.setQueued(1);
    } else if (intake.overflow === "block") {
      shard.blocked.push(p);
      this.setQueued(1);
    } else {
      this.lose(p);
    }
  }

  /** Moves triggers from the intake to orchestration while there is capacity. */
  pull(shard: Shard): void {
    while (shard.running < shard.capacity()) {
      const p = shard.shiftIntake();
      if (p === undefined) break;
      this.setQueued(-1);
      if (shard.blocked.length > 0) shard.intake.push(shard.blocked.shift()!);
      this.startOn(shard, p);
    }
  }

  private startOn(shard: Shard, p: PipelineRun): void {
    const owner = this.leastLoaded(shard);
    if (owner === null) {
      shard.intake.push(p);
      this.setQueued(1);
      return;
    }
    p.owner = owner;
    owner.pipelines.add(p);
    owner.hazard?.changed();
    shard.running++;
    this.flow.start(p);
  }

  /** The serving member with the fewest pipelines (lowest index on ties). */
  leastLoaded(shard: Shard): ControllerMember | null {
    let best: ControllerMember | null = null;
    for (const m of shard.servingMembers())
      if (best === null || m.pipelines.size < best.pipelines.size) best = m;
    return best;
  }

  /** Intake triggers lost with a controller whose buffer does not survive it. */
  dropIntake(shard: Shard): PipelineRun[] {
    const lost: PipelineRun[] = [];
    for (let p = shard.shiftIntake(); p !== undefined; p = shard.shiftIntake()) lost.push(p);
    for (const p of shard.blocked) lost.push(p); // no push(...spread): unbounded lists overflow the stack
    shard.blocked = [];
    this.setQueued(-lost.length);
    for (const p of lost) this.lose(p);
    return lost;
  }

  /**
   * End-user requests (retail-style SLO): a request that reaches a shard while it cannot answer is
   * blocked until it answers again. Per outage of length D with a share s of the requests
   * affected, r·s·max(0, D − θ) requests wait longer than the threshold θ, and the longest wait is D.
   */
  private trackBlocking(shard: Shard, weight: number, fraction: number): void {
    const now = this.ctx.k.now;
    if (fraction < 1 && shard.blockedSince < 0) {
      shard.blockedSince = now;
      shard.blockedShare = weight * (1 - fraction);
    } else if (fraction === 1 && shard.blockedSince >= 0) {
      this.closeBlocking(shard, now);
    }
  }

  private closeBlocking(shard: Shard, now: number): void {
    const endUser = this.ctx.scenario.workload.endUser;
    const start = Math.max(shard.blockedSince, this.ctx.warmup);
    shard.blockedSince = -1;
    if (endUser === undefined || now <= start) return;
    const d = (now - start) / 1e6;
    const metrics = this.ctx.metrics;
    metrics.blockedOver +=
      endUser.requestsPerSecond * shard.blockedShare * Math.max(0, d - endUser.blockedThreshold);
    if (d > metrics.blockedMax) metrics.blockedMax = d;
  }

  /** Closes blocking intervals still open at the horizon. */
  finishBlocking(): void {
    for (const shard of this.shards) if (shard.blockedSince >= 0) this.closeBlocking(shard, this.ctx.horizon);
  }

  private setQueued(delta: number): void {
    this.queued += delta;
    this.ctx.metrics.queueLength.set(this.ctx.k.now, this.queued);
  }

  /** Recomputes the availability signals after any controller changes state. */
  updateAvailability(): void {
    const { k, metrics, topology } = this.ctx;
    let accept = 0;
    let state = 0;
    let unplanned = 0;
    const declared = topology.controllers.state === "declared-objects";
    for (const shard of this.shards) {
      const teams = shard.teams.length;
      const fraction = this.deps.intakeBlocked ? 0 : shard.acceptFraction(this.decoupled);
      this.trackBlocking(shard, teams / this.totalTeams, fraction);
      const shows = !this.deps.stateHidden && (declared || shard.servingMembers().length > 0);
      // Sums of team counts, divided once: exactly 1 when every shard serves.
      accept += teams * fraction;
      state += shows ? teams : 0;
      // Planned maintenance counts as up here: only the unplanned part of the downtime.
      if (metrics.unplannedAvailability !== null)
        unplanned += teams * (!this.deps.intakeBlocked && plannedOnly(shard) ? 1 : fraction);
      metrics.outages.update(shard.index, teams, fraction === 0 || !shows, k.now, () =>
        outageCause(shard, this.deps),
      );
      metrics.backlog?.update(shard.index, fraction === 0 || !shows, k.now);
    }
    metrics.availability.set(k.now, accept / this.totalTeams);
    metrics.unplannedAvailability?.set(k.now, unplanned / this.totalTeams);
    metrics.stateAvailability.set(k.now, state / this.totalTeams);
  }
}

/**
 * Is everything that keeps `shard` from serving fully a planned change? (Its members that do not
 * serve are down for one, and no dependency blocks it.)
 */
function plannedOnly(shard: Shard): boolean {
  let any = false;
  for (const m of shard.members) {
    if (m.serving || m.role === "standby") continue;
    if (m.outage?.componentClass !== "planned") return false;
    any = true;
  }
  return any;
}

/** The class of the failure behind a shard's outage: the latest outage among its members that do not serve. */
function outageCause(shard: Shard, deps: Dependencies): string {
  const dependency = deps.serviceCause();
  if (dependency !== null) return dependency.componentClass;
  let latest: ControllerMember | null = null;
  for (const m of shard.members) {
    if (m.serving || m.outage === null) continue;
    if (latest === null || m.outage.at > latest.outage!.at) latest = m;
  }
  return latest?.outage?.componentClass ?? "controller";
}
