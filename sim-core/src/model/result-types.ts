/**
 * Plain, JSON-serialisable results. A `RunResult` is one replication of one topology; an
 * `ExperimentResult` aggregates replications and topologies with confidence intervals, paired
 * differences and service-level verdicts. Units as in the scenario: seconds, fractions, counts.
 */
import type { Interval } from "../stats/interval";
import type { QuantileSketchData } from "../stats/quantile-sketch";
import type { MetricName, Objective } from "./scenario-types";
import type { TopologyDifference } from "./topology-differences";

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

/**
 * Durations of events that may still be running at the horizon (outages, interrupted work): the
 * completed ones in the summary, the open ones kept apart as right-censored — they lasted *at
 * least* as long as recorded — so quantile estimates (Kaplan–Meier) and verdicts account for them
 * instead of silently dropping the longest events.
 */
export interface CensoredDurations extends DistributionSummary {
  /** Seconds each still-open event had lasted at the horizon (right-censored), longest first. */
  censored: number[];
  /** Events that ended without their work ever running again (work abandoned: infinite recovery). */
  never: number;
}

/** Component classes a failure can start from (the per-class breakdown of outages and interruptions). */
export type ComponentClassName = IncidentRecord["componentClass"];

/** One failure, as a first-class record. Only the first `incidentSampleLimit` are kept in full. */
export interface IncidentRecord {
  /** What failed: `controller-0`, `node-3`, `zone-b`, `store`, `executor-12`, `partition-4`. */
  component: string;
  componentClass:
    | "controller"
    | "executor"
    | "node"
    | "zone"
    | "store"
    | "agentPartition"
    | "controlPlane"
    | "ingress"
    | "scm"
    | "registry"
    | "artifactStore"
    | "dns"
    | "release"
    | "region"
    | "corruption"
    | "planned";
  mode: "crash" | "hang" | "slow" | "down";
  cause: "stochastic" | "chaos" | "correlated" | "planned";
  /** Seconds from run start. */
  at: number;
  /** Seconds from failure until the platform noticed. */
  detection: number;
  /** Seconds from failure until every effect ended (service back, interrupted work running again); null if not by the horizon. */
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
    detection: DistributionSummary;
    /** Incidents with impact that were not over by the horizon. */
    unrecovered: number;
    workLost: number;
    blastTeamsMean: number;
    blastPipelinesMean: number;
    sample: IncidentRecord[];
  };
  /**
   * Service outages: per shard (the controller group serving a set of teams), from the moment it
   * stops accepting triggers or showing state to the moment it serves again, whatever caused it.
   * `byClass` splits them by the class of the failure that took the shard down.
   */
  outages: {
    duration: CensoredDurations;
    byClass: Record<string, CensoredDurations>;
    /** Team-seconds of outage (Σ outage × teams of the shard), after warm-up. */
    teamDowntime: number;
    /** Outages not caused by a planned change; present only with `maintenance`. */
    unplanned?: CensoredDurations;
  };
  /**
   * Interruption recovery: per failure that interrupted running work, from the failure to the
   * moment all the work it interrupted runs again (`never` when the work was abandoned: the
   * pipeline failed or was lost instead).
   */
  interruptions: {
    recovery: CensoredDurations;
    byClass: Record<string, CensoredDurations>;
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
    /** Trigger → end, any outcome (s); lost triggers never get feedback; in flight at the horizon: censored. */
    feedbackTime: CensoredDurations;
    /** Mean lead-time delay caused by failures vs the faults-off twin (seconds); null without a twin. */
    failureDelay: number | null;
    sample: PipelineRecord[];
  };
  service: {
    availability: number;
    stateAvailability: number;
    /** Availability counting planned maintenance as up; present only with `maintenance`. */
    unplannedAvailability?: number;
    throughputPerHour: number;
    deploymentsPerDay: number;
    queueLength: { mean: number; max: number; series: TimeSeries };
    availabilitySeries: TimeSeries;
    /**
     * Pipelines in the system (triggered, not yet finished) over the whole run, from t = 0 with
     * the warm-up included: its initial transient is what the warm-up advice (MSER-5) looks at.
     */
    inSystemSeries: TimeSeries;
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
  /**
   * Disaster recovery (`run/disaster-recovery.ts`), present only when the topology declares
   * `recovery` or the scenario injects region losses or state corruption (absent otherwise, so
   * results of scenarios without them are unchanged).
   */
  recovery?: RecoveryResult;
  /**
   * Backlog drain time per service outage (service back → the shard's pipelines in the system
   * back to their pre-outage level), censoring-aware; present only when an objective uses
   * `backlogDrainTime` (`metrics/backlog-drain.ts`).
   */
  backlogDrain?: CensoredDurations;
}

/** Per recovery event (a region loss or a corruption restore, per shard it hit), after warm-up. */
export interface RecoveryResult {
  /**
   * Achieved RPO (s): the state written between the last good copy the shard came back from (a
   * backup, or the replica in the recovery region) and the moment the service stopped writing
   * (the loss, or for corruption the moment it was noticed). 0 when the service waited for its
   * own region to return.
   */
  dataLost: CensoredDurations;
  /** Achieved RTO (s): from the service stopping (loss, or corruption noticed) until the shard serves again; censored at the horizon. */
  restoreTime: CensoredDurations;
  /** The same per class of the event (`region`, `corruption`). */
  byClass: { dataLost: Record<string, CensoredDurations>; restoreTime: Record<string, CensoredDurations> };
  /** Backups started, failed (nothing usable) and taken while the state was silently corrupt, over the whole run. */
  backups: { started: number; failed: number; corrupt: number };
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
  /**
   * What the reader must know beside the estimate: no events observed (and what that bounds), a
   * verdict decided by observation, events censored at the horizon or work that never ran again.
   */
  note: string | null;
}

/** Metrics present only where a model feature produces them (`OPTIONAL_METRICS`). */
export type OptionalMetricName =
  | "dataLost"
  | "restoreTime"
  | "backlogDrainTime"
  | "unplannedAvailability"
  | "unplannedOutageDuration";

export interface TopologySummary {
  topology: string;
  preset: string | null;
  /**
   * One interval per metric. Per-event metrics (outageDuration, interruptionRecovery,
   * detectionTime, leadTime) are the pooled mean over all events of all replications; the others
   * the mean of the per-replication values. Intervals: bootstrap over replications (they respect
   * the metric's support and the clustering of events by replication). Disaster recovery's
   * metrics (`dataLost`, `restoreTime`) are present only when some run of the experiment has them.
   */
  metrics: Record<Exclude<MetricName, OptionalMetricName>, Interval> &
    Partial<Record<OptionalMetricName, Interval>>;
  /** Service outage durations pooled over all replications, with quantiles that account for censoring. */
  outages: PooledDurations;
  /** Interruption recoveries pooled over all replications. */
  interruptions: PooledDurations;
  leadTime: DistributionSummary;
  availabilitySeries: TimeSeries;
  queueSeries: TimeSeries;
  incidentsSample: IncidentRecord[];
  pipelinesSample: PipelineRecord[];
  fingerprints: string[];
}

/** Durations pooled over replications: the chart summary, censoring, and censoring-aware quantiles. */
export interface PooledDurations {
  /** Completed events, pooled (histogram and sketch quantiles for charts). */
  summary: DistributionSummary;
  /** Events still open at a horizon (right-censored) and events whose work never ran again. */
  censored: number;
  never: number;
  /** Kaplan–Meier quantiles with bootstrap-over-replications 95 % intervals (upper Infinity: unbounded). */
  p50: Interval;
  p90: Interval;
  p99: Interval;
  /** The same per class of the failure that started the event, largest share of event-time first. */
  byClass: ClassBreakdown[];
}

export interface ClassBreakdown {
  componentClass: string;
  count: number;
  censored: number;
  never: number;
  /** Seconds of event time (completed + censored so far) over all replications. */
  total: number;
  /** Share of all event time in [0, 1]. */
  share: number;
  p50: number;
  p99: number;
  max: number;
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
  /**
   * The warm-up the statistics skipped and the MSER-5 truncation point of the pipelines in the
   * system (replication-averaged, per topology; the longest): a warning when that is later.
   */
  warmup: {
    /** Seconds of warm-up the scenario set (0 when none). */
    chosen: number;
    /** Seconds to truncate (MSER-5; 0 when it cuts no measurable bias); null when no topology's series settles or is long enough. */
    suggested: number | null;
    /** One line for humans when the chosen warm-up looks too short; else null. */
    warning: string | null;
  };
  topologies: TopologySummary[];
  verdicts: ObjectiveVerdict[];
  differences: PairedDifference[];
  /** Settings whose values differ between the topologies (everything else is shared). */
  topologyDifferences: TopologyDifference[];
  runs: RunResult[];
}
