/** Turns the collectors of a finished replication into its plain, JSON-serialisable RunResult. */
import type { RunResult } from "../result-types";
import type { TopologyConfig } from "../scenario-types";
import type { RunContext } from "./context";
import type { ControlPlane } from "./control-plane";
import { totalExecutors } from "./executor-cells";

export function buildRunResult(
  ctx: RunContext,
  control: ControlPlane,
  topology: TopologyConfig,
  replication: number,
): RunResult {
  const { k, metrics, scenario } = ctx;
  control.finishBlocking();
  const unrecovered = metrics.incidents.closeAtHorizon();
  metrics.outages.closeAtHorizon();
  metrics.backlog?.closeAtHorizon();
  metrics.recovery?.log.closeAtHorizon();
  metrics.pipelines.closeAtHorizon(ctx.horizon, control.inFlight.triggerTimes());
  for (const series of [
    metrics.availability,
    metrics.stateAvailability,
    metrics.queueLength,
    metrics.inSystem,
  ])
    series.finish();
  metrics.unplannedAvailability?.finish();
  const span = (ctx.horizon - ctx.warmup) / 1e6;
  const hours = span / 3600;
  addCosts(ctx, topology, span);
  metrics.recovery?.addCosts(span);
  const p = metrics.pipelines;
  const lambda = span > 0 ? p.triggered / span : 0;
  const endUser = scenario.workload.endUser;
  const incidents = metrics.incidents;
  let stillRunning = p.triggered - p.departed;
  if (stillRunning < 0) stillRunning = 0;
  return {
    topology: topology.name,
    replication,
    fingerprint: k.fingerprint(),
    events: k.eventCount,
    simulatedSeconds: scenario.horizon,
    incidents: {
      count: incidents.count,
      byClass: { ...incidents.byClass },
      detection: incidents.detection.summary(),
      unrecovered,
      workLost: incidents.workLost,
      blastTeamsMean: incidents.blastTeamsMean(),
      blastPipelinesMean: incidents.blastPipelinesMean(),
      sample: incidents.sample,
    },
    outages: {
      ...metrics.outages.summary(),
      ...(metrics.outages.unplanned === null ? {} : { unplanned: metrics.outages.unplanned.summary() }),
    },
    ...(metrics.backlog === null ? {} : { backlogDrain: metrics.backlog.summary() }),
    interruptions: {
      recovery: incidents.interruptions.all.summary(),
      byClass: incidents.interruptions.classSummaries(),
    },
    pipelines: {
      triggered: p.triggered,
      succeeded: p.succeeded,
      failedFlaky: p.failedFlaky,
      failedInfrastructure: p.failedInfrastructure,
      lost: p.lost,
      stillRunning,
      restarts: p.restarts,
      leadTime: p.leadTime.summary(),
      executionTime: p.executionTime.summary(),
      feedbackTime: p.feedback.summary(),
      failureDelay: null,
      sample: p.sample,
    },
    service: {
      availability: metrics.availability.mean(),
      ...(metrics.unplannedAvailability === null
        ? {}
        : { unplannedAvailability: metrics.unplannedAvailability.mean() }),
      stateAvailability: metrics.stateAvailability.mean(),
      throughputPerHour: hours > 0 ? p.completed / hours : 0,
      deploymentsPerDay: hours > 0 ? (p.completed / hours) * 24 : 0,
      queueLength: {
        mean: metrics.queueLength.mean(),
        max: metrics.queueLength.max(),
        series: metrics.queueLength.series(),
      },
      availabilitySeries: metrics.availability.series(),
      inSystemSeries: metrics.inSystem.series(),
      little: { L: metrics.inSystem.mean(), lambdaW: lambda * p.meanSojourn() },
      blockedRequests:
        endUser === undefined
          ? null
          : {
              rate: endUser.requestsPerSecond,
              overThreshold: span > 0 ? metrics.blockedOver / (endUser.requestsPerSecond * span) : 0,
              max: metrics.blockedMax,
            },
    },
    cost: metrics.cost.result(span),
    ...(metrics.recovery === null ? {} : { recovery: metrics.recovery.log.summary() }),
  };
}

/** Replica-hours of the standing components (ephemeral pods were metered as they ran). */
function addCosts(ctx: RunContext, t: TopologyConfig, span: number): void {
  const cost = ctx.metrics.cost;
  const standbys = t.failover ? t.controllers.count - 1 : 0;
  cost.add(
    t.controllers.hosting === "pod" ? "controllerPod" : "controller",
    t.controllers.count - standbys,
    span,
  );
  // A standby costs what the controller it stands in for costs: a VM, or a pod.
  if (standbys > 0) cost.add(t.controllers.hosting === "pod" ? "standbyPod" : "standby", standbys, span);
  if (t.executors.kind === "static") cost.add("executor", totalExecutors(t), span);
  if (t.controllers.state === "shared-store") cost.add("store", 1, span);
  if (t.controllers.hosting === "pod" || t.executors.kind === "ephemeral") cost.add("platform", 1, span);
}
