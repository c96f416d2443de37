/**
 * Reads one replication's value of a metric with a statistic, the way objectives and tables use
 * it. Per-event metrics (recovery, detection, lead time) take the statistic over that
 * replication's events; a replication with no such events gives NaN and is left out.
 */
import type { DistributionSummary, RunResult } from "../model/result-types";
import type { MetricName, Objective } from "../model/scenario-types";

export type Stat = NonNullable<Objective["stat"]>;

/** The statistic a metric uses when an objective or table does not say. */
export const DEFAULT_STAT: Record<MetricName, Stat> = {
  recoveryTime: "mean",
  detectionTime: "mean",
  availability: "mean",
  stateAvailability: "mean",
  leadTime: "mean",
  failureDelay: "mean",
  lostPipelines: "mean",
  failedByInfrastructure: "mean",
  successRate: "mean",
  throughput: "mean",
  deploymentsPerDay: "mean",
  workLost: "mean",
  blockedRequestTime: "max",
  cost: "mean",
};

/** Units for display. */
export const METRIC_UNITS: Record<MetricName, string> = {
  recoveryTime: "s",
  detectionTime: "s",
  availability: "fraction",
  stateAvailability: "fraction",
  leadTime: "s",
  failureDelay: "s",
  lostPipelines: "pipelines",
  failedByInfrastructure: "pipelines",
  successRate: "fraction",
  throughput: "pipelines/h",
  deploymentsPerDay: "deployments/day",
  workLost: "executor-s",
  blockedRequestTime: "s",
  cost: "per hour",
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

export function metricValue(run: RunResult, metric: MetricName, stat: Stat = DEFAULT_STAT[metric]): number {
  const p = run.pipelines;
  switch (metric) {
    case "recoveryTime":
      return fromSummary(run.incidents.recovery, stat);
    case "detectionTime":
      return fromSummary(run.incidents.detection, stat);
    case "leadTime":
      return fromSummary(p.leadTime, stat);
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
  }
}
