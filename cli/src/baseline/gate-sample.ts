/**
 * What the regression gate compares: every replication's value of every objective-able metric,
 * per topology, plus the keys that decide whether two samples share their random numbers.
 *
 * Two runs use common random numbers when their *random environment* is equal: the seed, the
 * horizon, the warm-up, the workload and the fault classes and chaos — everything the random
 * streams and the fault trace depend on (`RandomStreams(seed, replication)`), and nothing about
 * the topologies or the objectives. A changed design (fewer controllers, a longer failover)
 * keeps its environment, so replication i of the baseline and of the change saw the same commits
 * and the same physical failures and can be paired.
 */
import {
  canonicalJson,
  DEFAULT_STAT,
  hash64,
  hasMetric,
  METRIC_NAMES,
  type MetricName,
  metricValue,
  OPTIONAL_METRICS,
  type RunResult,
  type Scenario,
  type Stat,
} from "@resilab/sim-core";

/**
 * Metrics with a per-event distribution, whose `stat` matters (p99 outage ≠ mean outage). The
 * per-replication value is the statistic over that replication's events (sim-core `metricValue`),
 * e.g. the mean service outage of replication i, which the paired tests compare.
 */
export const DISTRIBUTION_METRICS: ReadonlySet<MetricName> = new Set([
  "outageDuration",
  "interruptionRecovery",
  "detectionTime",
  "leadTime",
  "feedbackTime",
  "dataLost",
  "restoreTime",
  "backlogDrainTime",
  "unplannedOutageDuration",
]);

/**
 * Metrics where a replication without any event is the good case, not a missing value: no outage
 * (no interruption) is 0 s of it. So a design that starts having outages where the baseline had
 * none is compared (and caught) instead of being left out as "no value".
 */
const NO_EVENT_IS_ZERO: Partial<Record<MetricName, (run: RunResult) => number>> = {
  outageDuration: (run) => eventsOf(run.outages?.duration),
  interruptionRecovery: (run) => eventsOf(run.interruptions?.recovery),
  // No outage, no drain: 0 s — when the run measured it at all.
  backlogDrainTime: (run) => (run.backlogDrain === undefined ? Number.NaN : eventsOf(run.backlogDrain)),
};

function eventsOf(
  d: { count: number; censored?: readonly number[] | null; never?: number } | undefined,
): number {
  // Unknown (an older result.json without these fields): not zero, so the value stays missing.
  if (d === undefined) return Number.NaN;
  return d.count + (d.censored?.length ?? 0) + (d.never ?? 0);
}

/** Statistics an objective may use. */
export const STATS: readonly Stat[] = ["mean", "max", "p50", "p90", "p95", "p99"];

/** The key of a metric read with a statistic: "p99 outageDuration", or "availability" where stat is moot. */
export function valueKey(metric: MetricName, stat: Stat = DEFAULT_STAT[metric]): string {
  return DISTRIBUTION_METRICS.has(metric) ? `${stat} ${metric}` : metric;
}

/** Every key a sample stores: all statistics of distribution metrics, one value of the others. */
export function allValueKeys(): { key: string; metric: MetricName; stat: Stat }[] {
  return METRIC_NAMES.flatMap((metric) =>
    DISTRIBUTION_METRICS.has(metric)
      ? STATS.map((stat) => ({ key: valueKey(metric, stat), metric, stat }))
      : [{ key: valueKey(metric), metric, stat: DEFAULT_STAT[metric] }],
  );
}

/** Per topology, per value key, the value of replication i at index i (NaN: no value). */
export type SampleValues = Record<string, Record<string, number[]>>;

/** One side of a comparison: identity and per-replication values. */
export interface GateSample {
  /** Where it came from, for messages (`current run`, a file name). */
  source: string;
  scenarioName: string;
  scenarioHash: string;
  seed: number;
  toolVersion: string;
  /** Hash of the random environment, or null when unknown (a bare result.json). */
  environment: string | null;
  /** Topology names, in scenario order. */
  topologies: string[];
  values: SampleValues;
}

/** The hash of what common random numbers depend on (see the module comment). */
export function environmentHash(scenario: Scenario): string {
  const { seed, horizon, workload, faults } = scenario;
  return hash64(canonicalJson({ seed, horizon, warmup: scenario.warmup ?? 0, workload, faults }));
}

/** Per-replication values of every key, from the runs of an experiment (any order). */
export function valuesFromRuns(runs: readonly RunResult[], topologies: readonly string[]): SampleValues {
  const collector = new GateValuesCollector(topologies);
  for (const run of runs) collector.add(run);
  return collector.values();
}

/**
 * The per-replication values of every key, collected one run at a time (any order), so a long
 * experiment's check needs a few numbers per run instead of the runs.
 */
export class GateValuesCollector {
  private readonly keys = allValueKeys();
  /** Per topology, per key, the value of replication i at index i (holes: no run yet). */
  private readonly columns = new Map<string, Map<string, number[]>>();
  private readonly length = new Map<string, number>();
  private readonly present = new Set<MetricName>();

  constructor(private readonly topologies: readonly string[]) {
    for (const topology of topologies) {
      this.columns.set(topology, new Map(this.keys.map(({ key }) => [key, []])));
      this.length.set(topology, 0);
    }
  }

  add(run: RunResult): void {
    for (const metric of OPTIONAL_METRICS) if (hasMetric(run, metric)) this.present.add(metric);
    const byKey = this.columns.get(run.topology);
    if (byKey === undefined) return;
    this.length.set(run.topology, Math.max(this.length.get(run.topology)!, run.replication + 1));
    for (const { key, metric, stat } of this.keys) {
      const column = byKey.get(key)!;
      const events = NO_EVENT_IS_ZERO[metric];
      if (events !== undefined && events(run) === 0) {
        column[run.replication] = 0;
        continue;
      }
      const v = metricValue(run, metric, stat);
      // A result.json read back has null where the run had no value.
      column[run.replication] = typeof v === "number" && Number.isFinite(v) ? v : Number.NaN;
    }
  }

  /** The values (replications without a run are NaN). */
  values(): SampleValues {
    // A feature's metrics (disaster recovery's) only when some run has them: samples keep their shape.
    const keys = this.keys.filter((k) => !OPTIONAL_METRICS.includes(k.metric) || this.present.has(k.metric));
    const values: SampleValues = {};
    for (const topology of this.topologies) {
      const byKey: Record<string, number[]> = {};
      const length = this.length.get(topology)!;
      const columns = this.columns.get(topology)!;
      for (const { key } of keys) {
        const column = columns.get(key)!;
        byKey[key] = Array.from({ length }, (_, i) => column[i] ?? Number.NaN);
      }
      values[topology] = byKey;
    }
    return values;
  }
}
