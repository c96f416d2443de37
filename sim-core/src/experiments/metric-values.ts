/**
 * Reads one replication's value of a metric with a statistic, the way objectives and tables use
 * it. Per-event metrics (recovery, detection, lead time) take the statistic over that
 * replication's events; a replication with no such events gives NaN and is left out.
 */
import { CensoredCollector } from "../model/metrics/censored-collector";
import type { CensoredDurations, DistributionSummary, RunResult } from "../model/result-types";
import type { MetricName, Objective } from "../model/scenario-types";

export type Stat = NonNullable<Objective["stat"]>;

/** The statistic a metric uses when an objective or table does not say. */
export const DEFAULT_STAT: Record<MetricName, Stat> = {
  outageDuration: "mean",
  interruptionRecovery: "mean",
  detectionTime: "mean",
  availability: "mean",
  stateAvailability: "mean",
  leadTime: "mean",
  feedbackTime: "p95",
  failureDelay: "mean",
  lostPipelines: "mean",
  failedByInfrastructure: "mean",
  successRate: "mean",
  throughput: "mean",
  deploymentsPerDay: "mean",
  workLost: "mean",
  blockedRequestTime: "max",
  cost: "mean",
  dataLost: "mean",
  restoreTime: "mean",
  backlogDrainTime: "mean",
  unplannedAvailability: "mean",
  unplannedOutageDuration: "mean",
};

/** Units for display. */
export const METRIC_UNITS: Record<MetricName, string> = {
  outageDuration: "s",
  interruptionRecovery: "s",
  detectionTime: "s",
  availability: "fraction",
  stateAvailability: "fraction",
  leadTime: "s",
  feedbackTime: "s",
  failureDelay: "s",
  lostPipelines: "pipelines",
  failedByInfrastructure: "pipelines",
  successRate: "fraction",
  throughput: "pipelines/h",
  deploymentsPerDay: "deployments/day",
  workLost: "executor-s",
  blockedRequestTime: "s",
  cost: "per hour",
  dataLost: "s",
  restoreTime: "s",
  backlogDrainTime: "s",
  unplannedAvailability: "fraction",
  unplannedOutageDuration: "s",
};

function fromSummary(s: DistributionSummary, stat: Stat): number {
  if (s.count === 0) return Number.NaN;
  switch (stat) {
    case "mean":
      return s.mean;
    case "max":
      return s.max;
    case "p50":
      return s.p50;
    case "p90":
      return s.p90;
    case "p95":
      return s.p95;
    case "p99":
      return s.p99;
    default:
      return Number.NaN;
  }
}

/** Per-event metrics: a distribution of events per replication (the rest are one value per replication). */
export const PER_EVENT_METRICS: readonly MetricName[] = [
  "outageDuration",
  "interruptionRecovery",
  "detectionTime",
  "leadTime",
  "feedbackTime",
  "dataLost",
  "restoreTime",
  "backlogDrainTime",
  "unplannedOutageDuration",
];

/**
 * Metrics that exist only where a model feature produces them (disaster recovery: `run.recovery`).
 * Tables list them only when some replication has them, so results without the feature keep
 * their shape.
 */
export const OPTIONAL_METRICS: readonly MetricName[] = [
  "dataLost",
  "restoreTime",
  "backlogDrainTime",
  "unplannedAvailability",
  "unplannedOutageDuration",
];

/** Does this replication carry `metric`? (Always, except the optional metrics of a feature left off.) */
export function hasMetric(run: RunResult, metric: MetricName): boolean {
  if (metric === "backlogDrainTime") return run.backlogDrain !== undefined; // asked for by an objective
  // Planned maintenance splits availability and outages into planned and unplanned.
  if (metric === "unplannedAvailability") return run.service.unplannedAvailability !== undefined;
  if (metric === "unplannedOutageDuration") return run.outages.unplanned !== undefined;
  return !OPTIONAL_METRICS.includes(metric) || run.recovery !== undefined;
}

/** No events: what an optional per-event metric reads in a replication without its feature. */
const NO_EVENTS: CensoredDurations = new CensoredCollector().summary();

/** Metrics whose values are fractions in [0, 1]; every other metric is ≥ 0. */
export const FRACTION_METRICS: readonly MetricName[] = [
  "availability",
  "stateAvailability",
  "successRate",
  "unplannedAvailability",
];

/** The support of a metric's values: intervals and verdicts stay inside it. */
export function metricSupport(metric: MetricName): { lower: number; upper: number } {
  return { lower: 0, upper: FRACTION_METRICS.includes(metric) ? 1 : Number.POSITIVE_INFINITY };
}

/** The censoring-aware events of a per-event metric in one replication (null for other metrics). */
export function censoredEvents(run: RunResult, metric: MetricName): CensoredDurations | null {
  switch (metric) {
    case "outageDuration":
      return run.outages.duration;
    case "interruptionRecovery":
      return run.interruptions.recovery;
    case "detectionTime":
      return { ...run.incidents.detection, censored: [], never: 0 };
    case "leadTime":
      return { ...run.pipelines.leadTime, censored: [], never: 0 };
    case "feedbackTime":
      return run.pipelines.feedbackTime;
    case "dataLost":
      return run.recovery?.dataLost ?? NO_EVENTS;
    case "restoreTime":
      return run.recovery?.restoreTime ?? NO_EVENTS;
    case "backlogDrainTime":
      return run.backlogDrain ?? NO_EVENTS;
    case "unplannedOutageDuration":
      return run.outages.unplanned ?? NO_EVENTS;
    default:
      return null;
  }
}

/**
 * One replication's value of a censored metric: censored events count at the duration they had
 * reached (a lower bound), work that never ran again is left out of means and counted apart.
 */
function fromCensored(s: CensoredDurations, stat: Stat): number {
  const open = s.censored.length;
  if (s.count + open === 0) return Number.NaN;
  if (open === 0) return fromSummary(s, stat);
  const longestOpen = s.censored[0]!;
  if (stat === "mean") return (s.mean * s.count + s.censored.reduce((a, b) => a + b, 0)) / (s.count + open);
  if (stat === "max") return Math.max(s.count > 0 ? s.max : 0, longestOpen);
  return s.count === 0 ? longestOpen : fromSummary(s, stat);
}

export function metricValue(run: RunResult, metric: MetricName, stat: Stat = DEFAULT_STAT[metric]): number {
  const p = run.pipelines;
  switch (metric) {
    case "outageDuration":
      return fromCensored(run.outages.duration, stat);
    case "interruptionRecovery":
      return fromCensored(run.interruptions.recovery, stat);
    case "detectionTime":
      return fromSummary(run.incidents.detection, stat);
    case "leadTime":
      return fromSummary(p.leadTime, stat);
    case "feedbackTime":
      return fromCensored(p.feedbackTime, stat);
    case "availability":
      return run.service.availability;
    case "stateAvailability":
      return run.service.stateAvailability;
    case "failureDelay":
      return p.failureDelay ?? Number.NaN;
    case "lostPipelines":
      return p.lost;
    case "failedByInfrastructure":
      return p.failedInfrastructure;
    case "successRate": {
      const finished = p.succeeded + p.failedFlaky + p.failedInfrastructure + p.lost;
      return finished === 0 ? Number.NaN : p.succeeded / finished;
    }
    case "throughput":
      return run.service.throughputPerHour;
    case "deploymentsPerDay":
      return run.service.deploymentsPerDay;
    case "workLost":
      return run.incidents.workLost;
    case "blockedRequestTime":
      return run.service.blockedRequests === null ? Number.NaN : run.service.blockedRequests.max;
    case "cost":
      return run.cost.perHour;
    case "dataLost":
      return run.recovery === undefined ? Number.NaN : fromCensored(run.recovery.dataLost, stat);
    case "restoreTime":
      return run.recovery === undefined ? Number.NaN : fromCensored(run.recovery.restoreTime, stat);
    case "backlogDrainTime":
      return run.backlogDrain === undefined ? Number.NaN : fromCensored(run.backlogDrain, stat);
    case "unplannedOutageDuration":
      return run.outages.unplanned === undefined ? Number.NaN : fromCensored(run.outages.unplanned, stat);
    case "unplannedAvailability":
      return run.service.unplannedAvailability ?? Number.NaN;
  }
}
