/**
 * Checks one expanded topology: field types and ranges, and consistency (a stage needing a label
 * no executor has, a blocking buffer of capacity 0, a failover without a standby…).
 */
import { distribution } from "../../random/distribution";
import type { DistributionSpec } from "../../random/distribution-spec";
import type { TopologyConfig, WorkloadSpec } from "../scenario-types";
import type { Checker } from "./checker";
import {
  DURATION_RULE,
  MAX_CAPACITY,
  MAX_DURATION,
  MAX_EXECUTORS,
  MAX_LABELS,
  MAX_NODES,
  MAX_PRICE,
  MAX_THRESHOLD,
  MAX_ZONES,
} from "./limits";
import { checkControllerLoad } from "./validate-controller-load";
import { checkExecutorCells, checkRestartGrowth } from "./validate-executor-cells";
import { checkRecovery } from "./validate-recovery";

const POLICIES = [
  "restart-from-scratch",
  "resume-from-checkpoint",
  "hold-until-return",
  "fail-and-notify",
] as const;

/**
 * Checks a distribution of durations (seconds) and bounds its mean by `maxMean` (default
 * MAX_DURATION, 1 year): a huge mean would put draws past the kernel's time range mid-run.
 */
export function checkDistribution(c: Checker, path: string, spec: unknown, maxMean = MAX_DURATION): void {
  c.capture(() => {
    const mean = distribution(spec as DistributionSpec, path).mean;
    if (!(mean <= maxMean))
      c.add(path, spec, `a distribution whose mean is at most ${maxMean} s`, `its mean is ${mean} s`);
  });
}

export function checkTopology(c: Checker, p: string, t: TopologyConfig, workload: WorkloadSpec): void {
  const ctl = t.controllers;
  if (c.object(`${p}.controllers`, ctl)) {
    c.number(`${p}.controllers.count`, ctl.count, { min: 1, max: 10_000, integer: true });
    c.oneOf(`${p}.controllers.mode`, ctl.mode, ["shard", "replica"]);
    c.number(`${p}.controllers.capacity`, ctl.capacity, { min: 1, max: MAX_CAPACITY, integer: true });
    checkDistribution(c, `${p}.controllers.boot`, ctl.boot);
    checkRestartGrowth(c, p, ctl);
    checkControllerLoad(c, p, ctl);
    c.oneOf(`${p}.controllers.state`, ctl.state, [
      "none",
      "durable-disk",
      "shared-store",
      "declared-objects",
    ]);
    c.oneOf(`${p}.controllers.hosting`, ctl.hosting, ["vm", "pod"]);
    c.oneOf(`${p}.controllers.restart`, ctl.restart, ["supervisor", "manual"], true);
    c.boolean(`${p}.controllers.statefulVolume`, ctl.statefulVolume);
    c.number(`${p}.controllers.repairCrews`, ctl.repairCrews, { min: 1, optional: true, unlimited: true });
    c.number(`${p}.controllers.quorum`, ctl.quorum, {
      min: 1,
      max: ctl.count,
      integer: true,
      optional: true,
    });
    if (ctl.state === "shared-store" && t.sharedStore === undefined) {
      c.add(`${p}.sharedStore`, undefined, "a sharedStore section when controllers.state is shared-store");
    }
    if (t.failover !== undefined && ctl.count < 2) {
      c.add(`${p}.controllers.count`, ctl.count, "at least 2 (a primary and a standby) when failover is set");
    }
    if (t.failover !== undefined && ctl.mode !== "shard") {
      c.add(`${p}.controllers.mode`, ctl.mode, `"shard" when failover is set (one active, the rest standby)`);
    }
  }
  const ex = t.executors;
  if (c.object(`${p}.executors`, ex)) {
    c.oneOf(`${p}.executors.kind`, ex.kind, ["static", "ephemeral"]);
    c.number(`${p}.executors.count`, ex.count, { min: 1, max: MAX_EXECUTORS, integer: true });
    c.boolean(`${p}.executors.survivesControllerOutage`, ex.survivesControllerOutage);
    c.number(`${p}.executors.lossDetection`, ex.lossDetection, DURATION_RULE);
    c.number(`${p}.executors.partitionDetection`, ex.partitionDetection, {
      ...DURATION_RULE,
      optional: true,
    });
    c.number(`${p}.executors.repairCrews`, ex.repairCrews, { min: 1, optional: true, unlimited: true });
    if (ex.kind === "ephemeral") {
      if (c.object(`${p}.executors.startup`, ex.startup)) {
        for (const part of ["podStart", "imagePull", "agentConnect"] as const) {
          checkDistribution(c, `${p}.executors.startup.${part}`, ex.startup[part]);
        }
      }
    }
    const labels = ex.labels ?? ["default"];
    if (labels.length > MAX_LABELS)
      c.add(`${p}.executors.labels`, `${labels.length} labels`, `at most ${MAX_LABELS} labels`);
    else if (
      ex.countByLabel === undefined &&
      Number.isInteger(ex.count) &&
      ex.count * labels.length > MAX_EXECUTORS
    )
      c.add(
        `${p}.executors.count`,
        ex.count,
        `at most ${MAX_EXECUTORS} executors over every label (count × ${labels.length} labels)`,
      );
    if (c.array(`${p}.executors.labels`, labels, 1)) {
      checkExecutorCells(c, p, ex, labels, MAX_EXECUTORS);
      workload.pipeline.stages.forEach((stage, i) => {
        const label = stage.label ?? "default";
        if (!labels.includes(label)) {
          c.add(
            `workload.pipeline.stages.${i}.label`,
            label,
            `a label some executor has in ${p}: ${labels.join(", ")}`,
          );
        }
      });
    }
  }
  const intake = t.intake;
  if (c.object(`${p}.intake`, intake)) {
    c.number(`${p}.intake.capacity`, intake.capacity, { min: 0, integer: true, unlimited: true });
    c.boolean(`${p}.intake.durable`, intake.durable);
    c.boolean(`${p}.intake.decoupled`, intake.decoupled);
    c.oneOf(`${p}.intake.overflow`, intake.overflow, ["block", "drop"]);
    c.number(`${p}.intake.stageBuffer`, intake.stageBuffer, {
      min: 1,
      integer: true,
      optional: true,
      unlimited: true,
    });
    if (intake.capacity === 0 && intake.overflow === "block") {
      c.add(
        `${p}.intake.capacity`,
        0,
        "≥ 1 with overflow: block (a blocking buffer of capacity 0 never lets a trigger through)",
      );
    }
  }
  c.oneOf(`${p}.onTriggerUnavailable`, t.onTriggerUnavailable, ["buffer", "retry", "lose"]);
  if (c.object(`${p}.triggerRetry`, t.triggerRetry)) {
    c.number(`${p}.triggerRetry.initial`, t.triggerRetry.initial, { above: 0, max: MAX_DURATION });
    c.number(`${p}.triggerRetry.max`, t.triggerRetry.max, { above: 0, max: MAX_DURATION });
    c.number(`${p}.triggerRetry.attempts`, t.triggerRetry.attempts, { min: 0, max: 100, integer: true });
  }
  if (c.object(`${p}.inFlight`, t.inFlight)) {
    c.oneOf(`${p}.inFlight.policy`, t.inFlight.policy, POLICIES);
    c.number(`${p}.inFlight.retryBudget`, t.inFlight.retryBudget, { min: 0, max: 1_000_000, integer: true });
  }
  checkPlatformAndFriends(c, p, t);
}

function checkPlatformAndFriends(c: Checker, p: string, t: TopologyConfig): void {
  const pl = t.platform;
  if (c.object(`${p}.platform`, pl)) {
    c.number(`${p}.platform.nodes`, pl.nodes, { min: 1, max: MAX_NODES, integer: true });
    c.number(`${p}.platform.zones`, pl.zones, { min: 1, max: MAX_ZONES, integer: true });
    if (c.object(`${p}.platform.liveness`, pl.liveness)) {
      c.number(`${p}.platform.liveness.period`, pl.liveness.period, { above: 0, max: MAX_DURATION });
      c.number(`${p}.platform.liveness.threshold`, pl.liveness.threshold, {
        min: 1,
        max: MAX_THRESHOLD,
        integer: true,
      });
    }
    if (c.object(`${p}.platform.crashLoop`, pl.crashLoop)) {
      c.number(`${p}.platform.crashLoop.initial`, pl.crashLoop.initial, DURATION_RULE);
      c.number(`${p}.platform.crashLoop.max`, pl.crashLoop.max, DURATION_RULE);
      c.number(`${p}.platform.crashLoop.reset`, pl.crashLoop.reset, DURATION_RULE);
    }
    c.number(`${p}.platform.nodeGrace`, pl.nodeGrace, DURATION_RULE);
    c.number(`${p}.platform.toleration`, pl.toleration, DURATION_RULE);
    c.number(`${p}.platform.volumeDetach`, pl.volumeDetach, DURATION_RULE);
    c.oneOf(`${p}.platform.nodeLossAutomation`, pl.nodeLossAutomation, [
      "none",
      "force-delete",
      "out-of-service-taint",
    ]);
    c.oneOf(`${p}.platform.volumeScope`, pl.volumeScope, ["zonal", "regional"], true);
  }
  if (t.failover !== undefined && c.object(`${p}.failover`, t.failover)) {
    c.number(`${p}.failover.detection`, t.failover.detection, DURATION_RULE);
    c.probability(`${p}.failover.coverage`, t.failover.coverage);
    c.oneOf(`${p}.failover.standby`, t.failover.standby, ["warm", "cold"]);
    checkDistribution(c, `${p}.failover.switchTime`, t.failover.switchTime);
    c.oneOf(`${p}.failover.trigger`, t.failover.trigger, ["automatic", "manual"], true);
    if (t.failover.manualSteps !== undefined)
      checkDistribution(c, `${p}.failover.manualSteps`, t.failover.manualSteps);
    c.number(`${p}.failover.replicationLag`, t.failover.replicationLag, DURATION_RULE);
  }
  if (t.router !== undefined && c.object(`${p}.router`, t.router)) {
    c.number(`${p}.router.healthCheck.period`, t.router.healthCheck?.period, DURATION_RULE);
    c.number(`${p}.router.healthCheck.threshold`, t.router.healthCheck?.threshold, {
      min: 1,
      max: MAX_THRESHOLD,
      integer: true,
    });
  }
  if (t.sharedStore !== undefined && c.object(`${p}.sharedStore`, t.sharedStore)) {
    c.number(`${p}.sharedStore.reconnect`, t.sharedStore.reconnect, DURATION_RULE);
    c.number(`${p}.sharedStore.lockContention`, t.sharedStore.lockContention, { min: 0, max: 10 });
  }
  if (c.object(`${p}.costs`, t.costs)) {
    for (const key of [
      "controllerHour",
      "controllerPodHour",
      "standbyHour",
      "executorHour",
      "storeHour",
      "platformHour",
    ] as const) {
      c.number(`${p}.costs.${key}`, t.costs[key], { min: 0, max: MAX_PRICE });
    }
  }
  checkRecovery(c, p, t);
}
