/**
 * All metric collectors of one replication. Everything is streaming: memory depends on the
 * model's size (shards, samples kept), not on simulated time.
 */
import type { CostSpec } from "../scenario-types";
import type { BacklogDrainLog } from "./backlog-drain";
import { CostMeter } from "./cost-meter";
import { IncidentLog } from "./incidents";
import { OutageLog } from "./outages";
import { PipelineStats } from "./pipeline-stats";
import type { RecoveryLog } from "./recovery-log";
import { TimeWeightedSeries } from "./time-series";

export class Metrics {
  readonly incidents: IncidentLog;
  /** Service outages per shard. */
  readonly outages: OutageLog;
  readonly pipelines: PipelineStats;
  /** Fraction of teams whose triggers are accepted right now. */
  readonly availability: TimeWeightedSeries;
  /** Fraction of teams that can see their pipelines' state right now. */
  readonly stateAvailability: TimeWeightedSeries;
  /** Triggers waiting in intake buffers (all shards). */
  readonly queueLength: TimeWeightedSeries;
  /**
   * Pipelines in the system (triggered, not yet finished): the mean after warm-up for Little's
   * law; the series from t = 0, warm-up included, shows the initial transient (warm-up advice).
   */
  readonly inSystem: TimeWeightedSeries;
  readonly cost: CostMeter;
  /** End-user blocking: expected requests blocked beyond the threshold and the longest block (s). */
  blockedOver = 0;
  blockedMax = 0;
  /** Pipelines accepted after warm-up (for Little's λ). */
  accepted = 0;
  /** Availability counting planned maintenance as up, with `maintenance` (`run/maintenance.ts`). */
  unplannedAvailability: TimeWeightedSeries | null = null;
  /** Backlog drain after outages, when an objective asks for `backlogDrainTime` (`backlog-drain.ts`). */
  backlog: BacklogDrainLog | null = null;
  /** Disaster recovery's events and standing costs, when it is on (`run/disaster-recovery.ts`). */
  recovery: { readonly log: RecoveryLog; addCosts(spanSeconds: number): void } | null = null;

  constructor(
    readonly warmup: number,
    readonly horizon: number,
    prices: CostSpec,
  ) {
    this.incidents = new IncidentLog(warmup, horizon);
    this.outages = new OutageLog(warmup, horizon);
    this.pipelines = new PipelineStats(warmup);
    this.availability = new TimeWeightedSeries(warmup, horizon, 1);
    this.stateAvailability = new TimeWeightedSeries(warmup, horizon, 1);
    this.queueLength = new TimeWeightedSeries(warmup, horizon, 0);
    this.inSystem = new TimeWeightedSeries(warmup, horizon, 0, 0);
    this.cost = new CostMeter(prices);
  }
}
