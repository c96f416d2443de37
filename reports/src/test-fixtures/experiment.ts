/**
 * A realistic five-topology ExperimentResult built by hand (not simulated): one simulated week,
 * verdicts judged by the model's rule from the fixture's intervals, paired differences against
 * the resilient-decoupled design. Deterministic.
 */
import type {
  ExperimentResult,
  Interval,
  Objective,
  ObjectiveVerdict,
  RunResult,
  TopologySummary,
  Verdict,
} from "@resilab/sim-core";
import {
  availabilitySeries,
  censoredPerRun,
  FIXTURE_HORIZON,
  FIXTURE_OBJECTIVES,
  incidents,
  metrics,
  PROFILES,
  type Profile,
  pipelines,
  pooledDurations,
  runDurations,
} from "./profiles";
import { interval, logNormalSummary, sequence, Z } from "./shapes";

/** The estimate of each fixture objective for a profile: the objective's statistic with its interval. */
function estimateFor(p: Profile, objective: Objective, n: number): Interval {
  const m = metrics(p);
  if (objective.metric === "outageDuration") return pooledDurations(p, "outages", n).p99;
  if (objective.metric === "interruptionRecovery") return pooledDurations(p, "interruptions", n).p99;
  if (objective.metric === "leadTime") {
    const p95 = p.leadMedian * Math.exp(0.35 * Z.p95);
    return interval(p95, p95 * 0.15);
  }
  const estimate = m[objective.metric];
  if (estimate === undefined) throw new Error(`the fixture profiles have no ${objective.metric}`);
  return estimate;
}

/** The verdict rule the model applies: met / missed when the interval is wholly on one side. */
function judge(
  objective: Objective,
  estimate: Interval,
): { verdict: Verdict; replicationsNeeded: number | null } {
  const ok = (x: number) => (objective.op === "<=" ? x <= objective.target : x >= objective.target);
  if (ok(estimate.lower) && ok(estimate.upper)) return { verdict: "met", replicationsNeeded: null };
  if (!ok(estimate.lower) && !ok(estimate.upper)) return { verdict: "missed", replicationsNeeded: null };
  const gap = Math.abs(estimate.mean - objective.target) || estimate.halfWidth / 10;
  return {
    verdict: "inconclusive",
    replicationsNeeded: Math.ceil(estimate.n * (estimate.halfWidth / gap) ** 2),
  };
}

function run(p: Profile, replication: number): RunResult {
  const inc = incidents(p, replication);
  const pipes = pipelines(p, replication);
  const next = sequence(5 + replication + p.cost * 10);
  return {
    topology: p.name,
    replication,
    fingerprint: Math.floor(next() * 2 ** 32)
      .toString(16)
      .padStart(8, "0")
      .repeat(2),
    events: 1_200_000 + Math.round(next() * 50_000),
    simulatedSeconds: FIXTURE_HORIZON,
    incidents: {
      count: inc.length,
      byClass: { controller: 2, executor: 2, node: 1, store: 1, agentPartition: 1, zone: 1 },
      detection: logNormalSummary(30, 0.4, inc.length),
      unrecovered: inc.filter((i) => i.recovery === null).length,
      workLost: inc.reduce((s, i) => s + i.workLost, 0),
      blastTeamsMean: 1.8,
      blastPipelinesMean: 5.2,
      sample: inc,
    },
    outages: (() => {
      const { all, byClass } = runDurations(p, "outages");
      return { duration: all, byClass, teamDowntime: all.mean * all.count * 3 };
    })(),
    interruptions: (() => {
      const { all, byClass } = runDurations(p, "interruptions");
      return { recovery: all, byClass };
    })(),
    pipelines: {
      triggered: 1310,
      succeeded: 1262,
      failedFlaky: 38,
      failedInfrastructure: Math.round(p.lost * 2),
      lost: Math.round(p.lost),
      stillRunning: 3,
      restarts: Math.round(p.lost * 3),
      leadTime: logNormalSummary(p.leadMedian, 0.35, 1300),
      executionTime: logNormalSummary(p.leadMedian * 0.8, 0.3, 1262),
      feedbackTime: {
        ...logNormalSummary(p.leadMedian, 0.35, 1300),
        censored: [],
        never: Math.round(p.lost),
      },
      failureDelay: 12 + p.outageMedian * 0.05,
      sample: pipes,
    },
    service: {
      availability: p.availability,
      stateAvailability: Math.min(1, p.availability + 0.0002),
      throughputPerHour: 7.8,
      deploymentsPerDay: 41,
      queueLength: {
        mean: 1.4,
        max: 23,
        series: {
          step: FIXTURE_HORIZON / 56,
          values: Array.from({ length: 56 }, (_, k) => 1 + (k % 7) * 0.3),
        },
      },
      availabilitySeries: availabilitySeries(p, replication),
      inSystemSeries: { step: FIXTURE_HORIZON / 120, values: new Array<number>(120).fill(2.3) },
      little: { L: 2.31, lambdaW: 2.29 },
      blockedRequests: null,
    },
    cost: {
      total: p.cost * (FIXTURE_HORIZON / 3600),
      perHour: p.cost,
      byKind: { controller: { hours: 168, cost: p.cost * 84 }, executor: { hours: 672, cost: p.cost * 84 } },
    },
  };
}

/** Options for {@link experimentFixture}. */
export interface FixtureOptions {
  /** Multiplies every outage median (a sweep over repair time moves this). Default 1. */
  recoveryScale?: number;
  /** Replications per topology (runs included). Default 4. */
  replications?: number;
}

/** A realistic five-topology ExperimentResult (one simulated week, 4 replications, runs included). */
export function experimentFixture(options: FixtureOptions = {}): ExperimentResult {
  const scale = options.recoveryScale ?? 1;
  const n = options.replications ?? 4;
  const profiles = PROFILES.map((p) => ({
    ...p,
    outageMedian: p.outageMedian * scale,
    availability: 1 - (1 - p.availability) * scale,
  }));
  const runs = profiles.flatMap((p) => Array.from({ length: n }, (_, r) => run(p, r)));
  const topologies: TopologySummary[] = profiles.map((p) => {
    const mine = runs.filter((r) => r.topology === p.name);
    return {
      topology: p.name,
      preset: p.preset,
      metrics: metrics(p),
      outages: pooledDurations(p, "outages", n),
      interruptions: pooledDurations(p, "interruptions", n),
      leadTime: logNormalSummary(p.leadMedian, 0.35, 1300 * n),
      availabilitySeries: availabilitySeries(p, 0),
      queueSeries: mine[0]!.service.queueLength.series,
      incidentsSample: mine[0]!.incidents.sample,
      pipelinesSample: mine[0]!.pipelines.sample,
      fingerprints: mine.map((r) => r.fingerprint),
    };
  });
  const verdicts: ObjectiveVerdict[] = FIXTURE_OBJECTIVES.flatMap((objective) =>
    profiles.map((p) => {
      const estimate = estimateFor(p, objective, n);
      const censored = objective.metric === "outageDuration" ? censoredPerRun(p, "outages") * n : 0;
      const note = censored > 0 ? `${censored} outages still open at the horizon (censored)` : null;
      return {
        objective,
        name: objective.name!,
        topology: p.name,
        estimate,
        ...judge(objective, estimate),
        note,
      };
    }),
  );
  const base = topologies.find((t) => t.topology === "resilient-decoupled")!;
  const differences = (["outageDuration", "availability", "cost"] as const).flatMap((metric) =>
    topologies
      .filter((t) => t !== base)
      .map((t) => {
        const a = base.metrics[metric];
        const b = t.metrics[metric];
        const half = Math.hypot(a.halfWidth, b.halfWidth) * 0.6;
        return { metric, a: base.topology, b: t.topology, difference: interval(a.mean - b.mean, half, n) };
      }),
  );
  return {
    schemaVersion: 1,
    tool: { name: "resilab", version: "0.1.0" },
    scenario: {
      name: "ha-comparison",
      hash: "3f2a9c81d04b7e65",
      description:
        "Which HA design keeps p99 service outages within 2 min and availability at 99.9 %, and at what cost?",
    },
    seed: 42,
    replications: n,
    horizon: FIXTURE_HORIZON,
    warmup: { chosen: 0, suggested: 0, warning: null },
    topologies,
    verdicts,
    differences,
    topologyDifferences: [],
    runs,
  };
}
