/**
 * The five fixture topologies and what they share: the agreed service level, one fault trace
 * (common random numbers: every topology sees the same failures) and per-topology incident,
 * pipeline, availability and metric figures that tell the project's story.
 */
import type {
  IncidentRecord,
  Objective,
  PipelineRecord,
  RunResult,
  TopologySummary,
} from "@resilab/sim-core";
import { interval, logNormalSummary, sequence, Z } from "./shapes";

/** Seconds per day. */
export const DAY = 86_400;
/** Horizon of the fixtures: one simulated week (seconds). */
export const FIXTURE_HORIZON = 7 * DAY;

/** How each fixture topology behaves: outage and interruption medians/spreads, availability, cost and verdicts. */
export interface Profile {
  name: string;
  preset: string;
  /** Service outages: median (s) and log-sd. */
  outageMedian: number;
  outageSigma: number;
  /** Interruption recoveries: median (s) and log-sd. */
  interruptionMedian: number;
  interruptionSigma: number;
  leadMedian: number;
  availability: number;
  cost: number;
  lost: number;
}

/** The five fixture topologies, in result order. */
export const PROFILES: readonly Profile[] = [
  {
    name: "single",
    preset: "single",
    outageMedian: 1500,
    outageSigma: 0.9,
    interruptionMedian: 12,
    interruptionSigma: 1.2,
    leadMedian: 900,
    availability: 0.9952,
    cost: 2.1,
    lost: 3.5,
  },
  {
    name: "active-passive",
    preset: "active-passive",
    outageMedian: 150,
    outageSigma: 1.1,
    interruptionMedian: 25,
    interruptionSigma: 0.9,
    leadMedian: 760,
    availability: 0.99905,
    cost: 3.6,
    lost: 0,
  },
  {
    name: "active-active",
    preset: "active-active",
    outageMedian: 35,
    outageSigma: 1.3,
    interruptionMedian: 20,
    interruptionSigma: 0.8,
    leadMedian: 820,
    availability: 0.99962,
    cost: 6.8,
    lost: 0,
  },
  {
    name: "resilient-decoupled",
    preset: "resilient-decoupled",
    outageMedian: 45,
    outageSigma: 0.35,
    interruptionMedian: 18,
    interruptionSigma: 0.5,
    leadMedian: 700,
    availability: 0.99968,
    cost: 2.6,
    lost: 0,
  },
  {
    name: "cloud-native",
    preset: "cloud-native",
    outageMedian: 55,
    outageSigma: 0.4,
    interruptionMedian: 15,
    interruptionSigma: 0.45,
    leadMedian: 720,
    availability: 0.99955,
    cost: 3.1,
    lost: 0,
  },
];

/** The fixture's agreed service level. */
export const FIXTURE_OBJECTIVES: readonly Objective[] = [
  { name: "p99 outage ≤ 2 min", metric: "outageDuration", stat: "p99", op: "<=", target: 120 },
  { name: "availability ≥ 99.9 %", metric: "availability", op: ">=", target: 0.999 },
  { name: "p95 lead time ≤ 30 min", metric: "leadTime", stat: "p95", op: "<=", target: 1800 },
  { name: "no lost pipelines", metric: "lostPipelines", stat: "mean", op: "<=", target: 0 },
];

/** The shared fault trace: [at (s), component, class, mode]. */
const TRACE: readonly [number, string, IncidentRecord["componentClass"], IncidentRecord["mode"]][] = [
  [0.6 * DAY, "controller-0", "controller", "crash"],
  [1.4 * DAY, "executor-12", "executor", "crash"],
  [2.2 * DAY, "node-3", "node", "down"],
  [3.1 * DAY, "controller-0", "controller", "hang"],
  [4.05 * DAY, "store", "store", "down"],
  [4.9 * DAY, "partition-4", "agentPartition", "down"],
  [5.7 * DAY, "zone-b", "zone", "down"],
  [6.5 * DAY, "executor-3", "executor", "slow"],
];

/** The shared fault trace as incidents of one topology and replication (recovery by its profile). */
export function incidents(p: Profile, replication: number): IncidentRecord[] {
  const next = sequence(1000 + replication * 7 + p.name.length);
  return TRACE.map(([at, component, componentClass, mode], k) => {
    const recovery = p.outageMedian * Math.exp(p.outageSigma * (next() * 2 - 1));
    const impact =
      componentClass === "controller" ||
      componentClass === "zone" ||
      (componentClass === "store" && p.name !== "cloud-native");
    return {
      component,
      componentClass,
      mode,
      cause: k === 6 ? "chaos" : "stochastic",
      at: at + replication * 3600,
      detection: 10 + 50 * next(),
      recovery: p.name === "single" && k === 6 ? null : Math.round(recovery * 10) / 10,
      blastPipelines: impact ? Math.round(2 + 10 * next()) : Math.round(2 * next()),
      blastTeams: impact ? 3 : 1,
      workLost: Math.round(600 * next()),
      serviceImpact: impact && p.name !== "resilient-decoupled" ? true : componentClass === "zone",
    };
  });
}

/** Twelve sample pipelines around the controller hang at 3.1 d, with stage attempts. */
export function pipelines(p: Profile, replication: number): PipelineRecord[] {
  const next = sequence(77 + replication * 13 + p.name.length);
  return Array.from({ length: 12 }, (_, id) => {
    const triggeredAt = 3.1 * DAY - 1800 + id * 420 + next() * 60;
    let t = triggeredAt + 20 + next() * 40;
    const attempts: PipelineRecord["attempts"] = [];
    for (let stage = 0; stage < 3; stage++) {
      const end = t + 180 + next() * 240;
      const result =
        stage === 1 && id % 5 === 2
          ? "flaky"
          : stage === 2 && id % 4 === 1 && p.lost > 0
            ? "interrupted"
            : "ok";
      attempts.push([stage, t, end, result]);
      t = end + 5;
      if (result === "flaky") {
        const retry = t + 200 + next() * 100;
        attempts.push([stage, t, retry, "ok"]);
        t = retry + 5;
      }
    }
    const lost = attempts.some((a) => a[3] === "interrupted") && p.name === "single";
    return {
      id,
      team: id % 4,
      triggeredAt,
      finishedAt: lost ? null : t,
      outcome: lost ? "lost" : "succeeded",
      restarts: lost ? 1 : 0,
      attempts,
    };
  });
}

/** 56 buckets of availability: 1 except where a service-affecting incident was down. */
export function availabilitySeries(p: Profile, replication: number): { step: number; values: number[] } {
  const step = FIXTURE_HORIZON / 56;
  const values = Array.from({ length: 56 }, () => 1);
  for (const i of incidents(p, replication)) {
    if (!i.serviceImpact) continue;
    const down = i.recovery ?? FIXTURE_HORIZON - i.at;
    const bucket = Math.min(55, Math.floor(i.at / step));
    values[bucket] = Math.max(0, values[bucket]! - Math.min(step, down) / step);
  }
  return { step, values };
}

/** Every metric's interval for one topology (units as in MetricName). */
export function metrics(p: Profile): TopologySummary["metrics"] {
  const recoveryMean = p.outageMedian * Math.exp((p.outageSigma * p.outageSigma) / 2);
  const interruptionMean = p.interruptionMedian * Math.exp((p.interruptionSigma * p.interruptionSigma) / 2);
  return {
    outageDuration: interval(recoveryMean, recoveryMean * 0.18),
    interruptionRecovery: interval(interruptionMean, interruptionMean * 0.2),
    detectionTime: interval(34, 6),
    availability: interval(p.availability, (1 - p.availability) * 0.3),
    stateAvailability: interval(Math.min(1, p.availability + 0.0002), (1 - p.availability) * 0.25),
    leadTime: interval(p.leadMedian * 1.15, 40),
    feedbackTime: interval(p.leadMedian * 1.2, 45),
    failureDelay: interval(recoveryMean * 0.4, recoveryMean * 0.1),
    lostPipelines: interval(p.lost, p.lost * 0.6),
    failedByInfrastructure: interval(p.lost * 2 + 0.5, 0.7),
    successRate: interval(0.962, 0.006),
    throughput: interval(7.8, 0.3),
    deploymentsPerDay: interval(41, 3),
    workLost: interval(3600 * (p.lost + 0.4), 900),
    blockedRequestTime: interval(p.outageMedian * 0.2, p.outageMedian * 0.05),
    cost: interval(p.cost, p.cost * 0.02),
  };
}

type PooledDurations = TopologySummary["outages"];
type CensoredDurations = RunResult["outages"]["duration"];

/** Which failure classes start each kind of event, with their share of the event time. */
const CLASSES: Record<"outages" | "interruptions", [string, number][]> = {
  outages: [
    ["controller", 0.55],
    ["zone", 0.3],
    ["store", 0.15],
  ],
  interruptions: [
    ["executor", 0.5],
    ["node", 0.3],
    ["controller", 0.15],
    ["agentPartition", 0.05],
  ],
};

/** Outages still open at the horizon per replication: the single controller's zone outage never ends. */
export function censoredPerRun(p: Profile, kind: "outages" | "interruptions"): number {
  return p.name === "single" && kind === "outages" ? 1 : 0;
}

/** Interruptions whose work never ran again per replication (the single controller loses pipelines). */
function neverPerRun(p: Profile, kind: "outages" | "interruptions"): number {
  return kind === "interruptions" ? Math.round(p.lost) : 0;
}

function shapeOf(p: Profile, kind: "outages" | "interruptions"): [number, number, number] {
  return kind === "outages"
    ? [p.outageMedian, p.outageSigma, 4]
    : [p.interruptionMedian, p.interruptionSigma, 5];
}

/** One replication's durations of one kind: completed events, censored ones and never recovered. */
export function runDurations(
  p: Profile,
  kind: "outages" | "interruptions",
): { all: CensoredDurations; byClass: Record<string, CensoredDurations> } {
  const [median, sigma, count] = shapeOf(p, kind);
  const censored = Array.from({ length: censoredPerRun(p, kind) }, () => 1.9 * DAY);
  const never = neverPerRun(p, kind);
  const all = { ...logNormalSummary(median, sigma, count), censored, never };
  const byClass = Object.fromEntries(
    CLASSES[kind].map(([cls], k) => [
      cls,
      {
        ...logNormalSummary(median * (1.4 - 0.3 * k), sigma, k === 0 ? count - CLASSES[kind].length + 1 : 1),
        censored: cls === "zone" ? censored : [],
        never: k === 0 ? never : 0,
      },
    ]),
  );
  return { all, byClass };
}

/**
 * Durations of one kind pooled over `n` replications, with Kaplan–Meier-like quantiles: the
 * single controller's outage p99 lies among its censored outages, so its interval is unbounded.
 */
export function pooledDurations(p: Profile, kind: "outages" | "interruptions", n: number): PooledDurations {
  const [median, sigma, count] = shapeOf(p, kind);
  const q = (z: number) => median * Math.exp(sigma * z);
  const censored = censoredPerRun(p, kind) * n;
  const never = neverPerRun(p, kind) * n;
  const p99 = interval(q(Z.p99), q(Z.p99) * (sigma < 0.38 ? 0.12 : 0.2), n);
  const events = count * n + censored + never;
  const total = count * n * median * Math.exp((sigma * sigma) / 2) + censored * 1.9 * DAY;
  return {
    summary: logNormalSummary(median, sigma, count * n),
    censored,
    never,
    p50: interval(q(Z.p50), q(Z.p50) * 0.15, n),
    p90: interval(q(Z.p90), q(Z.p90) * 0.2, n),
    p99:
      censored + never > 0
        ? { ...p99, upper: Number.POSITIVE_INFINITY, halfWidth: Number.POSITIVE_INFINITY }
        : p99,
    byClass: CLASSES[kind].map(([componentClass, share], k) => {
      const classCount = Math.max(1, Math.round(events * share));
      return {
        componentClass,
        count: classCount - (componentClass === "zone" ? censored : 0) - (k === 0 ? never : 0),
        censored: componentClass === "zone" ? censored : 0,
        never: k === 0 ? never : 0,
        total: total * share,
        share,
        p50: q(Z.p50) * (1.4 - 0.3 * k),
        p99: k === 0 && never > 0 ? Number.POSITIVE_INFINITY : q(Z.p99) * (1.4 - 0.3 * k),
        max: componentClass === "zone" && censored > 0 ? 1.9 * DAY : q(2.8) * (1.4 - 0.3 * k),
      };
    }),
  };
}
