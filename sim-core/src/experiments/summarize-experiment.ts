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
import { METRIC_NAMES } from "../model/validation/validate-scenario";
import { pairedDifference } from "../stats/interval";
import { pow } from "../stats/portable-math";
import { metricValue } from "./metric-values";
import { mergedSketch } from "./quantile-verdict";
import { scenarioHash } from "./scenario-hash";
import { intervalOf, judge } from "./verdicts";

/** Metrics compared pairwise between topologies. */
export const DIFFERENCE_METRICS: readonly MetricName[] = [
  "recoveryTime",
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
  const topologies: TopologySummary[] = byTopology.map(({ config, runs: rs }) => ({
    topology: config.name,
    preset: config.preset ?? null,
    metrics: Object.fromEntries(
      METRIC_NAMES.map((m) => [m, intervalOf(rs.map((r) => metricValue(r, m)))]),
    ) as TopologySummary["metrics"],
    recovery: pool(rs.map((r) => r.incidents.recovery)),
    leadTime: pool(rs.map((r) => r.pipelines.leadTime)),
    availabilitySeries: meanSeries(rs.map((r) => r.service.availabilitySeries)),
    queueSeries: meanSeries(rs.map((r) => r.service.queueLength.series)),
    incidentsSample: rs[0]?.incidents.sample ?? [],
    pipelinesSample: rs[0]?.pipelines.sample ?? [],
    fingerprints: rs.map((r) => r.fingerprint),
  }));
  const verdicts = scenario.slo.flatMap((o) => byTopology.map((t) => judge(o, t.config.name, t.runs)));
  const differences: PairedDifference[] = [];
  for (let a = 0; a < byTopology.length; a++) {
    for (let b = a + 1; b < byTopology.length; b++) {
      for (const metric of DIFFERENCE_METRICS) {
        const d = paired(byTopology[a]!.runs, byTopology[b]!.runs, metric);
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
    topologies,
    verdicts,
    differences,
    // Full samples are kept for the first replication only: enough for timelines, bounded in size.
    runs: runs.map((r) => stripSketches(r.replication === 0 ? r : stripSamples(r))),
  };
}

function paired(a: RunResult[], b: RunResult[], metric: MetricName) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const ra of a) {
    const rb = b.find((r) => r.replication === ra.replication);
    if (rb === undefined) continue;
    const x = metricValue(ra, metric);
    const y = metricValue(rb, metric);
    if (Number.isFinite(x) && Number.isFinite(y)) {
      xs.push(x);
      ys.push(y);
    }
  }
  return xs.length >= 2 ? pairedDifference(xs, ys) : null;
}

function stripSamples(r: RunResult): RunResult {
  return { ...r, incidents: { ...r.incidents, sample: [] }, pipelines: { ...r.pipelines, sample: [] } };
}

/** The result document keeps the percentiles; the sketches behind them served the pooling. */
function withoutSketch(s: DistributionSummary): DistributionSummary {
  const { sketch: _sketch, ...rest } = s;
  return rest;
}

function stripSketches(r: RunResult): RunResult {
  return {
    ...r,
    incidents: {
      ...r.incidents,
      recovery: withoutSketch(r.incidents.recovery),
      detection: withoutSketch(r.incidents.detection),
    },
    pipelines: {
      ...r.pipelines,
      leadTime: withoutSketch(r.pipelines.leadTime),
      executionTime: withoutSketch(r.pipelines.executionTime),
    },
  };
}

/**
 * Pools per-replication summaries: exact count, mean and max; quantiles from the merged sketches
 * (1 % accurate), or from the merged chart histogram for summaries that carry no sketch.
 */
export function pool(summaries: DistributionSummary[]): DistributionSummary {
  const first = summaries.find((s) => s.count > 0);
  const bounds = first?.histogram.bounds ?? summaries[0]?.histogram.bounds ?? [];
  const counts = bounds.map((_, i) => summaries.reduce((acc, s) => acc + (s.histogram.counts[i] ?? 0), 0));
  const count = summaries.reduce((acc, s) => acc + s.count, 0);
  const mean = count === 0 ? 0 : summaries.reduce((acc, s) => acc + s.mean * s.count, 0) / count;
  const max = summaries.reduce((acc, s) => Math.max(acc, s.max), 0);
  const sketch = mergedSketch(summaries);
  const q = (p: number) =>
    sketch !== null
      ? count === 0
        ? 0
        : sketch.quantile(p)
      : histogramQuantile(bounds, counts, count, p, max);
  return {
    count,
    mean,
    max,
    p50: q(0.5),
    p90: q(0.9),
    p95: q(0.95),
    p99: q(0.99),
    histogram: { bounds, counts },
  };
}

/** Quantile from log-spaced buckets, interpolating geometrically inside the bucket. */
function histogramQuantile(
  bounds: number[],
  counts: number[],
  total: number,
  p: number,
  max: number,
): number {
  if (total === 0) return 0;
  const rank = p * total;
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!;
    if (seen + c >= rank && c > 0) {
      const lower = i === 0 ? Math.min(bounds[0]! / 10, max) : bounds[i - 1]!;
      const upper = Math.min(bounds[i]!, max);
      const f = (rank - seen) / c;
      return lower > 0 && upper > lower ? lower * pow(upper / lower, f) : upper;
    }
    seen += c;
  }
  return max;
}

function meanSeries(series: TimeSeries[]): TimeSeries {
  if (series.length === 0) return { step: 0, values: [] };
  const values = series[0]!.values.map(
    (_, i) => series.reduce((acc, s) => acc + (s.values[i] ?? 0), 0) / series.length,
  );
  return { step: series[0]!.step, values };
}
