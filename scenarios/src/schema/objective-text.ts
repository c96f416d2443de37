/**
 * Service-level objectives written as one line: `"p99 outageDuration <= 2m"`,
 * `"availability >= 99.9%"`, `"lostPipelines <= 0"`, `"max blockedRequestTime <= 3s"`.
 * The target's unit follows the metric: durations for times, fractions for availabilities,
 * rates for throughput, plain numbers for counts and cost.
 */
import { type MetricName, type Objective, statAllowed, statsAllowedFor } from "@resilab/sim-core";
import { DURATION_ALLOWED, parseDuration } from "../units/duration";
import { FRACTION_ALLOWED, parsePercentage } from "../units/percentage";
import { parseRate, rateAllowed } from "../units/rate";
import { didYouMean } from "./did-you-mean";

/** How each metric's target is written. */
export const METRIC_UNITS: Readonly<
  Record<MetricName, "duration" | "fraction" | "count" | "perHour" | "perDay" | "number">
> = {
  outageDuration: "duration",
  interruptionRecovery: "duration",
  detectionTime: "duration",
  availability: "fraction",
  stateAvailability: "fraction",
  leadTime: "duration",
  feedbackTime: "duration",
  failureDelay: "duration",
  lostPipelines: "count",
  failedByInfrastructure: "count",
  successRate: "fraction",
  throughput: "perHour",
  deploymentsPerDay: "perDay",
  workLost: "duration",
  blockedRequestTime: "duration",
  cost: "number",
  dataLost: "duration",
  restoreTime: "duration",
  backlogDrainTime: "duration",
  unplannedAvailability: "fraction",
  unplannedOutageDuration: "duration",
};

/** Every metric name an objective may use. */
export const METRIC_NAMES = Object.keys(METRIC_UNITS) as MetricName[];

/**
 * Metric names that no longer exist, with what to write instead (old scenario files get this as
 * the hint of their load error).
 */
export const RETIRED_METRICS: Readonly<Record<string, string>> = {
  recoveryTime:
    "`recoveryTime` was split in two: use `outageDuration` (service outage per team shard) or " +
    "`interruptionRecovery` (interrupted work running again)",
};

/** The hint for a metric name that is unknown: what replaced it, or a did-you-mean. */
export function unknownMetricHint(name: string): string | undefined {
  if (Object.hasOwn(RETIRED_METRICS, name)) return RETIRED_METRICS[name];
  const suggestion = didYouMean(name, METRIC_NAMES);
  return suggestion === undefined ? undefined : `did you mean "${suggestion}"?`;
}

/** The statistics an objective may use (sim-core's `Objective["stat"]`). */
export const STATS = ["mean", "max", "p50", "p90", "p95", "p99"] as const satisfies readonly NonNullable<
  Objective["stat"]
>[];

const STAT_ALLOWED = `a statistic: ${STATS.map((stat) => `"${stat}"`).join(", ")}`;

/** A problem in an objective, relative to the objective (field `""` = the whole line). */
export interface ObjectiveProblem {
  field: "" | "metric" | "stat" | "op" | "target";
  value: unknown;
  allowed: string;
  hint?: string;
}

/** What a target of this metric may look like. */
export function targetAllowed(metric: MetricName): string {
  switch (METRIC_UNITS[metric]) {
    case "duration":
      return DURATION_ALLOWED;
    case "fraction":
      return FRACTION_ALLOWED;
    case "count":
      return "a whole number ≥ 0";
    case "perHour":
      return rateAllowed("hour");
    case "perDay":
      return rateAllowed("day");
    default:
      return "a number ≥ 0";
  }
}

/** Converts a target written for `metric` to the metric's unit; undefined when malformed. */
export function parseTarget(metric: MetricName, raw: unknown): number | undefined {
  const unit = METRIC_UNITS[metric];
  if (typeof raw === "number") {
    if (!Number.isFinite(raw) || raw < 0) return undefined;
    if (unit === "fraction" && raw > 1) return undefined;
    if (unit === "count" && !Number.isInteger(raw)) return undefined;
    return raw;
  }
  if (typeof raw !== "string") return undefined;
  const text = raw.trim();
  const asNumber = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(text) ? Number(text) : undefined;
  if (asNumber !== undefined) return parseTarget(metric, asNumber);
  switch (unit) {
    case "duration":
      return parseDuration(text);
    case "fraction": {
      const fraction = parsePercentage(text);
      return fraction !== undefined && fraction <= 1 ? fraction : undefined;
    }
    case "perHour":
      return parseRate(text, 3600);
    case "perDay":
      return parseRate(text, 86_400);
    default:
      return undefined;
  }
}

const LINE = /^\s*(?:(\S+)\s+)?([A-Za-z]+)\s*(<=|>=|≤|≥|<|>|==|=)\s*(.+?)\s*$/;

/** Parses one objective line; returns the objective or every problem found in it. */
export function parseObjectiveText(text: string): Objective | ObjectiveProblem[] {
  const match = LINE.exec(text);
  if (!match) {
    return [
      {
        field: "",
        value: text,
        allowed: '"[stat] metric <= target" or "[stat] metric >= target", e.g. "p99 outageDuration <= 2m"',
      },
    ];
  }
  const [, stat, metricText, opText, targetText] = match as unknown as [
    string,
    string | undefined,
    string,
    string,
    string,
  ];
  const problems: ObjectiveProblem[] = [];
  const metric = METRIC_NAMES.find((name) => name === metricText);
  if (metric === undefined) {
    const problem: ObjectiveProblem = {
      field: "metric",
      value: metricText,
      allowed: `one of ${METRIC_NAMES.join(", ")}`,
    };
    const hint = unknownMetricHint(metricText);
    if (hint !== undefined) problem.hint = hint;
    problems.push(problem);
  }
  const knownStat = STATS.find((name) => name === stat);
  if (stat !== undefined && knownStat === undefined) {
    const problem: ObjectiveProblem = { field: "stat", value: stat, allowed: STAT_ALLOWED };
    const suggestion = didYouMean(stat, STATS);
    if (suggestion !== undefined) problem.hint = `did you mean "${suggestion}"?`;
    problems.push(problem);
  }
  // A statistic the metric does not compute (e.g. `p99 blockedRequestTime`) is refused, not approximated.
  if (metric !== undefined && knownStat !== undefined && !statAllowed(metric, knownStat)) {
    problems.push({
      field: "stat",
      value: stat,
      allowed: statsAllowedFor(metric),
      hint: `objective "${text.trim()}"`,
    });
  }
  const op = opText === "≤" ? "<=" : opText === "≥" ? ">=" : opText;
  if (op !== "<=" && op !== ">=") {
    problems.push({ field: "op", value: opText, allowed: '"<=" or ">=" (also "≤", "≥")' });
  }
  const target = metric === undefined ? undefined : parseTarget(metric, targetText);
  if (metric !== undefined && target === undefined) {
    problems.push({ field: "target", value: targetText, allowed: targetAllowed(metric) });
  }
  if (problems.length > 0 || metric === undefined || target === undefined) return problems;
  const objective: Objective = { name: text.trim(), metric, op: op as "<=" | ">=", target };
  if (knownStat !== undefined) objective.stat = knownStat;
  return objective;
}
