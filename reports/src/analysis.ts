/**
 * Readings of an experiment result that several outputs share: the objectives in order, the
 * overall status of a topology, the cheapest design that meets the agreed service level, and
 * what a paired difference says.
 */
import type {
  ExperimentResult,
  Objective,
  ObjectiveVerdict,
  PairedDifference,
  Verdict,
} from "@resilab/sim-core";
import { type FormattedInterval, formatInterval, hasEstimate } from "./format";
import { metricInfo } from "./metrics";

/** One objective of the agreed service level, as the verdicts name it. */
export interface ObjectiveRow {
  name: string;
  objective: Objective;
}

/** The objectives in the order they first appear in `result.verdicts` (the scenario's order). */
export function objectiveRows(result: ExperimentResult): ObjectiveRow[] {
  const seen = new Map<string, ObjectiveRow>();
  for (const v of result.verdicts) {
    if (!seen.has(v.name)) seen.set(v.name, { name: v.name, objective: v.objective });
  }
  return [...seen.values()];
}

/** The verdict of one objective for one topology, if the result has it. */
export function findVerdict(
  result: ExperimentResult,
  objective: string,
  topology: string,
): ObjectiveVerdict | null {
  return result.verdicts.find((v) => v.name === objective && v.topology === topology) ?? null;
}

/** The worst verdict: missed beats inconclusive beats met; null when there are none. */
export function worstVerdict(verdicts: readonly Verdict[]): Verdict | null {
  if (verdicts.length === 0) return null;
  if (verdicts.includes("missed")) return "missed";
  if (verdicts.includes("inconclusive")) return "inconclusive";
  return "met";
}

/** A topology's overall status: met only if every objective is met; null without objectives. */
export function topologyStatus(result: ExperimentResult, topology: string): Verdict | null {
  return worstVerdict(result.verdicts.filter((v) => v.topology === topology).map((v) => v.verdict));
}

/** The design that meets every objective at the lowest mean cost per hour. */
export interface CheapestDesign {
  topology: string;
  /** Mean cost per hour (scenario currency). */
  costPerHour: number;
}

/** The cheapest topology whose objectives are all met, or null if none meets them all (or none has a cost). */
export function cheapestMeeting(result: ExperimentResult): CheapestDesign | null {
  let best: CheapestDesign | null = null;
  for (const t of result.topologies) {
    const cost = (t.metrics as Partial<Record<string, { mean: number }>>).cost?.mean;
    if (cost === undefined || !Number.isFinite(cost) || topologyStatus(result, t.topology) !== "met")
      continue;
    if (best === null || cost < best.costPerHour) best = { topology: t.topology, costPerHour: cost };
  }
  return best;
}

/** Upper-case status word for tables and CI logs (no emoji; colour is never the only cue). */
export function statusWord(verdict: Verdict | null): string {
  return verdict === null ? "NO OBJECTIVES" : verdict.toUpperCase();
}

/** What a paired difference a − b says: which side is better, or that the interval includes zero. */
export function readDifference(d: PairedDifference): string {
  const { lower, upper } = d.difference;
  if (lower <= 0 && upper >= 0) return "no significant difference";
  const aLower = upper < 0;
  const better = metricInfo(d.metric).better;
  const aBetter = (better === "lower") === aLower;
  return `${d.a} ${aLower ? "lower" : "higher"} (${aBetter ? "better" : "worse"})`;
}

/** A service-level target of one metric, for drawing as a line. */
export interface TargetLine {
  label: string;
  /** Target in the metric's unit. */
  value: number;
  op: "<=" | ">=";
}

/**
 * The targets the objectives set on `metric` (in objective order). With `meanOnly`, only
 * objectives on the mean: a chart of means must not draw a p99 target as if it applied.
 */
export function targetsFor(result: ExperimentResult, metric: string, meanOnly = false): TargetLine[] {
  const isMean = (o: Objective) => o.stat === undefined || o.stat === "mean";
  return objectiveRows(result)
    .filter((o) => o.objective.metric === metric && (!meanOnly || isMean(o.objective)))
    .map((o) => ({ label: o.name, value: o.objective.target, op: o.objective.op }));
}

/** What a verdict cell shows: the estimate with its interval (null when there was nothing to estimate) and the model's note. */
export interface VerdictReading {
  interval: FormattedInterval | null;
  /** E.g. "3 outages still open at the horizon (censored)"; null when there is nothing to add. */
  note: string | null;
}

/**
 * The estimate of a verdict and its note. An estimate without a value (no events) is never shown
 * as a number: the note says what was (not) observed, or "no events to judge" without one.
 */
export function verdictReading(v: ObjectiveVerdict): VerdictReading {
  const note = typeof v.note === "string" && v.note !== "" ? v.note : null;
  if (!hasEstimate(v.estimate)) return { interval: null, note: note ?? "no events to judge" };
  return { interval: formatInterval(v.objective.metric, v.estimate), note };
}

/** A verdict's estimate as one phrase: "3.4 h (95 % CI 2.7 to 4.1 h); 2 outages censored" or the note alone. */
export function verdictEstimateText(v: ObjectiveVerdict): string {
  const { interval, note } = verdictReading(v);
  if (interval === null) return note ?? "";
  const main = `${interval.estimate} (${interval.level} CI ${interval.range})`;
  return note === null ? main : `${main}; ${note}`;
}
