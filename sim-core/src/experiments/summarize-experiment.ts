/**
 * Aggregates the runs of an experiment (in task order) into its result: per-topology intervals
 * over replications, pooled distributions for charts, paired differences between topologies on
 * common random numbers, and the service-level verdicts.
 */
import { expandTopology } from "../model/expand-topology";
import type {
  DistributionSummary,
  ExperimentResult,
  PairedDifference,
  RunResult,
  TimeSeries,
  TopologySummary,
} from "../model/result-types";
import type { MetricName, Scenario } from "../model/scenario-types";
import { scenarioTopologyDifferences } from "../model/topology-differences";
import { METRIC_NAMES } from "../model/validation/validate-scenario";
import { pairedDifference } from "../stats/interval";
import { estimateMetric, intervalPart } from "./event-estimates";
import { DEFAULT_STAT, FRACTION_METRICS, hasMetric, metricValue, OPTIONAL_METRICS } from "./metric-values";
import { pool } from "./pool-summaries";
import { pooledDurations } from "./pooled-durations";
import { scenarioHash } from "./scenario-hash";
import { judge } from "./verdicts";
import { warmupAdvice } from "./warmup-advice";

/** Metrics compared pairwise between topologies. */
export const DIFFERENCE_METRICS: readonly MetricName[] = [
  "outageDuration",
  "interruptionRecovery",
  "availability",
  "leadTime",
  "workLost",
  "lostPipelines",
  "cost",
];

export function summarizeExperiment(
  scenario: Scenario,
  runs: RunResult[],
  toolVersion: string,
): ExperimentResult {
  const byTopology = scenario.topologies.map((spec, i) => ({
    config: expandTopology(spec, i),
    runs: [] as RunResult[],
  }));
  const names = byTopology.map((t) => t.config.name);
  for (const run of runs) byTopology[names.indexOf(run.topology)]?.runs.push(run);
  for (const t of byTopology) t.runs.sort((a, b) => a.replication - b.replication);
  const seed = scenario.seed;
  // A feature's metrics (disaster recovery's) appear only when some run has them.
  const metricNames = METRIC_NAMES.filter(
    (m) => !OPTIONAL_METRICS.includes(m) || runs.some((r) => hasMetric(r, m)),
  );
  const topologies: TopologySummary[] = byTopology.map(({ config, runs: rs }) => ({
    topology: config.name,
    preset: config.preset ?? null,
    metrics: Object.fromEntries(
      metricNames.map((m) => [
        m,
        intervalPart(estimateMetric(rs, m, DEFAULT_STAT[m], `${seed}/${config.name}/${m}/table`)),
      ]),
    ) as TopologySummary["metrics"],
    outages: pooledDurations(
      rs,
      (r) => ({ all: r.outages.duration, byClass: r.outages.byClass }),
      `${seed}/${config.name}/outages`,
    ),
    interruptions: pooledDurations(
      rs,
      (r) => ({ all: r.interruptions.recovery, byClass: r.interruptions.byClass }),
      `${seed}/${config.name}/interruptions`,
    ),
    leadTime: pool(rs.map((r) => r.pipelines.leadTime)),
    availabilitySeries: meanSeries(rs.map((r) => r.service.availabilitySeries)),
    queueSeries: meanSeries(rs.map((r) => r.service.queueLength.series)),
    incidentsSample: rs[0]?.incidents.sample ?? [],
    pipelinesSample: rs[0]?.pipelines.sample ?? [],
    fingerprints: rs.map((r) => r.fingerprint),
  }));
  const context = { seed, window: scenario.horizon - (scenario.warmup ?? 0) };
  const verdicts = scenario.slo.flatMap((o) =>
    byTopology.map((t) => judge(o, t.config.name, t.runs, context)),
  );
  const differences: PairedDifference[] = [];
  // Each topology's runs by replication, once: a linear search per run made pairing quadratic
  // in the replications (2.2 × 10⁹ comparisons for 5 topologies × 8,000 replications).
  const byReplication = byTopology.map((t) => replicationIndex(t.runs));
  for (let a = 0; a < byTopology.length; a++) {
    for (let b = a + 1; b < byTopology.length; b++) {
      for (const metric of DIFFERENCE_METRICS) {
        const d = paired(byTopology[a]!.runs, byReplication[b]!, metric);
        if (d !== null) differences.push({ metric, a: names[a]!, b: names[b]!, difference: d });
      }
    }
  }
  return {
    schemaVersion: 1,
    tool: { name: "resilab", version: toolVersion },
    scenario: {
      name: scenario.name,
      hash: scenarioHash(scenario),
      description: scenario.description ?? null,
    },
    seed: scenario.seed,
    replications: scenario.replications,
    horizon: scenario.horizon,
    warmup: warmupAdvice(scenario, runs),
    topologies,
    verdicts,
    differences,
    topologyDifferences: scenarioTopologyDifferences(scenario),
    // Full samples are kept for the first replication only: enough for timelines, bounded in size.
    runs: runs.map((r) => stripSketches(r.replication === 0 ? r : stripSamples(r))),
  };
}

/** Runs by replication number; the first run of a number wins, as `Array.find` would pick it. */
function replicationIndex(runs: readonly RunResult[]): Map<number, RunResult> {
  const index = new Map<number, RunResult>();
  for (const r of runs) if (!index.has(r.replication)) index.set(r.replication, r);
  return index;
}

function paired(a: RunResult[], b: ReadonlyMap<number, RunResult>, metric: MetricName) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const ra of a) {
    const rb = b.get(ra.replication);
    if (rb === undefined) continue;
    const x = metricValue(ra, metric);
    const y = metricValue(rb, metric);
    if (Number.isFinite(x) && Number.isFinite(y)) {
      xs.push(x);
      ys.push(y);
    }
  }
  // A difference of two fractions lies in [−1, 1]: its t interval is kept there.
  const support = FRACTION_METRICS.includes(metric) ? { lower: -1, upper: 1 } : undefined;
  return xs.length >= 2 ? pairedDifference(xs, ys, 0.95, support) : null;
}

function stripSamples(r: RunResult): RunResult {
  return { ...r, incidents: { ...r.incidents, sample: [] }, pipelines: { ...r.pipelines, sample: [] } };
}

/** The result document keeps the percentiles; the sketches behind them served the pooling. */
function withoutSketch<T extends DistributionSummary>(s: T): T {
  const { sketch: _sketch, ...rest } = s;
  return rest as T;
}

function mapValues<T>(o: Record<string, T>, f: (v: T) => T): Record<string, T> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));
}

function stripSketches(r: RunResult): RunResult {
  return {
    ...r,
    incidents: { ...r.incidents, detection: withoutSketch(r.incidents.detection) },
    outages: {
      ...r.outages,
      duration: withoutSketch(r.outages.duration),
      byClass: mapValues(r.outages.byClass, withoutSketch),
      ...(r.outages.unplanned === undefined ? {} : { unplanned: withoutSketch(r.outages.unplanned) }),
    },
    interruptions: {
      recovery: withoutSketch(r.interruptions.recovery),
      byClass: mapValues(r.interruptions.byClass, withoutSketch),
    },
    pipelines: {
      ...r.pipelines,
      leadTime: withoutSketch(r.pipelines.leadTime),
      executionTime: withoutSketch(r.pipelines.executionTime),
      feedbackTime: withoutSketch(r.pipelines.feedbackTime),
    },
    ...(r.backlogDrain === undefined ? {} : { backlogDrain: withoutSketch(r.backlogDrain) }),
    ...(r.recovery === undefined
      ? {}
      : {
          recovery: {
            ...r.recovery,
            dataLost: withoutSketch(r.recovery.dataLost),
            restoreTime: withoutSketch(r.recovery.restoreTime),
            byClass: {
              dataLost: mapValues(r.recovery.byClass.dataLost, withoutSketch),
              restoreTime: mapValues(r.recovery.byClass.restoreTime, withoutSketch),
            },
          },
        }),
  };
}

function meanSeries(series: TimeSeries[]): TimeSeries {
  if (series.length === 0) return { step: 0, values: [] };
  const values = series[0]!.values.map(
    (_, i) => series.reduce((acc, s) => acc + (s.values[i] ?? 0), 0) / series.length,
  );
  return { step: series[0]!.step, values };
}
