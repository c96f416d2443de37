/**
 * What the estimates, verdicts and paired differences of one topology read from its
 * replications: each replication's value of a metric, and the pooled events of the per-event
 * metrics. Two sources provide it: the runs themselves (`sampleOfRuns`, for callers that hold
 * them) and the streaming summary (`TopologyAccumulator`), which keeps only these numbers —
 * never the runs — so that tens of thousands of replications are summarized in bounded memory.
 */
import type { CensoredDurations, DistributionSummary, RunResult } from "../model/result-types";
import type { MetricName } from "../model/scenario-types";
import { censoredEvents, metricValue, type Stat } from "./metric-values";

/** The events of outages or interruptions of one unit: all of them, and by component class. */
export interface ClassedEvents {
  all: CensoredDurations;
  byClass: Record<string, CensoredDurations>;
}

/**
 * The replications of one topology, as the summary reads them. A *unit* is what the bootstrap
 * resamples: one replication, or — past `MAX_EVENT_UNITS` replications — a batch of consecutive
 * replications whose events are pooled (see replication-batches.ts).
 */
export interface ReplicationSample {
  /** Replications summarized. */
  readonly replications: number;
  /** Replication numbers, in the order of `values`. */
  replicationNumbers(): readonly number[];
  /** Each replication's value of `metric` with `stat` (NaN where it has none), in replication order. */
  values(metric: MetricName, stat: Stat): readonly number[];
  /** The events of a per-event metric per unit; null for the other metrics. */
  events(metric: MetricName): readonly CensoredDurations[] | null;
  /** Outage durations per unit. */
  outages(): readonly ClassedEvents[];
  /** Interruption recoveries per unit. */
  interruptions(): readonly ClassedEvents[];
  /** Lead times per unit. */
  leadTimes(): readonly DistributionSummary[];
}

/** The sample of runs already in memory (sorted by replication by the caller when order matters). */
export function sampleOfRuns(runs: readonly RunResult[]): ReplicationSample {
  return {
    replications: runs.length,
    replicationNumbers: () => runs.map((r) => r.replication),
    values: (metric, stat) => runs.map((r) => metricValue(r, metric, stat)),
    events: (metric) => {
      const events = runs.map((r) => censoredEvents(r, metric));
      return events.every((e) => e !== null) ? (events as CensoredDurations[]) : null;
    },
    outages: () => runs.map((r) => ({ all: r.outages.duration, byClass: r.outages.byClass })),
    interruptions: () =>
      runs.map((r) => ({ all: r.interruptions.recovery, byClass: r.interruptions.byClass })),
    leadTimes: () => runs.map((r) => r.pipelines.leadTime),
  };
}
