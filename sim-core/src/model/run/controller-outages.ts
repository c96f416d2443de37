/**
 * Controller outages and their recovery, per shard mode:
 * - single: the platform restarts a pod (CrashLoopBackOff + boot) or a crew repairs a VM (+ boot);
 * - failover: the failover manager notices (lease), and with probability `coverage` promotes a
 *   standby after `switchTime`; otherwise the service waits for the repair;
 * - replica: the router ejects the dead replica after its health checks; survivors adopt its
 *   pipelines.
 * Pipelines of a controller with no surviving state are lost; stages on executors that do not
 * survive the outage are cut off and handled by the in-flight policy when a controller returns.
 */
import type { Rng } from "../../random/rng";
import type { Incident } from "../metrics/incidents";
import { Sampler, us } from "./context";
import type { ControlPlane } from "./control-plane";
import { loadBoot } from "./controller-load";
import type { ControllerMember } from "./controller-member";
import type { InterruptionPolicy } from "./interruption-policy";
import { OnCall } from "./on-call";
import { addWaiting, type PipelineRun } from "./pipeline-run";
import { livenessDetection } from "./platform-timing";
import type { RepairShop } from "./repair-shop";
import { bootGrowth, startRestartStorm } from "./restart-storm";

export type OutageMode = "crash" | "hang" | "slow" | "down";

export class ControllerOutages {
  private readonly boot: Sampler;
  private readonly switchTime: Sampler | null;
  private readonly coverageRng: Rng;
  private readonly phaseRng: Rng;
  private readonly onCall: OnCall;
  private readonly manualSteps: Sampler | null;
  /** Members whose outage holds (part of) their shard's service down, with that outage's incident. */
  private readonly impactOpen = new Map<ControllerMember, Incident>();

  constructor(
    private readonly control: ControlPlane,
    private readonly policy: InterruptionPolicy,
    private readonly repairs: RepairShop,
  ) {
    const { topology, streams } = control.ctx;
    this.boot = new Sampler(
      topology.controllers.boot,
      streams.stream("controllers/boot"),
      "controllers.boot",
    );
    this.switchTime = topology.failover
      ? new Sampler(topology.failover.switchTime, streams.stream("failover/switch"), "failover.switchTime")
      : null;
    this.coverageRng = streams.stream("failover/coverage");
    this.onCall = new OnCall(control.ctx.scenario.people, streams);
    const steps = topology.failover?.manualSteps;
    this.manualSteps =
      steps === undefined
        ? null
        : new Sampler(steps, streams.stream("failover/manual-steps"), "failover.manualSteps");
    this.phaseRng = streams.stream("platform/probe-phase");
  }

  /**
   * A boot of `m` (µs): the boot distribution plus its growth with the build history and, with
   * `controllers.load.bootPerAgent`, with the agents attached.
   */
  private bootTime(m: ControllerMember): number {
    const ctx = this.control.ctx;
    const boot = this.boot.next() + bootGrowth(ctx, m);
    if (ctx.topology.controllers.load?.bootPerAgent === undefined) return boot;
    return (
      boot +
      loadBoot(
        ctx,
        m,
        [...this.control.flow.pools.values()].flatMap((pool) => pool.executors),
      )
    );
  }

  /**
   * A manual failover: the responder paged at detection (`on-call.ts`), then the runbook's
   * `manualSteps` (µs).
   */
  private manualFailoverDelay(shard: number): number {
    const { k } = this.control.ctx;
    const response = this.onCall.respond(`failover-${shard}`, k.now);
    return response + (this.manualSteps === null ? 0 : this.manualSteps.next());
  }

  /** Members whose outage still holds their shard down (for invariant checks). */
  openImpacts(): { member: ControllerMember }[] {
    return [...this.impactOpen.keys()].map((member) => ({ member }));
  }

  /** A cold standby is switched off: it cannot fail on its own until it is promoted. */
  isColdStandby(m: ControllerMember): boolean {
    return (
      m.shard.mode === "failover" &&
      m.role === "standby" &&
      this.control.ctx.topology.failover?.standby === "cold"
    );
  }

  /**
   * Takes controller `m` down. `repair` is the human repair time (µs) drawn by the fault trace;
   * `returnIn` (µs), when given, is when its host comes back (node, zone or store outage) instead.
   * `onBack` runs when the controller serves again. Returns false if it was already down.
   * `boots` false: a controller that returns after `returnIn` is running already (a warm
   * standby or second active region taking over, `run/disaster-recovery.ts`): no boot is added.
   */
  down(
    m: ControllerMember,
    mode: OutageMode,
    incident: Incident,
    repair: number,
    returnIn: number | null,
    onBack: () => void,
    boots = true,
  ): boolean {
    const { k, topology } = this.control.ctx;
    if (!m.up || m.hung) return false;

    m.generation++;
    const generation = m.generation;
    m.outage = incident;
    if (mode === "slow") {
      m.slowFactor = this.control.ctx.scenario.faults.controller?.slowFactor ?? 3;
      k.schedule(repair, () => {
        m.slowFactor = 1;
        incident.end(k.now);
        onBack();
      });
      return true;
    }
    const wasServing = m.serving && !m.shard.switching;
    if (mode === "hang") m.hung = true;
    else m.up = false;
    if (wasServing) {
      this.resolveImpact(m); // a stale item of an earlier outage is superseded
      incident.openService();
      this.impactOpen.set(m, incident);
    }
    for (const team of wasServing ? m.shard.teams : []) incident.teams.add(team);
    this.cutOffWork(m, incident);
    this.control.updateAvailability();
    const detection = mode === "hang" ? livenessDetection(topology.platform, this.phaseRng.next()) : 0;
    this.notice(m, incident, detection);
    const back = () => {
      if (m.generation !== generation) return;
      this.up(m);
      incident.end(k.now);
      onBack();
    };
    if (returnIn !== null) {
      k.schedule(returnIn + (boots ? this.bootTime(m) : 0), back);
    } else if (topology.controllers.hosting === "pod") {
      k.schedule(detection + m.crashLoop.nextDelay(k.now + detection) + this.bootTime(m), back);
    } else {
      // A crew repair waits for the on-call responder (none without `people`); a scripted
      // `down` holds for exactly its duration.
      const paged = !(incident.cause === "chaos" && incident.mode === "down");
      k.schedule(detection, () =>
        this.repairs.repair(
          repair,
          () => k.schedule(this.bootTime(m), back),
          paged ? this.onCall.repairDelay(m.name, k.now) : 0,
        ),
      );
    }
    return true;
  }

  /** What its shard does when the outage is noticed: nothing, a failover, or a router ejection. */
  private notice(m: ControllerMember, incident: Incident, ownDetection: number): void {
    const { k, topology } = this.control.ctx;
    const shard = m.shard;
    if (shard.mode === "single" || (shard.mode === "replica" && topology.router === undefined)) {
      // Replicas with no router in front of them (DNS round robin, a client-side list) are never
      // ejected: nothing health-checks them, so a dead replica keeps its share of the requests and
      // its pipelines until it is back. Only its own supervisor notices (liveness for a hang).
      k.schedule(ownDetection, () => incident.detect(k.now));
    } else if (shard.mode === "failover" && m.role === "active") {
      const failover = topology.failover!;
      k.schedule(us(failover.detection), () => {
        incident.detect(k.now);
        if (m.serving) return; // back already
        const fail = () => {
          // Nothing to switch: it is back while the human was on the way, another member took
          // over meanwhile (a standby that returned while no active served, `up`), or a failover
          // of an earlier outage is under way. A second switch would promote a second active.
          if (shard.switching || shard.servingMembers().length > 0) return;
          const standby = shard.members.find((s) => s !== m && s.up && !s.hung && s.role === "standby");
          if (standby === undefined || this.coverageRng.next() >= failover.coverage) return; // uncovered
          shard.switchingFrom = m;
          this.control.updateAvailability();
          // A standby that must load the state (a shared JENKINS_HOME) loads all of its history.
          k.schedule(this.switchTime!.next() + bootGrowth(this.control.ctx, standby), () =>
            this.promote(m, standby),
          );
        };
        if ((failover.trigger ?? "automatic") === "automatic") fail();
        else k.schedule(this.manualFailoverDelay(shard.index), fail);
      });
    } else if (shard.mode === "replica") {
      const hc = topology.router!.healthCheck;
      k.schedule(us(hc.period * (hc.threshold - 1 + this.phaseRng.next())), () => {
        incident.detect(k.now);
        if (m.serving) return;
        m.inRouter = false;
        this.control.updateAvailability();
        // Requests no longer reach it; the service is whole again if another replica serves.
        if (shard.servingMembers().length > 0) this.resolveImpact(m);
        this.handOver(m);
      });
    }
  }

  private promote(failed: ControllerMember, standby: ControllerMember): void {
    const shard = failed.shard;
    shard.switchingFrom = null;
    if (failed.serving) {
      // The failed primary came back during the switch: it stays active and picks up its work.
      this.control.updateAvailability();
      this.serveAgain(failed);
      return;
    }
    if (!(standby.up && !standby.hung)) {
      // The standby died during the switch: the service waits for a repair.
      this.control.updateAvailability();
      return;
    }
    failed.role = "standby";
    standby.role = "active";
    this.control.updateAvailability();
    this.serveAgain(standby);
  }

  /**
   * Moves a lost controller's pipelines to the serving members of its shard (they wait with it if
   * none serves) and resumes, on whichever member now owns them, the work its outage stopped.
   */
  private handOver(from: ControllerMember): void {
    const shard = from.shard;
    const targets = shard.servingMembers();
    if (targets.length === 0 || this.control.ctx.topology.controllers.state === "none") return;
    const lag = shard.mode === "failover" ? us(this.control.ctx.topology.failover!.replicationLag) : 0;
    const moved = [...from.pipelines];
    let i = 0;
    for (const p of moved) {
      const to = targets[i++ % targets.length]!;
      from.pipelines.delete(p);
      p.owner = to;
      to.pipelines.add(p);
      to.hazard?.changed();
    }
    from.hazard?.changed();
    const cut = from.cutOff.map((c) => ({ ...c, reached: Math.max(0, c.reached - lag) }));
    from.cutOff = [];
    const deferred = from.deferred;
    from.deferred = [];
    this.resumeWork(moved, cut, deferred);
    this.control.pull(shard);
  }

  /** Controller `m` is back (restarted or repaired, booted). */
  private up(m: ControllerMember): void {
    const { k } = this.control.ctx;
    m.up = true;
    m.hung = false;
    m.crashLoop.started(k.now);
    if (this.control.ctx.topology.controllers.restartStorm !== undefined)
      startRestartStorm(
        this.control.ctx,
        m,
        [...this.control.flow.pools.values()].flatMap((pool) => pool.executors),
      );
    const shard = m.shard;
    if (shard.mode === "failover") {
      // One active per shard: `m` takes the role when no other member holds it healthily and no
      // failover is promoting a standby in its place (only the member that failover replaces may
      // take its role back during the switch; `promote` then keeps it).
      const active = shard.members.find((s) => s !== m && s.role === "active" && s.up && !s.hung);
      const promoting = shard.switching && shard.switchingFrom !== m;
      m.role = active !== undefined || promoting ? "standby" : "active";
      if (active !== undefined) this.handOver(m);
    } else if (shard.mode === "replica") {
      m.inRouter = true;
    }
    this.control.updateAvailability();
    if (m.serving && !(shard.mode === "failover" && shard.switching)) this.serveAgain(m);
  }

  /**
   * `m` serves (again): the outages that held its shard down are over, its own stopped work
   * resumes, and members that still do not serve hand their pipelines over to it.
   */
  private serveAgain(m: ControllerMember): void {
    const shard = m.shard;
    for (const other of shard.members) {
      // Replicas still in the router keep their shard degraded until the router ejects them.
      if (shard.mode === "replica" && other !== m && other.inRouter && !other.serving) continue;
      this.resolveImpact(other);
    }
    const cut = m.cutOff;
    m.cutOff = [];
    const deferred = m.deferred;
    m.deferred = [];
    this.resumeWork([...m.pipelines], cut, deferred);
    for (const other of shard.members)
      if (other !== m && !other.serving && (other.pipelines.size > 0 || other.cutOff.length > 0))
        this.handOver(other);
    this.control.pull(shard);
  }

  private resumeWork(
    pipelines: readonly PipelineRun[],
    cut: ControllerMember["cutOff"],
    deferred: ControllerMember["deferred"],
  ): void {
    const flow = this.control.flow;
    for (const p of pipelines) {
      if (p.finished || p.deferredDone.length === 0) continue;
      const done = p.deferredDone;
      p.deferredDone = [];
      for (const stage of done) if (!p.finished) flow.advance(p, stage);
    }
    for (const task of deferred)
      if (task.state === "deferred" && !task.pipeline.finished) flow.submit(task, false);
    for (const c of cut) {
      if (c.task.state === "lost" && !c.task.pipeline.finished)
        this.policy.apply(c.task, c.reached, c.incident, null);
    }
  }

  private resolveImpact(m: ControllerMember): void {
    const incident = this.impactOpen.get(m);
    if (incident === undefined) return;
    this.impactOpen.delete(m);
    incident.resolveService(this.control.ctx.k.now);
  }

  /** The outage's effect on the work the controller orchestrates. */
  private cutOffWork(m: ControllerMember, incident: Incident): void {
    const { topology } = this.control.ctx;
    const flow = this.control.flow;
    if (topology.controllers.state === "none") {
      for (const p of [...m.pipelines]) {
        this.policy.touch(incident, p);
        flow.finish(p, "lost");
      }
    } else {
      for (const p of m.pipelines) this.policy.touch(incident, p);
    }
    if (!topology.intake.durable && m.shard.mode !== "replica") {
      for (const p of this.control.dropIntake(m.shard)) this.policy.touch(incident, p);
    }
    if (topology.executors.survivesControllerOutage || topology.controllers.state === "none") return;
    for (const p of m.pipelines) {
      for (const task of [...p.tasks]) {
        if (task.state !== "running" && task.state !== "starting") continue;
        const reached = this.policy.progressNow(task);
        flow.detach(task);
        task.state = "lost";
        addWaiting(task, incident);
        incident.open();
        m.cutOff.push({ task, reached, incident });
      }
    }
  }
}
