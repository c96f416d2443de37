/**
 * Disaster recovery: backups of each shard's state, silent state corruption that only a restore
 * can repair, and the loss of the whole region with the topology's cross-region strategy. Off
 * unless the topology declares `recovery` or the scenario injects `region` or `corruption`
 * faults (then no event, stream or cost of a scenario without them changes).
 *
 * - **Corruption** of a shard's state (`corruption-<shard>`) replicates to its standby, its
 *   replicas or the shared store, so failover cannot help. Backups taken meanwhile copy it. When
 *   it is noticed (`faults.corruption` repair time), every controller of the shard stops, its
 *   pipelines in flight are lost (their state is rolled back), and the last good backup is
 *   restored: overhead + size / rate, then a boot. Without a good copy the shard restarts empty
 *   and every state it had is lost (data lost = time since the start of the run).
 * - **Region loss** (`region`): every controller, executor and the region's ingress and API
 *   server are gone. Without `recovery.region` the service waits for the region. With it, each
 *   shard comes back in the recovery region after the strategy's detection + provisioning and:
 *   `backup-restore` — a restore of its last good backup (its pipelines in flight are lost), then
 *   a boot; `pilot-light` — a boot of the switched-off compute on the replicated state;
 *   `warm-standby`, `active-active` — no boot, the standby runs already. Replication strategies
 *   lose `replicationLag` of state. If the region returns first, the shard waits for it and loses
 *   nothing. After a recovery the service stays in the recovery region (fail-back is planned
 *   work, not modelled).
 *
 * Limitation: a controller already down when the region is lost or a restore starts keeps its
 * own recovery, and the event closes when the region block lifts.
 */
import type { Incident } from "../metrics/incidents";
import { type OpenRecovery, RecoveryLog } from "../metrics/recovery-log";
import {
  RESTORE_DEFAULTS,
  type RecoverySpec,
  type RegionRecoverySpec,
  STATE_SIZE_DEFAULTS,
  STRATEGY_DEFAULTS,
} from "../recovery-spec";
import type { Scenario } from "../scenario-types";
import { ShardBackups } from "./backups";
import type { RunContext } from "./context";
import { MAX_DRAW, us } from "./context";
import type { ControlPlane } from "./control-plane";
import type { ControllerOutages } from "./controller-outages";
import type { Executor } from "./executor-pool";
import type { Physical } from "./fault-injector";
import type { InterruptionPolicy } from "./interruption-policy";
import type { Shard } from "./shard";

type Cause = "stochastic" | "chaos";

/** What the failure effects lend this module to take executors down and bring them back. */
export interface ExecutorHooks {
  lose(ex: Executor, incident: Incident, detectionUs: number): void;
  restore(ex: Executor): void;
}

/** Does a scenario use disaster recovery for this topology's `recovery`? */
export function recoveryActive(scenario: Scenario, recovery: RecoverySpec | undefined): boolean {
  const f = scenario.faults;
  return (
    recovery !== undefined ||
    f.region !== undefined ||
    f.corruption !== undefined ||
    (f.chaos ?? []).some((e) => e.target === "region" || e.target.startsWith("corruption-"))
  );
}

/** The strategy's timings with its defaults filled in. */
export function strategyTimings(r: RegionRecoverySpec) {
  const d = STRATEGY_DEFAULTS[r.strategy];
  return {
    detection: r.detection ?? d.detection,
    provision: r.provision ?? d.provision,
    replicationLag: r.replicationLag ?? d.replicationLag,
    standbyScale: r.standbyScale ?? d.standbyScale,
    boots: d.boots,
  };
}

export class DisasterRecovery {
  readonly log: RecoveryLog;
  private readonly spec: RecoverySpec;
  private readonly backups: (ShardBackups | null)[];
  /** Per shard: since when its state is corrupt (µs), -1 when sound; and a counter that invalidates a pending notice. */
  private readonly corruptAt: number[];
  private readonly corruptEpoch: number[];
  private region: Incident | null = null;
  /** The lost region is not yet recovered elsewhere: no shard counts as served. */
  private blocked = false;
  /** Recovery events waiting for the region block to lift before they count as served. */
  private readonly waitingBlock = new Set<OpenRecovery>();

  constructor(
    private readonly ctx: RunContext,
    private readonly control: ControlPlane,
    private readonly outages: ControllerOutages,
    private readonly policy: InterruptionPolicy,
    private readonly executors: readonly Executor[],
  ) {
    this.spec = ctx.topology.recovery ?? {};
    this.log = new RecoveryLog(ctx.warmup, ctx.horizon);
    const shards = control.shards;
    this.corruptAt = shards.map(() => -1);
    this.corruptEpoch = shards.map(() => 0);
    const backup = this.spec.backup;
    this.backups = shards.map((shard) =>
      backup === undefined
        ? null
        : new ShardBackups(
            ctx,
            backup,
            ctx.streams.stream(`recovery/backups-${shard.index}`),
            () => this.sizeGB(shard),
            this.log,
          ),
    );
  }

  /** The region and each shard's state, as physical things the fault injector can fail. */
  physicals(hooks: ExecutorHooks): Physical[] {
    const list: Physical[] = [
      { name: "region", cls: "region", fail: (_m, r, c, back) => this.regionLoss(r, c, back, hooks) },
    ];
    for (const shard of this.control.shards)
      list.push({
        name: `corruption-${shard.index}`,
        cls: "corruption",
        fail: (_m, r, c, back) => this.corruption(shard, r, c, back),
      });
    return list;
  }

  /** Starts the backup schedules (with faults off too: backups are part of the platform). */
  start(): void {
    for (const b of this.backups) b?.start();
  }

  /** The state size of `shard` now (GB): it grows with its build history. */
  private sizeGB(shard: Shard): number {
    const s = this.spec.stateSize ?? {};
    return (
      (s.base ?? STATE_SIZE_DEFAULTS.base) +
      (s.perPipeline ?? STATE_SIZE_DEFAULTS.perPipeline) * shard.history
    );
  }

  /** Time to restore `sizeGB` (µs): the fixed overhead plus the copy at the restore rate. */
  private restoreUs(sizeGB: number): number {
    const r = this.spec.restore ?? {};
    const rate = r.rate ?? RESTORE_DEFAULTS.rate;
    // Capped like a random draw (MAX_DRAW): a state grown huge over a long run restores slowly but
    // never past kernel time.
    return Math.min(MAX_DRAW, us((r.overhead ?? RESTORE_DEFAULTS.overhead) + (sizeGB / rate) * 3600));
  }

  /** The whole region is lost for `duration` µs. */
  private regionLoss(duration: number, cause: Cause, back: () => void, hooks: ExecutorHooks): boolean {
    const { k, metrics, topology } = this.ctx;
    if (this.region !== null) return false;
    const incident = metrics.incidents.start("region", "region", "down", cause, k.now);
    this.region = incident;
    for (const b of this.backups) {
      if (b === null) continue;
      b.lossEpoch++; // a backup still copying out of the region never completes
      b.suspended = true;
    }
    const strategy = this.spec.region;
    const timings = strategy === undefined ? null : strategyTimings(strategy);
    // Without a strategy the loss is noticed at once (nothing to decide); with one, when the
    // disaster is declared.
    incident.detect(k.now + (timings === null ? 0 : us(timings.detection)));
    let serviceBackIn = 0;
    for (const shard of this.control.shards) {
      let recoverIn = duration;
      let lost = 0;
      let boots = true;
      let fromBackup = false;
      if (strategy !== undefined && timings !== null) {
        const head = us(timings.detection) + us(timings.provision);
        if (strategy.strategy === "backup-restore") {
          const bad = this.corruptAt[shard.index]!;
          const copy = this.backups[shard.index]?.lastGood(k.now, bad >= 0 ? bad : k.now) ?? null;
          if (copy !== null) {
            recoverIn = head + this.restoreUs(copy.sizeGB);
            lost = (k.now - copy.snapshotAt) / 1e6;
            fromBackup = true;
          }
        } else {
          recoverIn = head;
          lost = timings.replicationLag;
          boots = timings.boots;
        }
        if (recoverIn >= duration) {
          // The region is back first: the shard simply waits for it and loses nothing.
          recoverIn = duration;
          lost = 0;
          boots = true;
          fromBackup = false;
        }
      }
      serviceBackIn = Math.max(serviceBackIn, recoverIn);
      const event = this.log.start("region", k.now, lost);
      if (fromBackup) this.rollBack(shard, incident);
      this.stopShard(shard, incident, duration, recoverIn, event, boots);
    }
    for (const ex of this.executors) {
      if (!ex.up || (ex.pool.ephemeral && ex.task === null)) continue;
      hooks.lose(ex, incident, us(topology.executors.lossDetection));
      // A new pod is asked for at once; the region block holds it until the service is back.
      if (ex.pool.ephemeral) hooks.restore(ex);
      else k.schedule(serviceBackIn, () => hooks.restore(ex));
    }
    this.blocked = true;
    this.control.deps.setRegion(incident);
    this.control.updateAvailability();
    k.schedule(serviceBackIn, () => {
      this.blocked = false;
      this.control.deps.setRegion(null);
      for (const b of this.backups) if (b !== null) b.suspended = false;
      this.control.updateAvailability();
      for (const event of this.waitingBlock) this.log.close(event, k.now);
      this.waitingBlock.clear();
    });
    k.schedule(duration, () => {
      this.region = null;
      incident.end(k.now);
      back();
    });
    return true;
  }

  /** A shard's state goes silently bad; it is noticed after `noticeIn` µs and restored then. */
  private corruption(shard: Shard, noticeIn: number, cause: Cause, back: () => void): boolean {
    const { k, metrics } = this.ctx;
    const s = shard.index;
    if (this.corruptAt[s]! >= 0) return false;
    const incident = metrics.incidents.start(`corruption-${s}`, "corruption", "down", cause, k.now);
    this.corruptAt[s] = k.now;
    const backups = this.backups[s] ?? null;
    if (backups !== null) backups.corruptSince = k.now;
    const epoch = ++this.corruptEpoch[s]!;
    k.schedule(noticeIn, () => {
      incident.detect(k.now);
      if (this.corruptEpoch[s] !== epoch || this.corruptAt[s]! < 0) {
        // A region recovery restored an older, sound copy meanwhile.
        incident.end(k.now);
        back();
        return;
      }
      const copy = backups?.lastGood(k.now, this.corruptAt[s]!) ?? null;
      const lost = (copy === null ? k.now : k.now - copy.snapshotAt) / 1e6;
      const restore = this.restoreUs(copy?.sizeGB ?? 0);
      this.corruptAt[s] = -1;
      if (backups !== null) backups.corruptSince = -1;
      const event = this.log.start("corruption", k.now, lost);
      this.rollBack(shard, incident);
      this.stopShard(shard, incident, restore, restore, event, true);
      k.schedule(restore, () => {
        incident.end(k.now);
        back();
      });
    });
    return true;
  }

  /**
   * The shard's state goes back to an older copy: its pipelines in flight are lost (their records
   * are gone), and a corruption it carried is gone too.
   */
  private rollBack(shard: Shard, incident: Incident): void {
    const flow = this.control.flow;
    for (const m of shard.members)
      for (const p of [...m.pipelines]) {
        this.policy.touch(incident, p);
        flow.finish(p, "lost");
      }
    if (this.corruptAt[shard.index]! >= 0) {
      this.corruptAt[shard.index] = -1;
      this.corruptEpoch[shard.index]!++;
      const b = this.backups[shard.index];
      if (b) b.corruptSince = -1;
    }
  }

  /** Every controller of the shard stops now and serves again after `returnIn` µs (+ boot). */
  private stopShard(
    shard: Shard,
    incident: Incident,
    repair: number,
    returnIn: number,
    event: OpenRecovery,
    boots: boolean,
  ): void {
    const served = () => {
      if (this.blocked) this.waitingBlock.add(event);
      else this.log.close(event, this.ctx.k.now);
    };
    let stopped = false;
    for (const m of shard.members)
      stopped = this.outages.down(m, "crash", incident, repair, returnIn, served, boots) || stopped;
    // All already down (their own recovery runs): the event closes when the block lifts or at `returnIn`.
    if (!stopped) {
      if (this.blocked) this.waitingBlock.add(event);
      else this.ctx.k.schedule(returnIn, served);
    }
  }

  /** Standing costs of the recovery region and of the backups kept (called once at the end). */
  addCosts(span: number): void {
    const { metrics, topology } = this.ctx;
    const cost = metrics.cost;
    let kept = 0;
    for (const b of this.backups) if (b !== null) kept += b.keptGBSeconds;
    if (kept > 0) cost.add("backupStorage", kept, 1);
    const strategy = this.spec.region;
    if (strategy === undefined) return;
    const t = strategyTimings(strategy);
    const pods = topology.controllers.hosting === "pod";
    const standing = t.standbyScale * topology.controllers.count;
    if (standing > 0) cost.add(pods ? "recoveryStandbyPod" : "recoveryStandby", standing, span);
    if (strategy.strategy !== "backup-restore") {
      // The state replicated into the recovery region, and the cluster that will run there.
      cost.add("recoveryStore", 1, span);
      if (pods || topology.executors.kind === "ephemeral") cost.add("recoveryPlatform", 1, span);
    }
  }
}
