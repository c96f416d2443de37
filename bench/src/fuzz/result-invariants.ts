/**
 * Invariants every experiment result must satisfy, whatever the scenario: numbers are finite
 * except where a field documents otherwise (an interval with nothing behind it, an unbounded
 * quantile), fractions lie in [0, 1], counts are whole and ≥ 0, percentiles are ordered, every
 * triggered pipeline is accounted for, and the document has one run per topology × replication.
 * The walk is generic over shapes (intervals, distribution summaries), so fields added later are
 * checked too.
 */
import type { ExperimentResult, RunResult, Scenario } from "@resilab/sim-core";

/** One broken invariant: where (a dotted path into the result), which rule, and the values. */
export interface Violation {
  path: string;
  rule: string;
  detail: string;
}

type Obj = Record<string, unknown>;

const INTERVAL_KEYS = ["mean", "halfWidth", "lower", "upper", "n", "level"];
const SUMMARY_KEYS = ["count", "mean", "max", "p50", "p90", "p95", "p99"];
/** Fields that hold counts wherever they appear. */
const COUNT_KEYS = new Set([
  "count",
  "n",
  "events",
  "triggered",
  "succeeded",
  "failedFlaky",
  "failedInfrastructure",
  "lost",
  "stillRunning",
  "restarts",
  "never",
  "unrecovered",
  "blastPipelines",
  "blastTeams",
  "replication",
]);
/** Metrics whose values are fractions (sim-core's FRACTION_METRICS). */
const FRACTION_METRICS = new Set(["availability", "stateAvailability", "successRate"]);
/** Relative slack for sketch quantiles (1 %-accurate) against exact maxima and means. */
const SKETCH_SLACK = 0.011;

function isObj(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function hasKeys(value: Obj, keys: readonly string[]): boolean {
  return keys.every((k) => typeof value[k] === "number");
}

class Collector {
  readonly violations: Violation[] = [];
  add(path: string, rule: string, detail: string): void {
    if (this.violations.length < 50) this.violations.push({ path, rule, detail });
  }
}

/**
 * An interval that estimates nothing (reports' `hasEstimate`: a NaN mean means no events): all
 * NaN, or a NaN mean between trivially open bounds [0, ∞] (a quantile with no completed event).
 */
function isNoEstimate(i: Obj): boolean {
  if (!Number.isNaN(i.mean)) return false;
  const allNaN = ["halfWidth", "lower", "upper"].every((k) => Number.isNaN(i[k]));
  return allNaN || (i.lower === 0 && i.upper === Number.POSITIVE_INFINITY);
}

/** A class breakdown's Kaplan–Meier quantiles are NaN ("–") exactly when it has no completed event. */
function isQuantileWithoutEvents(parent: Obj, key: string, value: number): boolean {
  return (
    (key === "p50" || key === "p99") &&
    typeof parent.componentClass === "string" &&
    Number.isNaN(value) &&
    parent.count === 0
  );
}

/**
 * Non-finite numbers are allowed only inside intervals: all NaN for "no estimate", and ±Infinity
 * for what is documented as unbounded (a quantile or mean over work that never ran again, an open
 * end, a half-width from one replication). Anywhere else they are a defect ("null" or "NaN" in print).
 */
function checkNumbers(c: Collector, value: unknown, path: string, parent: Obj | null, key: string): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      const interval = parent !== null && hasKeys(parent, INTERVAL_KEYS) ? parent : null;
      const noEstimate = interval !== null && isNoEstimate(interval) && key !== "n" && key !== "level";
      const openEnd =
        interval !== null && ["halfWidth", "lower", "upper", "mean"].includes(key) && !Number.isNaN(value);
      // Infinity is how a quantile over work that never ran again reads ("∞" in reports).
      const breakdown =
        parent !== null &&
        typeof parent.componentClass === "string" &&
        (value === Number.POSITIVE_INFINITY || isQuantileWithoutEvents(parent, key, value));
      if (!noEstimate && !openEnd && !breakdown) c.add(path, "finite numbers", `${key} = ${value}`);
    } else if (COUNT_KEYS.has(key) && !(Number.isInteger(value) && value >= 0)) {
      c.add(path, "counts are whole and ≥ 0", `${key} = ${value}`);
    }
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      checkNumbers(c, item, `${path}.${i}`, null, String(i));
    });
    return;
  }
  if (!isObj(value)) return;
  if (hasKeys(value, INTERVAL_KEYS)) checkInterval(c, value, path);
  if (hasKeys(value, SUMMARY_KEYS)) checkSummary(c, value, path);
  for (const [k, v] of Object.entries(value)) checkNumbers(c, v, path === "" ? k : `${path}.${k}`, value, k);
}

function checkInterval(c: Collector, i: Obj, path: string): void {
  const { mean, lower, upper, halfWidth, level } = i as Record<string, number>;
  if (!(level! > 0 && level! < 1)) c.add(path, "interval level in (0, 1)", `level = ${level}`);
  if (isNoEstimate(i)) return;
  if ([mean, lower, upper, halfWidth].some(Number.isNaN) || !(halfWidth! >= 0))
    c.add(
      path,
      "an interval is all NaN (no estimate) or has no NaN",
      `[${lower}, ${upper}] around ${mean} ± ${halfWidth}`,
    );
  const slack = 1e-9 * Math.max(1, Math.abs(mean!));
  if (lower! > mean! + slack || mean! > upper! + slack)
    c.add(path, "interval lower ≤ mean ≤ upper", `${lower} ≤ ${mean} ≤ ${upper}`);
}

function checkSummary(c: Collector, s: Obj, path: string): void {
  const { count, mean, max, p50, p90, p95, p99 } = s as Record<string, number>;
  if (count === 0) return;
  const ordered = [p50!, p90!, p95!, p99!];
  if (!(p50! >= 0) || ordered.some((v, i) => i > 0 && v < ordered[i - 1]!))
    c.add(path, "percentiles ordered p50 ≤ p90 ≤ p95 ≤ p99", ordered.join(" ≤ "));
  if (p99! > max! * (1 + SKETCH_SLACK) + 1e-9 || mean! > max! * (1 + 1e-12) + 1e-9 || mean! < 0)
    c.add(path, "0 ≤ mean, p99 ≤ max", `mean ${mean}, p99 ${p99}, max ${max}`);
  const histogram = s.histogram as { counts?: number[] } | undefined;
  if (histogram?.counts !== undefined) {
    const total = histogram.counts.reduce((a, b) => a + b, 0);
    if (total !== count) c.add(`${path}.histogram`, "histogram counts sum to count", `${total} vs ${count}`);
  }
}

/**
 * Rounding slack of a fraction: time-weighted bucket means integrate in floating point and may
 * land a few ulps above 1 (1.0000000000000047 was seen); anything larger is a real excess.
 */
const FRACTION_SLACK = 1e-12;

function inUnit(c: Collector, path: string, value: unknown): void {
  if (
    typeof value === "number" &&
    Number.isFinite(value) &&
    !(value >= -FRACTION_SLACK && value <= 1 + FRACTION_SLACK)
  )
    c.add(path, "fractions in [0, 1]", String(value));
}

function checkRun(c: Collector, run: RunResult, path: string, scenario: Scenario, budget: number): void {
  const p = run.pipelines;
  const ended = p.succeeded + p.failedFlaky + p.failedInfrastructure + p.lost + p.stillRunning;
  if (p.triggered !== ended)
    c.add(
      `${path}.pipelines`,
      "every pipeline accounted for",
      `triggered ${p.triggered} ≠ succeeded ${p.succeeded} + failedFlaky ${p.failedFlaky} + failedInfrastructure ${p.failedInfrastructure} + lost ${p.lost} + stillRunning ${p.stillRunning}`,
    );
  inUnit(c, `${path}.service.availability`, run.service.availability);
  inUnit(c, `${path}.service.stateAvailability`, run.service.stateAvailability);
  run.service.availabilitySeries.values.forEach((v, i) => {
    inUnit(c, `${path}.service.availabilitySeries.${i}`, v);
  });
  if (run.service.blockedRequests !== null)
    inUnit(c, `${path}.service.blockedRequests.overThreshold`, run.service.blockedRequests.overThreshold);
  for (const [k, v] of [
    ["throughputPerHour", run.service.throughputPerHour],
    ["deploymentsPerDay", run.service.deploymentsPerDay],
    ["cost.total", run.cost.total],
    ["cost.perHour", run.cost.perHour],
    ["incidents.workLost", run.incidents.workLost],
    ["outages.teamDowntime", run.outages.teamDowntime],
  ] as const) {
    if (!(v >= 0)) c.add(`${path}.${k}`, "amounts ≥ 0", String(v));
  }
  for (const [cls, n] of Object.entries(run.incidents.byClass))
    if (!(n >= 0)) c.add(`${path}.incidents.byClass.${cls}`, "counts ≥ 0", String(n));
  if (run.simulatedSeconds > scenario.horizon + 1e-6)
    c.add(
      `${path}.simulatedSeconds`,
      "a run stops at the horizon",
      `${run.simulatedSeconds} > ${scenario.horizon}`,
    );
  if (run.events > budget)
    c.add(`${path}.events`, "events within the event budget", `${run.events} > ${budget}`);
  if (!/^[0-9a-f]{16}$/.test(run.fingerprint)) c.add(`${path}.fingerprint`, "16 hex digits", run.fingerprint);
}

/** Every invariant violated by `result`, the experiment of `scenario` (empty when all hold). */
export function resultViolations(
  result: ExperimentResult,
  scenario: Scenario,
  eventBudget: number,
): Violation[] {
  const c = new Collector();
  checkNumbers(c, result, "", null, "");
  const topologies = scenario.topologies.length;
  if (result.topologies.length !== topologies)
    c.add("topologies", "one summary per topology", `${result.topologies.length} vs ${topologies}`);
  if (result.runs.length !== topologies * scenario.replications)
    c.add(
      "runs",
      "one run per topology × replication",
      `${result.runs.length} vs ${topologies * scenario.replications}`,
    );
  if (result.verdicts.length !== topologies * scenario.slo.length)
    c.add(
      "verdicts",
      "one verdict per objective × topology",
      `${result.verdicts.length} vs ${topologies * scenario.slo.length}`,
    );
  result.runs.forEach((run, i) => {
    checkRun(c, run, `runs.${i}`, scenario, eventBudget);
  });
  result.topologies.forEach((t, i) => {
    for (const metric of FRACTION_METRICS) {
      const interval = (t.metrics as unknown as Record<string, Obj | undefined>)[metric];
      if (interval === undefined) continue;
      for (const end of ["mean", "lower", "upper"])
        inUnit(c, `topologies.${i}.metrics.${metric}.${end}`, interval[end]);
    }
    for (const kind of ["outages", "interruptions"] as const) {
      const pooled = t[kind];
      const qs = [pooled.p50.mean, pooled.p90.mean, pooled.p99.mean];
      if (qs.every(Number.isFinite) && (qs[0]! > qs[1]! || qs[1]! > qs[2]!))
        c.add(`topologies.${i}.${kind}`, "pooled quantiles ordered p50 ≤ p90 ≤ p99", qs.join(" ≤ "));
      pooled.byClass.forEach((b, j) => {
        inUnit(c, `topologies.${i}.${kind}.byClass.${j}.share`, b.share);
      });
    }
  });
  result.verdicts.forEach((v, i) => {
    if (!["met", "missed", "inconclusive"].includes(v.verdict))
      c.add(`verdicts.${i}.verdict`, "met, missed or inconclusive", String(v.verdict));
    if (FRACTION_METRICS.has(v.objective.metric))
      for (const end of ["mean", "lower", "upper"] as const)
        inUnit(c, `verdicts.${i}.estimate.${end}`, v.estimate[end]);
  });
  return c.violations;
}
