/**
 * Service-level verdicts: each objective, per topology, is *met* when the whole 95 % interval of
 * its estimate is on the right side of the target, *missed* when the whole interval is on the
 * wrong side, and *inconclusive* otherwise — with the replications estimated to settle it.
 * Means are estimated per replication (t interval across replications); quantiles of per-event
 * metrics on the pooled events (see `quantile-verdict.ts`).
 */
import type { ObjectiveVerdict, RunResult, Verdict } from "../model/result-types";
import type { Objective } from "../model/scenario-types";
import type { Interval } from "../stats/interval";
import { confidenceInterval } from "../stats/interval";
import { replicationsNeeded } from "../stats/replications";
import { DEFAULT_STAT, METRIC_UNITS, metricValue } from "./metric-values";
import { pooledQuantile, quantileInterval, quantileReplicationsNeeded } from "./quantile-verdict";

/** A human label for an objective, e.g. "p99 recoveryTime <= 120 s". */
export function objectiveName(o: Objective): string {
  if (o.name !== undefined) return o.name;
  const stat = o.stat ?? DEFAULT_STAT[o.metric];
  const unit = METRIC_UNITS[o.metric];
  return `${stat} ${o.metric} ${o.op} ${o.target}${unit === "fraction" ? "" : ` ${unit}`}`;
}

/** An interval over the replications that have a value (NaN = no events of that kind). */
export function intervalOf(values: number[]): Interval {
  const xs = values.filter((v) => Number.isFinite(v));
  if (xs.length === 0)
    return {
      mean: Number.NaN,
      halfWidth: Number.NaN,
      lower: Number.NaN,
      upper: Number.NaN,
      n: 0,
      level: 0.95,
    };
  return confidenceInterval(xs);
}

export function verdictOf(o: Objective, estimate: Interval): Verdict {
  if (estimate.n === 0)
    return o.metric === "recoveryTime" || o.metric === "detectionTime" ? "met" : "inconclusive";
  const good = o.op === "<=" ? estimate.upper <= o.target : estimate.lower >= o.target;
  const bad = o.op === "<=" ? estimate.lower > o.target : estimate.upper < o.target;
  return good ? "met" : bad ? "missed" : "inconclusive";
}

export function judge(o: Objective, topology: string, runs: RunResult[]): ObjectiveVerdict {
  const stat = o.stat ?? DEFAULT_STAT[o.metric];
  const pooled = pooledQuantile(o.metric, stat, runs);
  if (pooled !== null) {
    const estimate = quantileInterval(pooled.sketch, pooled.p);
    const verdict = verdictOf(o, estimate);
    return {
      objective: o,
      name: objectiveName(o),
      topology,
      verdict,
      estimate,
      replicationsNeeded:
        verdict === "inconclusive" && estimate.n > 0
          ? quantileReplicationsNeeded(pooled.sketch, pooled.p, o.target, runs.length)
          : null,
    };
  }
  const values = runs.map((r) => metricValue(r, o.metric, stat)).filter((v) => Number.isFinite(v));
  const estimate = intervalOf(values);
  const verdict = verdictOf(o, estimate);
  return {
    objective: o,
    name: objectiveName(o),
    topology,
    verdict,
    estimate,
    replicationsNeeded:
      verdict === "inconclusive" && values.length > 0 ? replicationsNeeded(values, o.target) : null,
  };
}
