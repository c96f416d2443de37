/**
 * Plain, JSON-serialisable results. A `RunResult` is one replication of one topology; an
 * `ExperimentResult` aggregates replications and topologies with confidence intervals, paired
 * differences and service-level verdicts. Units as in the scenario: seconds, fractions, counts.
 */
import type { Interval } from "../stats/interval";
import type { QuantileSketchData } from "../stats/quantile-sketch";
import type { MetricName, Objective } from "./scenario-types";

/** A bounded summary of a per-event metric (memory does not grow with simulated time). */
export interface DistributionSummary {
  count: number;
  mean: number;
  max: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  /** Log-spaced histogram for charts: upper bucket bounds (seconds) and counts. */
  histogram: { bounds: number[]; counts: number[] };
  /**
   * The 1 %-accurate quantile sketch behind the percentiles, so summaries of several runs pool
   * exactly (quantile objectives are judged on the pooled events).
   */
  sketch?: QuantileSketchData;
}

/** One failure, as a first-class record. Only the first `incidentSampleLimit` are kept in full. */
export interface IncidentRecord {
  /** What failed: `controller-0`, `node-3`, `zone-b`, `store`, `executor-12`, `partition-4`. */
  component: string;
  componentClass: "controller" | "executor" | "node" | "zone" | "store" | "agentPartition";
  mode: "crash" | "hang" | "slow" | "down";
  cause: "stochastic" | "chaos" | "correlated";
  /** Seconds from run start. */
  at: number;
  /** Seconds from failure until the platform noticed. */
  detection: number;
  /** Seconds from failure until the affected service is back (or affected pipelines progress); null if not recovered by the horizon. */
  recovery: number | null;
  blastPipelines: number;
  blastTeams: number;
  /** Executor-seconds of work that must be redone. */
  workLost: number;
  /** True when this failure took the service (intake) down. */
  serviceImpact: boolean;
}

/** A sample pipeline record (for timelines). */
export interface PipelineRecord {
  id: number;
  team: number;
  triggeredAt: number;
  finishedAt: number | null;
  outcome: PipelineOutcome;
  restarts: number;
  /** Stage attempts: [stageIndex, start, end, result]. */
  attempts: [number, number, number, "ok" | "flaky" | "interrupted"][];
}

export type PipelineOutcome = "succeeded" | "failed-flaky" | "failed-infrastructure" | "lost" | "running";

/** A fixed number of time buckets across the horizon (memory bounded). */
export interface TimeSeries {
  /** Bucket width (seconds). */
  step: number;
  /** Bucket mean values. */
  values: number[];
}

export interface RunResult {
  topology: string;
  replication: number;
  /** Event-sequence fingerprint (16 hex chars). */
  fingerprint: string;
  events: number;
  simulatedSeconds: number;
  incidents: {
    count: number;
    byClass: Record<string, number>;
    recovery: DistributionSummary;
    detection: DistributionSummary;
    /** Incidents that were not recovered by the horizon. */
    unrecovered: number;
    workLost: number;
    blastTeamsMean: number;
    blastPipelinesMean: number;
    sample: IncidentRecord[];
  };
  pipelines: {
    triggered: number;
    succeeded: number;
    failedFlaky: number;
    failedInfrastructure: number;
    lost: number;
    stillRunning: number;
    restarts: number;
    leadTime: DistributionSummary;
    /** First stage start → done, succeeded pipelines (s): lead time without the wait to start. */
    executionTime: DistributionSummary;
    /** Mean lead-time delay caused by failures vs the faults-off twin (seconds); null without a twin. */
    failureDelay: number | null;
    sample: PipelineRecord[];
  };
  service: {
    availability: number;
    stateAvailability: number;
    throughputPerHour: number;
    deploymentsPerDay: number;
    queueLength: { mean: number; max: number; series: TimeSeries };
    availabilitySeries: TimeSeries;
    /** Little's law check on the pipelines in the system: L vs λW. */
    little: { L: number; lambdaW: number };
    /**
     * End-user requests (when the workload has them): requests per second, the fraction blocked
     * longer than the threshold, and the longest block (s).
     */
    blockedRequests: { rate: number; overThreshold: number; max: number } | null;
  };
  cost: {
    total: number;
    perHour: number;
    byKind: Record<string, { hours: number; cost: number }>;
  };
}

export type Verdict = "met" | "missed" | "inconclusive";

export interface ObjectiveVerdict {
  objective: Objective;
  name: string;
  topology: string;
  verdict: Verdict;
  estimate: Interval;
  /** For inconclusive: replications estimated to settle it. */
  replicationsNeeded: number | null;
}

export interface TopologySummary {
  topology: string;
  preset: string | null;
  metrics: Record<MetricName, Interval>;
  /** Recovery times pooled over all replications (for distribution charts). */
  recovery: DistributionSummary;
  leadTime: DistributionSummary;
  availabilitySeries: TimeSeries;
  queueSeries: TimeSeries;
  incidentsSample: IncidentRecord[];
  pipelinesSample: PipelineRecord[];
  fingerprints: string[];
}

export interface PairedDifference {
  metric: MetricName;
  a: string;
  b: string;
  /** a − b, per replication, on common random numbers. */
  difference: Interval;
}

export interface ExperimentResult {
  schemaVersion: 1;
  tool: { name: "resilab"; version: string };
  scenario: { name: string; hash: string; description: string | null };
  seed: number;
  replications: number;
  horizon: number;
  topologies: TopologySummary[];
  verdicts: ObjectiveVerdict[];
  differences: PairedDifference[];
  runs: RunResult[];
}
