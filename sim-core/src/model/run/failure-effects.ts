/**
 * What each physical failure does to the model: the effect of a controller, executor, node,
 * zone, store or agent-link failure on the components that depend on it, each recorded as an
 * incident. The fault trace itself (when things fail) is `fault-injector.ts`.
 */

import type { Rng } from "../../random/rng";
import { DEPENDENCY_CLASSES, type DependencyClass } from "../fault-classes";
import type { Incident } from "../metrics/incidents";
import { zoneName } from "../validation/validate-scenario";
import type { RunContext } from "./context";
import { us } from "./context";
import type { ControlPlane } from "./control-plane";
import { loadHazard } from "./controller-load";
import type { ControllerMember } from "./controller-member";
import type { ControllerOutages } from "./controller-outages";
import { dependencyTarget } from "./dependencies";
import type { DisasterRecovery, ExecutorHooks } from "./disaster-recovery";
import type { Executor } from "./executor-pool";
import type { Physical } from "./fault-injector";
import type { InterruptionPolicy } from "./interruption-policy";
import { OnCall } from "./on-call";
import { startOperating } from "./operating-clock";
import { livenessDetection, podReturnAfterNodeLoss } from "./platform-timing";
import type { RepairShop } from "./repair-shop";
import type { WorkFlow } from "./work-flow";

export type FailureMode = "crash" | "hang" | "slow" | "down";
type Cause = "stochastic" | "chaos";

export class ComponentTargets {
  private readonly list: Physical[] = [];
  private readonly names = new Map<string, Physical>();
  private readonly zoneNames: string[];
  private readonly supervisorPhase: Rng;
  private readonly onCall: OnCall;

  constructor(
    private readonly ctx: RunContext,
    private readonly flow: WorkFlow,
    private readonly policy: InterruptionPolicy,
    private readonly outages: ControllerOutages,
    private readonly members: ControllerMember[],
    private readonly executors: Executor[],
    private readonly executorRepairs: RepairShop,
    private readonly control: ControlPlane,
  ) {
    const t = ctx.topology;
    this.supervisorPhase = ctx.streams.stream("platform/supervisor-probe-phase");
    this.onCall = new OnCall(ctx.scenario.people, ctx.streams);
    this.zoneNames = Array.from({ length: t.platform.zones }, (_, z) => zoneName(z));
    for (const m of members) {
      m.hazard = loadHazard(ctx, m);
      const hazard = m.hazard;
      this.add({
        name: m.name,
        cls: "controller",
        fail: (mode, r, c, back) => this.controller(m, mode, r, c, back),
        ...(hazard === null
          ? {}
          : { armLoaded: (budget: number, fire: () => void) => hazard.arm(budget, fire) }),
      });
    }
    for (const ex of executors) {
      this.add({
        name: ex.name,
        cls: "executor",
        fail: (mode, r, c, back) => this.executor(ex, mode, r, c, back),
        armOperating: (budget, fire) => {
          ex.opRemaining = budget;
          ex.onOperatingFailure = fire;
          if (ex.task !== null && ex.task.state === "running") startOperating(ctx.k, ex);
        },
      });
      this.add({
        name: `partition-${ex.index}`,
        cls: "agentPartition",
        fail: (_m, r, c, back) => this.partition(ex, r, c, back),
      });
    }
    const usesPods = t.controllers.hosting === "pod" || t.executors.kind === "ephemeral";
    if (usesPods) {
      for (let n = 0; n < t.platform.nodes; n++) {
        this.add({
          name: `node-${n}`,
          cls: "node",
          fail: (_m, r, c, back) => this.hostLoss([n], false, r, c, `node-${n}`, "node", back),
        });
      }
    }
    this.zoneNames.forEach((zone, z) => {
      const nodes = Array.from({ length: t.platform.nodes }, (_, n) => n).filter(
        (n) => n % t.platform.zones === z,
      );
      this.add({
        name: `zone-${zone}`,
        cls: "zone",
        fail: (_m, r, c, back) => this.hostLoss(nodes, true, r, c, `zone-${zone}`, "zone", back, z),
      });
    });
    if (t.controllers.state === "shared-store")
      this.add({ name: "store", cls: "store", fail: (_m, r, c, back) => this.store(r, c, back) });
    for (const cls of DEPENDENCY_CLASSES)
      this.add({
        name: dependencyTarget(cls),
        cls,
        fail: (_m, r, c, back) => this.dependency(cls, r, c, back),
      });
    this.add({ name: "release", cls: "release", fail: (m, r, c, back) => this.badRelease(r, c, back, m) });
  }

  private add(p: Physical): void {
    this.list.push(p);
    this.names.set(p.name, p);
  }

  /**
   * Adds the region and the shards' states (`disaster-recovery.ts`) as physical things, lending
   * it this file's way to take executors down and bring them back.
   */
  addDisasterRecovery(dr: DisasterRecovery): void {
    const hooks: ExecutorHooks = {
      lose: (ex, incident, detection) => {
        if (ex.up) this.takeDown(ex, incident, detection);
      },
      restore: (ex) => {
        if (!ex.up) this.bringUp(ex);
      },
    };
    for (const p of dr.physicals(hooks)) this.add(p);
  }

  physical(): readonly Physical[] {
    return this.list;
  }

  byName(name: string): Physical | undefined {
    return this.names.get(name);
  }

  private incident(
    name: string,
    cls: Physical["cls"],
    mode: FailureMode,
    cause: Cause | "correlated",
  ): Incident {
    return this.ctx.metrics.incidents.start(name, cls, mode, cause, this.ctx.k.now);
  }

  private controller(
    m: ControllerMember,
    mode: FailureMode,
    repair: number,
    cause: Cause,
    back: () => void,
  ): boolean {
    if (cause === "stochastic" && this.outages.isColdStandby(m)) {
      // Switched off: nothing fails; its failure clock simply starts again (memoryless for exponential times).
      back();
      return true;
    }
    const incident = this.incident(m.name, "controller", mode, cause);
    // A scripted "down for X" holds for pods too: the platform cannot restart what chaos keeps down.
    const chaosHold = cause === "chaos" && mode === "down" && this.ctx.topology.controllers.hosting === "pod";
    const returnIn = chaosHold ? repair : this.supervisorRestart(m, mode);
    const ok = this.outages.down(m, mode === "down" ? "crash" : mode, incident, repair, returnIn, back);
    if (!ok) incident.end(this.ctx.k.now);
    return ok;
  }

  /**
   * A VM-hosted controller under a supervisor (systemd) comes back like a pod under the kubelet:
   * the same CrashLoopBackOff delays, a hang noticed after the liveness period × threshold (µs
   * until the restart, boot excluded). Null when a crew repairs it instead (`restart: manual`), for
   * a pod (the platform restarts it), for a scripted `down` (it stays down for its duration) and
   * when it is down already.
   */
  private supervisorRestart(m: ControllerMember, mode: FailureMode): number | null {
    const { k, topology } = this.ctx;
    const c = topology.controllers;
    if (c.hosting !== "vm" || (c.restart ?? "supervisor") !== "supervisor") return null;
    if ((mode !== "crash" && mode !== "hang") || !m.up || m.hung) return null;
    const detection = mode === "hang" ? livenessDetection(topology.platform, this.supervisorPhase.next()) : 0;
    return detection + m.crashLoop.nextDelay(k.now + detection);
  }

  private executor(ex: Executor, mode: FailureMode, repair: number, cause: Cause, back: () => void): boolean {
    const { k, topology } = this.ctx;
    if (!ex.up) return false;
    const incident = this.incident(ex.name, "executor", mode, cause);
    if (mode === "slow") {
      ex.slowFactor = this.ctx.scenario.faults.executor?.slowFactor ?? 3;
      k.schedule(repair, () => {
        ex.slowFactor = 1;
        incident.end(k.now);
        back();
      });
      return true;
    }
    const detection = us(
      mode === "hang" ? (topology.executors.partitionDetection ?? 540) : topology.executors.lossDetection,
    );
    incident.detect(k.now + detection);
    this.takeDown(ex, incident, detection);
    if (ex.pool.ephemeral) {
      // A lost pod is simply gone: its slot takes a new pod at once.
      this.bringUp(ex);
      incident.end(k.now);
      back();
      return true;
    }
    const paged = !(cause === "chaos" && mode === "down"); // a scripted down holds for its duration
    this.executorRepairs.repair(
      repair,
      () => {
        this.bringUp(ex);
        incident.end(k.now);
        back();
      },
      paged ? this.onCall.repairDelay(ex.name, k.now) : 0,
    );
    return true;
  }

  /**
   * A planned node drain (`maintenance.ts`): the agent pods running work on node `node` are
   * evicted — noticed at once — and their slots take new pods on other nodes.
   */
  evictPods(node: number, incident: Incident): void {
    for (const ex of this.executors) {
      if (!ex.pool.ephemeral || ex.node !== node || !ex.up || ex.task === null) continue;
      this.takeDown(ex, incident, 0);
      this.bringUp(ex);
    }
  }

  private takeDown(ex: Executor, incident: Incident, detection: number): void {
    if (ex.partitioned) {
      // The machine fails while cut off: the partition ends with it (it reconnects afresh when
      // back), and its finished-but-unheard task is lost with it (handled as ex.task below).
      ex.partitioned = false;
      ex.partitionEpoch++;
      ex.held = [];
    }
    ex.up = false;
    const at = ex.pool.idle.indexOf(ex);
    if (at >= 0) ex.pool.idle.splice(at, 1);
    this.policy.executorLost(ex, incident, detection);
  }

  private bringUp(ex: Executor): void {
    ex.up = true;
    const held = ex.held.filter((t) => t.state === "held" && !t.pipeline.finished);
    ex.held = [];
    if (held.length > 0) {
      this.flow.assign(held[0]!, ex);
      for (const t of held.slice(1)) this.flow.submit(t, true);
    } else {
      ex.pool.idle.push(ex);
      this.flow.dispatch(ex.pool);
    }
  }

  /**
   * An agent cut off from its controller without a TCP reset (ChannelPinger; docs/parameters.md,
   * "Jenkins controllers and agents").
   */
  private partition(ex: Executor, duration: number, cause: Cause, back: () => void): boolean {
    const { k, topology } = this.ctx;
    if (!ex.up || ex.task === null || ex.partitioned) return false;
    const incident = this.incident(`partition-${ex.index}`, "agentPartition", "down", cause);
    const detection = us(topology.executors.partitionDetection ?? 540);
    ex.partitioned = true;
    const epoch = ++ex.partitionEpoch;
    const superseded = () => {
      incident.end(k.now);
      back();
    };
    if (duration < detection) {
      k.schedule(duration, () => {
        if (ex.partitionEpoch !== epoch) return superseded();
        ex.partitioned = false;
        const held = ex.held.filter((t) => t.state === "held");
        ex.held = [];
        for (const t of held) this.flow.complete(t);
        incident.end(k.now);
        back();
      });
      return true;
    }
    k.schedule(detection, () => {
      if (ex.partitionEpoch !== epoch) {
        k.schedule(duration - detection, superseded);
        return;
      }
      ex.partitioned = false;
      incident.detect(k.now);
      ex.held = [];
      if (ex.task !== null) {
        ex.task.state = "running";
      }
      this.takeDown(ex, incident, 0);
      k.schedule(duration - detection, () => {
        this.bringUp(ex);
        incident.end(k.now);
        back();
      });
    });
    return true;
  }

  /** A node or a whole zone is lost: its pods, and (zone) its machines, go with it. */
  private hostLoss(
    nodes: number[],
    zone: boolean,
    duration: number,
    cause: Cause,
    name: string,
    cls: "node" | "zone",
    back: () => void,
    zoneIndex = -1,
  ): boolean {
    const { k, topology } = this.ctx;
    const incident = this.incident(name, cls, "down", cause);
    const onNodes = (node: number) => nodes.includes(node);
    const podsHere = topology.controllers.hosting === "pod";
    for (const m of this.members) {
      const hit = podsHere ? onNodes(m.node) : zone && m.zone === zoneIndex;
      if (!hit) continue;
      const returnIn = podsHere
        ? podReturnAfterNodeLoss(topology.platform, topology.controllers.statefulVolume, duration, zone)
        : duration;
      this.outages.down(m, "crash", incident, duration, returnIn, () => {});
    }
    for (const ex of this.executors) {
      const hit = ex.pool.ephemeral ? onNodes(ex.node) : zone && ex.zone === zoneIndex;
      if (!hit || !ex.up) continue;
      if (ex.pool.ephemeral) {
        if (ex.task === null) continue;
        // The pod is declared lost only at eviction: node-monitor grace + the not-ready toleration.
        this.takeDown(ex, incident, us(topology.platform.nodeGrace + topology.platform.toleration));
        this.bringUp(ex); // the next pod lands on a healthy node
      } else {
        // A machine that vanishes sends no TCP reset: the controller notices only by its ping.
        this.takeDown(ex, incident, us(topology.executors.partitionDetection ?? 540));
        k.schedule(duration, () => this.bringUp(ex));
      }
    }
    k.schedule(duration, () => {
      incident.end(k.now);
      back();
    });
    return true;
  }

  /** A shared dependency is down for `duration` µs (see `dependencies.ts` for what that blocks). */
  private dependency(cls: DependencyClass, duration: number, cause: Cause, back: () => void): boolean {
    const { k } = this.ctx;
    const deps = this.flow.deps;
    if (deps.isDown(cls)) return false;
    const incident = this.incident(dependencyTarget(cls), cls, "down", cause);
    incident.detect(k.now);
    deps.setDown(cls, incident);
    this.control.updateAvailability();
    k.schedule(duration, () => {
      deps.setUp(cls);
      this.control.updateAvailability();
      incident.end(k.now);
      back();
    });
    return true;
  }

  /**
   * A bad release or configuration reaches every controller, the standby included: each crashes
   * and keeps crashing (CrashLoopBackOff for a pod) until a human rolls it back after `duration`
   * µs; then it boots. Failover cannot help: the standby runs the same release.
   */
  private badRelease(rollback: number, cause: Cause, back: () => void, mode: FailureMode): boolean {
    const { k } = this.ctx;
    // With `people`, the rollback starts when the paged responder is at the keyboard.
    const paged = this.onCall.enabled && !(cause === "chaos" && mode === "down");
    const duration = rollback + (paged ? this.onCall.respond("release", k.now) : 0);
    const incident = this.incident("release", "release", "crash", cause);
    for (const m of this.members) this.outages.down(m, "crash", incident, duration, duration, () => {});
    k.schedule(duration, () => {
      incident.detect(k.now);
      incident.end(k.now);
      back();
    });
    // Always true: `back` is called at the rollback even when no controller was hit (all already
    // down). Returning false would make the injector also schedule its own next draw, forking the
    // release's fault cycle in two at every such failure (exponential growth: issue 12 runaway).
    return true;
  }

  /** Shared storage is down: every controller on it goes down at once (a common cause). */
  private store(duration: number, cause: Cause, back: () => void): boolean {
    const { k, topology } = this.ctx;
    const incident = this.incident("store", "store", "down", cause);
    incident.detect(k.now);
    const reconnect = us(topology.sharedStore?.reconnect ?? 0);
    for (const m of this.members)
      this.outages.down(m, "crash", incident, duration, duration + reconnect, () => {});
    k.schedule(duration, () => {
      incident.end(k.now);
      back();
    });
    return true;
  }
}
