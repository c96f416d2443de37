/**
 * What each model metric means for a reader: a label, a unit and which direction is better.
 * Outputs list metrics in `METRIC_ORDER` so every format shows them in the same, fixed order.
 */
import type { MetricName } from "@resilab/sim-core";

/** How a metric's numbers are formatted. */
export type MetricUnit = "seconds" | "fraction" | "count" | "per-hour" | "per-day" | "cost-per-hour";

/** Presentation facts about one metric. */
export interface MetricInfo {
  /** Human label, sentence case, e.g. "Service outage duration". */
  label: string;
  unit: MetricUnit;
  /** Unit as printed after numbers and in axis titles, e.g. "s", "%", "per hour". */
  unitLabel: string;
  /** Which direction is an improvement (for reading paired differences). */
  better: "lower" | "higher";
}

const INFO: ReadonlyMap<string, MetricInfo> = new Map<MetricName, MetricInfo>([
  ["outageDuration", { label: "Service outage duration", unit: "seconds", unitLabel: "s", better: "lower" }],
  [
    "interruptionRecovery",
    { label: "Interruption recovery", unit: "seconds", unitLabel: "s", better: "lower" },
  ],
  ["detectionTime", { label: "Detection time", unit: "seconds", unitLabel: "s", better: "lower" }],
  ["availability", { label: "Availability", unit: "fraction", unitLabel: "%", better: "higher" }],
  ["stateAvailability", { label: "State availability", unit: "fraction", unitLabel: "%", better: "higher" }],
  ["leadTime", { label: "Lead time", unit: "seconds", unitLabel: "s", better: "lower" }],
  ["feedbackTime", { label: "Feedback time", unit: "seconds", unitLabel: "s", better: "lower" }],
  ["failureDelay", { label: "Delay caused by failures", unit: "seconds", unitLabel: "s", better: "lower" }],
  ["lostPipelines", { label: "Lost pipelines", unit: "count", unitLabel: "per run", better: "lower" }],
  [
    "failedByInfrastructure",
    { label: "Pipelines failed by infrastructure", unit: "count", unitLabel: "per run", better: "lower" },
  ],
  ["successRate", { label: "Success rate", unit: "fraction", unitLabel: "%", better: "higher" }],
  [
    "throughput",
    { label: "Throughput", unit: "per-hour", unitLabel: "pipelines per hour", better: "higher" },
  ],
  [
    "deploymentsPerDay",
    { label: "Deployment frequency", unit: "per-day", unitLabel: "per day", better: "higher" },
  ],
  ["workLost", { label: "Work lost", unit: "seconds", unitLabel: "executor-s", better: "lower" }],
  [
    "blockedRequestTime",
    { label: "End-user blocked time", unit: "seconds", unitLabel: "s", better: "lower" },
  ],
  ["cost", { label: "Cost", unit: "cost-per-hour", unitLabel: "per hour", better: "lower" }],
  // Disaster recovery (present only when a scenario uses it).
  ["dataLost", { label: "Data lost (achieved RPO)", unit: "seconds", unitLabel: "s", better: "lower" }],
  ["restoreTime", { label: "Restore time (achieved RTO)", unit: "seconds", unitLabel: "s", better: "lower" }],
  // Planned maintenance (present only when a scenario has it).
  [
    "unplannedAvailability",
    { label: "Availability without planned downtime", unit: "fraction", unitLabel: "%", better: "higher" },
  ],
  [
    "unplannedOutageDuration",
    { label: "Unplanned outage duration", unit: "seconds", unitLabel: "s", better: "lower" },
  ],
  // Present only when an objective uses it.
  ["backlogDrainTime", { label: "Backlog drain time", unit: "seconds", unitLabel: "s", better: "lower" }],
]);

/** Every metric in the fixed order that tables, CSV rows and JSON records use. */
export const METRIC_ORDER: readonly MetricName[] = [...INFO.keys()] as MetricName[];

/** Presentation facts for `name`; an unknown name (a newer model) gets a neutral count entry. */
export function metricInfo(name: string): MetricInfo {
  return INFO.get(name) ?? { label: name, unit: "count", unitLabel: "", better: "lower" };
}

/**
 * The metrics present in `metrics`, known ones first in `METRIC_ORDER`, then any unknown ones
 * alphabetically (so a model that grows a metric still gets a stable order).
 */
export function orderedMetricNames(metrics: object): string[] {
  const present = Object.keys(metrics);
  const known = METRIC_ORDER.filter((m) => present.includes(m));
  const unknown = present.filter((m) => !INFO.has(m)).sort();
  return [...known, ...unknown];
}
