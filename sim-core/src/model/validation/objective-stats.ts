/**
 * Which statistic an objective may take for each metric, so that every objective is computed as
 * written — or refused when the scenario is loaded, never silently computed as something else.
 *
 * - Per-event metrics (outages, interruption recoveries, detections, lead times) have events in
 *   every replication: the mean, the longest, or a quantile of the events pooled over replications.
 * - `blockedRequestTime` is the longest block of end-user requests in a replication (the mean over
 *   replications of that longest block): `max` only. Quantiles over requests are not computed, so
 *   `p99 blockedRequestTime` is refused rather than answered with the longest block.
 * - Every other metric is one value per replication (availability, lost pipelines, cost …),
 *   averaged over replications: `mean` only.
 *
 * Shared by `validateScenario` and the YAML loader (which reports file:line:column).
 */
import type { MetricName, Objective } from "../scenario-types";

type Stat = NonNullable<Objective["stat"]>;

/** Every statistic an objective may name, whatever the metric. */
export const OBJECTIVE_STAT_NAMES: readonly Stat[] = ["mean", "max", "p50", "p90", "p95", "p99"];

const EVENT_STATS = OBJECTIVE_STAT_NAMES;
const MEAN_ONLY: readonly Stat[] = ["mean"];

/** The statistics each metric accepts (its default, `DEFAULT_STAT`, is always among them). */
export const OBJECTIVE_STATS: Readonly<Record<MetricName, readonly Stat[]>> = {
  outageDuration: EVENT_STATS,
  interruptionRecovery: EVENT_STATS,
  detectionTime: EVENT_STATS,
  leadTime: EVENT_STATS,
  feedbackTime: EVENT_STATS,
  dataLost: EVENT_STATS,
  restoreTime: EVENT_STATS,
  backlogDrainTime: EVENT_STATS,
  unplannedOutageDuration: EVENT_STATS,
  unplannedAvailability: MEAN_ONLY,
  blockedRequestTime: ["max"],
  availability: MEAN_ONLY,
  stateAvailability: MEAN_ONLY,
  failureDelay: MEAN_ONLY,
  lostPipelines: MEAN_ONLY,
  failedByInfrastructure: MEAN_ONLY,
  successRate: MEAN_ONLY,
  throughput: MEAN_ONLY,
  deploymentsPerDay: MEAN_ONLY,
  workLost: MEAN_ONLY,
  cost: MEAN_ONLY,
};

/** Does `metric` accept `stat`? (Unknown metrics or statistics: false.) */
export function statAllowed(metric: string, stat: string): boolean {
  const allowed = Object.hasOwn(OBJECTIVE_STATS, metric) ? OBJECTIVE_STATS[metric as MetricName] : [];
  return allowed.includes(stat as Stat);
}

/** What `metric` accepts as its statistic, for error messages. */
export function statsAllowedFor(metric: MetricName): string {
  const allowed = OBJECTIVE_STATS[metric];
  if (allowed.length > 1) return `for ${metric}: one of ${allowed.join(", ")} (over its events, pooled)`;
  if (metric === "blockedRequestTime")
    return "for blockedRequestTime: only max (the longest block in a replication; quantiles over requests are not computed)";
  return `for ${metric}: only mean (one value per replication, averaged over replications)`;
}

/** The objective as a reader wrote it, for error messages: its name, or "stat metric op target". */
export function objectiveLabel(o: {
  name?: unknown;
  stat?: unknown;
  metric?: unknown;
  op?: unknown;
  target?: unknown;
}): string {
  if (typeof o.name === "string" && o.name !== "") return o.name;
  return [o.stat, o.metric, o.op, o.target].filter((part) => part !== undefined).join(" ");
}
