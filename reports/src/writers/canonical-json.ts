/**
 * Deterministic JSON: object keys in one fixed order whatever order the producer inserted them
 * in, non-finite numbers as null (JSON has no NaN or Infinity), and `<`, `>`, `&`, U+2028 and
 * U+2029 written as \u escapes so the text stays inert if someone inlines it into HTML. The
 * escapes are ordinary JSON: parsing gives back the same strings.
 */
import { METRIC_ORDER } from "../metrics";

// Field order of the result types (result-types.ts), as one ranking: earlier names come first
// wherever they appear. Keys not listed follow, alphabetically.
const KEY_ORDER: readonly string[] = [
  "schemaVersion",
  "tool",
  "name",
  "version",
  "scenario",
  "hash",
  "description",
  "scenarioHash",
  "seed",
  "parameter",
  "replications",
  "horizon",
  "cheapest",
  "points",
  "value",
  "result",
  "topology",
  "replication",
  "preset",
  "fingerprint",
  "events",
  "simulatedSeconds",
  "objective",
  "metric",
  "stat",
  "op",
  "target",
  "verdict",
  "estimate",
  "replicationsNeeded",
  "a",
  "b",
  "difference",
  "component",
  "componentClass",
  "mode",
  "cause",
  "at",
  "id",
  "team",
  "triggeredAt",
  "finishedAt",
  "outcome",
  "leadTime",
  "restarts",
  "attempts",
  "stage",
  "start",
  "end",
  "count",
  "byClass",
  "mean",
  "halfWidth",
  "lower",
  "upper",
  "n",
  "level",
  "max",
  "p50",
  "p90",
  "p95",
  "p99",
  "histogram",
  "bounds",
  "counts",
  "summary",
  "duration",
  "censored",
  "never",
  "teamDowntime",
  "share",
  "step",
  "values",
  "metrics",
  "recovery",
  "detection",
  "unrecovered",
  "workLost",
  "blastPipelines",
  "blastTeams",
  "blastTeamsMean",
  "blastPipelinesMean",
  "serviceImpact",
  "sample",
  "triggered",
  "succeeded",
  "failedFlaky",
  "failedInfrastructure",
  "lost",
  "stillRunning",
  "failureDelay",
  "availability",
  "stateAvailability",
  "throughputPerHour",
  "deploymentsPerDay",
  "queueLength",
  "series",
  "availabilitySeries",
  "queueSeries",
  "little",
  "L",
  "lambdaW",
  "blockedRequests",
  "rate",
  "overThreshold",
  "incidentsSample",
  "pipelinesSample",
  "fingerprints",
  "verdicts",
  "differences",
  "incidents",
  "outages",
  "interruptions",
  "pipelines",
  "service",
  "cost",
  "total",
  "perHour",
  "costPerHour",
  "byKind",
  "hours",
  "topologies",
  "runs",
];
const RANK: ReadonlyMap<string, number> = new Map(KEY_ORDER.map((k, i) => [k, i]));
const METRIC_RANK: ReadonlyMap<string, number> = new Map(METRIC_ORDER.map((k, i) => [k, i]));

// Objects whose keys are data (metric names, component classes, cost kinds), not fields.
const DATA_KEYED: ReadonlySet<string> = new Set(["metrics", "byClass", "byKind"]);

function compareBy(rank: ReadonlyMap<string, number>) {
  return (x: string, y: string): number => {
    const rx = rank.get(x) ?? Number.POSITIVE_INFINITY;
    const ry = rank.get(y) ?? Number.POSITIVE_INFINITY;
    if (rx !== ry) return rx < ry ? -1 : 1;
    return x < y ? -1 : x > y ? 1 : 0;
  };
}
const byField = compareBy(RANK);
const byMetric = compareBy(METRIC_RANK);

function canonical(value: unknown, parentKey: string | null, keepOrder: boolean): unknown {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map((v) => canonical(v, null, false));
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  let keys = Object.keys(record).filter((k) => record[k] !== undefined);
  if (!keepOrder)
    keys = keys.sort(
      parentKey === "metrics" ? byMetric : DATA_KEYED.has(parentKey ?? "") ? undefined : byField,
    );
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = canonical(record[k], k, false);
  return out;
}

const INERT: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/**
 * Serialises `value` with canonical key order. `indent` 0 gives one line (JSON Lines);
 * `keepTopOrder` keeps the caller's order of the outermost object's keys (provenance first).
 */
export function canonicalJson(value: unknown, indent = 2, keepTopOrder = false): string {
  const text = JSON.stringify(canonical(value, null, keepTopOrder), null, indent === 0 ? undefined : indent);
  return text.replace(/[<>&\u2028\u2029]/g, (ch) => INERT[ch] ?? ch);
}
