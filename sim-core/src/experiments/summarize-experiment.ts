/**
 * Aggregates the runs of an experiment (in task order) into its result: per-topology intervals
 * over replications, pooled distributions for charts, paired differences between topologies on
 * common random numbers, and the service-level verdicts.
 */
import { expandTopology } from "../model/expand-topology";
import type { ExperimentResult, PairedDifference, RunResult, TopologySummary } from "../model/result-types";
import type { MetricName, Scenario } from "../model/scenario-types";
import { scenarioTopologyDifferences } from "../model/topology-differences";
import { METRIC_NAMES } from "../model/validation/validate-scenario";
import { pairedDifference } from "../stats/interval";
import { documentIdentity } from "./document-identity";
import { documentRun } from "./document-run";
import { estimateFromSample, intervalPart } from "./event-estimates";
import { DEFAULT_STAT, FRACTION_METRICS } from "./metric-values";
import { pool } from "./pool-summaries";
import { pooledDurations } from "./pooled-durations";
import type { ReplicationSample } from "./replication-sample";
import { TopologyAccumulator, type ValueKey } from "./topology-accumulator";
import { judgeSample } from "./verdicts";
import { warmupAdviceFromSeries } from "./warmup-advice";

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

/** Options of {@link ExperimentAccumulator}. */
export interface AccumulatorOptions {
  /**
   * Runs each topology will receive (index = topology), which sizes the batches of very long
   * experiments (replication-batches.ts); default `scenario.replications` for every topology.
   */
  runsPerTopology?: readonly number[];
  /**
   * Which runs the result document keeps: "all" (default; stripped of samples except replication
   * 0, as result.json carries them) or "first" (replication 0 only, for timelines: the caller
   * writes the others out as they arrive, e.g. to result.json's runs and runs.jsonl on disk).
   */
  keepRuns?: "all" | "first";
  /**
   * Most units (replications, or batches of them) each topology's event distributions are kept
   * and bootstrapped in; default `MAX_EVENT_UNITS` (1,000). Smaller only to test the batching.
   */
  maxEventUnits?: number;
}

/**
 * The summary of an experiment, built one run at a time: `add` each run (each topology's runs in
 * replication order; topologies in any interleaving), then `finish`. It keeps no run beyond
 * what `keepRuns` asks for, so memory no longer grows with a run's size: see
 * topology-accumulator.ts for what it keeps.
 */
export class ExperimentAccumulator {
  private readonly names: string[];
  private readonly topologies: TopologyAccumulator[];
  private readonly kept: RunResult[] = [];

  constructor(
    private readonly scenario: Scenario,
    private readonly toolVersion: string,
    private readonly options: AccumulatorOptions = {},
  ) {
    this.names = scenario.topologies.map((spec, i) => expandTopology(spec, i).name);
    const keys = valueKeys(scenario);
    this.topologies = this.names.map(
      (_, i) =>
        new TopologyAccumulator(
          options.runsPerTopology?.[i] ?? scenario.replications,
          keys,
          options.maxEventUnits,
        ),
    );
  }

  /** The topologies' names, in scenario order. */
  topologyNames(): readonly string[] {
    return this.names;
  }

  /** Takes the next run (of its topology, in replication order). */
  add(run: RunResult): void {
    this.topologies[this.names.indexOf(run.topology)]?.add(run);
    if ((this.options.keepRuns ?? "all") === "all" || run.replication === 0) this.kept.push(documentRun(run));
  }

  /** The result document (each topology must have received the runs announced). */
  finish(): ExperimentResult {
    const { scenario, names } = this;
    this.topologies.forEach((t, i) => {
      if (t.replications !== t.expected)
        throw new Error(`topology "${names[i]}" got ${t.replications} of the ${t.expected} runs announced`);
    });
    const seed = scenario.seed;
    // A feature's metrics (disaster recovery's) appear only when some run has them.
    const metricNames = METRIC_NAMES.filter((m) => this.topologies.some((t) => t.has(m)));
    const topologies: TopologySummary[] = this.topologies.map((t, i) => ({
      topology: names[i]!,
      preset: expandTopology(scenario.topologies[i]!, i).preset ?? null,
      metrics: Object.fromEntries(
        metricNames.map((m) => [
          m,
          intervalPart(estimateFromSample(t, m, DEFAULT_STAT[m], `${seed}/${names[i]}/${m}/table`)),
        ]),
      ) as TopologySummary["metrics"],
      outages: pooledDurations(t.outages(), `${seed}/${names[i]}/outages`),
      interruptions: pooledDurations(t.interruptions(), `${seed}/${names[i]}/interruptions`),
      leadTime: pool([...t.leadTimes()]),
      availabilitySeries: t.availabilitySeries(),
      queueSeries: t.queueSeries(),
      incidentsSample: t.incidentsSample,
      pipelinesSample: t.pipelinesSample,
      fingerprints: t.fingerprints,
    }));
    const context = { seed, window: scenario.horizon - (scenario.warmup ?? 0) };
    const verdicts = scenario.slo.flatMap((o) =>
      this.topologies.map((t, i) => judgeSample(o, names[i]!, t, context)),
    );
    const differences: PairedDifference[] = [];
    const byReplication = this.topologies.map((t) => replicationIndex(t.replicationNumbers()));
    for (let a = 0; a < names.length; a++) {
      for (let b = a + 1; b < names.length; b++) {
        for (const metric of DIFFERENCE_METRICS) {
          const d = paired(this.topologies[a]!, this.topologies[b]!, byReplication[b]!, metric);
          if (d !== null) differences.push({ metric, a: names[a]!, b: names[b]!, difference: d });
        }
      }
    }
    return {
      schemaVersion: 1,
      ...documentIdentity(scenario, this.toolVersion),
      replications: scenario.replications,
      horizon: scenario.horizon,
      warmup: warmupAdviceFromSeries(
        scenario,
        this.topologies.map((t) => t.inSystemSeries()),
      ),
      topologies,
      verdicts,
      differences,
      topologyDifferences: scenarioTopologyDifferences(scenario),
      runs: this.kept,
    };
  }
}

/** The metrics and statistics whose per-replication values the summary reads. */
function valueKeys(scenario: Scenario): ValueKey[] {
  const keys = new Set<ValueKey>(METRIC_NAMES.map((m) => `${m}|${DEFAULT_STAT[m]}` as const));
  for (const o of scenario.slo) keys.add(`${o.metric}|${o.stat ?? DEFAULT_STAT[o.metric]}`);
  return [...keys];
}

/**
 * Aggregates the runs of an experiment (any order) into its result; the result's `runs` keep the
 * order given.
 */
export function summarizeExperiment(
  scenario: Scenario,
  runs: readonly RunResult[],
  toolVersion: string,
): ExperimentResult {
  const names = scenario.topologies.map((spec, i) => expandTopology(spec, i).name);
  const byTopology = names.map(() => [] as RunResult[]);
  for (const run of runs) byTopology[names.indexOf(run.topology)]?.push(run);
  for (const rs of byTopology) rs.sort((a, b) => a.replication - b.replication);
  const accumulator = new ExperimentAccumulator(scenario, toolVersion, {
    runsPerTopology: byTopology.map((rs) => rs.length),
    keepRuns: "first",
  });
  for (const rs of byTopology) for (const run of rs) accumulator.add(run);
  // Full samples are kept for the first replication only: enough for timelines, bounded in size.
  return { ...accumulator.finish(), runs: runs.map(documentRun) };
}

/**
 * Positions by replication number; the first of a number wins, as `Array.find` would pick it.
 * Built once per topology: a linear search per run made pairing quadratic in the replications
 * (2.2 × 10⁹ comparisons for 5 topologies × 8,000 replications).
 */
function replicationIndex(numbers: readonly number[]): Map<number, number> {
  const index = new Map<number, number>();
  numbers.forEach((n, i) => {
    if (!index.has(n)) index.set(n, i);
  });
  return index;
}

/** The paired difference of a metric between two topologies, replication by replication (common random numbers). */
function paired(
  a: ReplicationSample,
  b: ReplicationSample,
  bIndex: ReadonlyMap<number, number>,
  metric: MetricName,
) {
  const xs: number[] = [];
  const ys: number[] = [];
  const stat = DEFAULT_STAT[metric];
  const av = a.values(metric, stat);
  const bv = b.values(metric, stat);
  const numbers = a.replicationNumbers();
  for (let i = 0; i < numbers.length; i++) {
    const j = bIndex.get(numbers[i]!);
    if (j === undefined) continue;
    const x = av[i]!;
    const y = bv[j]!;
    if (Number.isFinite(x) && Number.isFinite(y)) {
      xs.push(x);
      ys.push(y);
    }
  }
  // A difference of two fractions lies in [−1, 1]: its t interval is kept there.
  const support = FRACTION_METRICS.includes(metric) ? { lower: -1, upper: 1 } : undefined;
  return xs.length >= 2 ? pairedDifference(xs, ys, 0.95, support) : null;
}
