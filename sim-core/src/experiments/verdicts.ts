/**
 * Service-level verdicts: each objective, per topology, is *met* when the whole 95 % interval of
 * its estimate is on the right side of the target, *missed* when the whole interval is on the
 * wrong side, and *inconclusive* otherwise — with the replications estimated to settle it.
 * Estimates and intervals come from `event-estimates.ts` (pooled events with censoring for
 * per-event metrics, bootstrap over replications throughout).
 *
 * Two cases are decided by observation, not by an interval:
 * - a target on the edge of the metric's support (`lostPipelines <= 0`, `availability >= 100%`):
 *   one replication on the wrong side misses it; none, and it is met — with the note saying what
 *   that bounds;
 * - a per-event objective with no events at all (no outages in N replications): met, but the
 *   estimate is empty and the note says so ("no outages in 30 × 30 d") instead of "0 s".
 */
import type { ObjectiveVerdict, RunResult, Verdict } from "../model/result-types";
import type { MetricName, Objective } from "../model/scenario-types";
import type { Interval, Support } from "../stats/interval";
import { confidenceInterval } from "../stats/interval";
import { replicationsNeeded } from "../stats/replications";
import {
  EMPTY_INTERVAL,
  type Estimate,
  estimateFromSample,
  intervalPart,
  QUANTILE_P,
} from "./event-estimates";
import {
  DEFAULT_STAT,
  FRACTION_METRICS,
  METRIC_UNITS,
  metricSupport,
  PER_EVENT_METRICS,
} from "./metric-values";
import { mergedSketch, quantileReplicationsNeeded } from "./quantile-verdict";
import { type ReplicationSample, sampleOfRuns } from "./replication-sample";

/** What a verdict needs to know about the experiment beyond the runs. */
export interface JudgeContext {
  /** Base seed of the experiment (seeds the bootstrap). */
  seed: number;
  /** Seconds of statistics per replication (horizon − warm-up). */
  window: number;
}

/** A human label for an objective, e.g. "p99 outageDuration <= 120 s". */
export function objectiveName(o: Objective): string {
  if (o.name !== undefined) return o.name;
  const stat = o.stat ?? DEFAULT_STAT[o.metric];
  const unit = METRIC_UNITS[o.metric];
  return `${stat} ${o.metric} ${o.op} ${o.target}${unit === "fraction" ? "" : ` ${unit}`}`;
}

/**
 * A t interval over the replications that have a value (NaN = no events of that kind); for paired
 * tables. `support` keeps the bounds inside the metric's range (`metricSupport`).
 */
export function intervalOf(values: number[], support?: Support): Interval {
  const xs = values.filter((v) => Number.isFinite(v));
  return xs.length === 0 ? { ...EMPTY_INTERVAL } : confidenceInterval(xs, 0.95, support);
}

/** Met / missed / inconclusive from an interval (an empty estimate is inconclusive). */
export function verdictOf(o: Objective, estimate: Interval): Verdict {
  if (estimate.n === 0 || Number.isNaN(estimate.mean)) return "inconclusive";
  const good = o.op === "<=" ? estimate.upper <= o.target : estimate.lower >= o.target;
  const bad = o.op === "<=" ? estimate.lower > o.target : estimate.upper < o.target;
  return good ? "met" : bad ? "missed" : "inconclusive";
}

const EVENT_NOUN: Partial<Record<MetricName, string>> = {
  outageDuration: "outages",
  interruptionRecovery: "interruptions of running work",
  detectionTime: "incidents",
  leadTime: "finished pipelines",
  feedbackTime: "commits",
  dataLost: "recoveries (region losses, corruption restores)",
  restoreTime: "recoveries (region losses, corruption restores)",
  backlogDrainTime: "outages",
  unplannedOutageDuration: "unplanned outages",
};

/** "30 × 30 d" */
function exposure(replications: number, window: number): string {
  const days = window / 86_400;
  const span = days >= 1 ? `${Number(days.toPrecision(3))} d` : `${Number((window / 3600).toPrecision(3))} h`;
  return `${replications} × ${span}`;
}

/** 95 % upper bound on a rate when nothing was seen in `time` (the rule of three), as "1 per X d". */
function ruleOfThree(replications: number, window: number): string {
  const days = (replications * window) / 86_400 / 3;
  return days >= 1
    ? `1 per ${Number(days.toPrecision(3))} d`
    : `1 per ${Number((days * 24).toPrecision(3))} h`;
}

function censoringNote(e: Estimate, metric: MetricName): string | null {
  const parts: string[] = [];
  if (e.censored > 0)
    parts.push(`${e.censored} still open at the horizon (censored: lasted at least that long)`);
  if (e.never > 0 && metric === "interruptionRecovery")
    parts.push(`${e.never} whose work never ran again (pipeline failed or lost)`);
  if (e.never > 0 && metric === "feedbackTime") parts.push(`${e.never} lost commits never got feedback`);
  return parts.length === 0 ? null : parts.join("; ");
}

/** The verdict of objective `o` for one topology, from its runs. */
export function judge(
  o: Objective,
  topology: string,
  runs: readonly RunResult[],
  context: JudgeContext,
): ObjectiveVerdict {
  return judgeSample(o, topology, sampleOfRuns(runs), context);
}

/** The verdict of objective `o` for one topology, from its replications as the summary holds them. */
export function judgeSample(
  o: Objective,
  topology: string,
  sample: ReplicationSample,
  context: JudgeContext,
): ObjectiveVerdict {
  const stat = o.stat ?? DEFAULT_STAT[o.metric];
  const seed = `${context.seed}/${topology}/${o.metric}/${stat}`;
  const estimate = estimateFromSample(sample, o.metric, stat, seed);
  const replications = sample.replications;
  const out = (verdict: Verdict, note: string | null, needed: number | null = null): ObjectiveVerdict => ({
    objective: o,
    name: objectiveName(o),
    topology,
    verdict,
    estimate: intervalPart(estimate),
    replicationsNeeded: needed,
    note,
  });
  const perEvent = PER_EVENT_METRICS.includes(o.metric);
  if (perEvent && estimate.events + estimate.censored + estimate.never === 0) {
    const noun = EVENT_NOUN[o.metric] ?? "events";
    const note = `no ${noun} in ${exposure(replications, context.window)} (95 %: fewer than ${ruleOfThree(replications, context.window)})`;
    return out(o.op === "<=" ? "met" : "inconclusive", note);
  }
  const onEdge = boundaryTarget(o);
  if (onEdge && !perEvent) {
    const values = sample.values(o.metric, stat).filter((v) => Number.isFinite(v));
    const wrong = values.filter((v) => (o.op === "<=" ? v > o.target : v < o.target)).length;
    if (values.length === 0) return out("inconclusive", "no replication has a value");
    if (wrong > 0)
      return out("missed", `on the wrong side of ${o.target} in ${wrong} of ${values.length} replications`);
    return out(
      "met",
      `at ${o.target} in all ${values.length} replications (${exposure(values.length, context.window)}); with 95 % confidence a replication misses it less than ${(300 / values.length).toPrecision(2)} % of the time`,
    );
  }
  const verdict = verdictOf(o, estimate);
  let note = perEvent ? censoringNote(estimate, o.metric) : null;
  if (!perEvent && FRACTION_METRICS.includes(o.metric)) {
    const values = sample.values(o.metric, stat);
    if (values.length > 0 && values.every((v) => v === 1))
      note = `no outage in ${exposure(replications, context.window)}: 100 % observed, not proven (95 %: fewer than ${ruleOfThree(replications, context.window)})`;
  }
  if (verdict !== "inconclusive") return out(verdict, note);
  let needed = settle(o, stat, sample, perEvent);
  const p = QUANTILE_P[stat];
  if (perEvent && p !== undefined && estimate.upper === Number.POSITIVE_INFINITY && o.op === "<=") {
    // A finite upper bound on a p-quantile needs N events with p^N ≤ 2.5 % (distribution-free).
    const events = estimate.events + estimate.censored + estimate.never;
    const perReplication = events / Math.max(1, replications);
    const eventsNeeded = Math.ceil(Math.log(0.025) / Math.log(p));
    if (perReplication > 0)
      needed = Math.max(needed ?? 0, Math.ceil(eventsNeeded / perReplication), replications + 1);
  }
  return out(verdict, note, needed);
}

/** Is the target on the edge of the metric's support (e.g. `<= 0` for a count, `>= 1` for a fraction)? */
function boundaryTarget(o: Objective): boolean {
  const support = metricSupport(o.metric);
  return (o.op === "<=" && o.target <= support.lower) || (o.op === ">=" && o.target >= support.upper);
}

/** Replications estimated to settle an inconclusive objective (null when it cannot be estimated). */
function settle(
  o: Objective,
  stat: NonNullable<Objective["stat"]>,
  sample: ReplicationSample,
  perEvent: boolean,
): number | null {
  const p = QUANTILE_P[stat];
  const events = sample.events(o.metric);
  if (perEvent && p !== undefined && events !== null) {
    const sketch = mergedSketch(events);
    if (sketch === null || sketch.count === 0) return null;
    const n = quantileReplicationsNeeded(sketch, p, o.target, sample.replications);
    return Number.isFinite(n) ? n : null;
  }
  const values = sample.values(o.metric, stat).filter((v) => Number.isFinite(v));
  if (values.length < 2) return null;
  const n = replicationsNeeded(values, o.target);
  return Number.isFinite(n) ? n : null;
}
