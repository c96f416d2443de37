/**
 * Disaster recovery of one topology (`TopologyConfig.recovery`, off when absent): backups of the
 * controllers' state, restores whose time grows with the size restored, and the strategy that
 * brings the service back in a second region when a whole region is lost. Units as in every
 * scenario: seconds, fractions; sizes in GB, restore rates in GB per hour (`"6/min"` in YAML is
 * 6 GB a minute). Defaults and their sources: `docs/parameters.md`, "Disaster recovery".
 */

/** How the service comes back when its whole region is lost (AWS's four DR strategies). */
export type RegionStrategy = "backup-restore" | "pilot-light" | "warm-standby" | "active-active";

export const REGION_STRATEGIES: readonly RegionStrategy[] = [
  "backup-restore",
  "pilot-light",
  "warm-standby",
  "active-active",
];

/**
 * Scheduled backups of each shard's state (a `JENKINS_HOME` copy, the CloudBees Backup plugin; or
 * the declared objects and volumes, Velero), copied out of the region. A backup is a copy of the
 * state as of its start, usable once it completes.
 */
export interface BackupSpec {
  /** Time between backup starts (s); the first starts at t = 0. */
  interval: number;
  /** Time one backup takes until it is usable (s); default 600. */
  duration?: number;
  /** How long a backup is kept (s, a TTL); default 720 h (Velero's default TTL). */
  retention?: number;
  /** Probability a backup fails and leaves nothing usable; default 0. */
  failureProbability?: number;
}

/** Restoring a backup: a fixed overhead plus the state's size at the restore rate. */
export interface RestoreSpec {
  /** GB restored per hour; default 60 (1 GB a minute). */
  rate?: number;
  /** Fixed time of a restore besides the copy (fetch, verify, reconfigure; s); default 600. */
  overhead?: number;
}

/** Size of one shard's state: it grows with the pipelines it ran (build records, logs). */
export interface StateSizeSpec {
  /** GB at the start of the run (configuration, plugins, old history); default 10. */
  base?: number;
  /** GB each pipeline triggered on the shard adds; default 0.001 (1 MB). */
  perPipeline?: number;
}

/** The cross-region strategy: how long a region loss takes to recover and what stands by. */
export interface RegionRecoverySpec {
  strategy: RegionStrategy;
  /** Time from the loss until the recovery starts (noticed, disaster declared; s); default per strategy. */
  detection?: number;
  /** Time to bring compute up in the recovery region (deploy, scale up; s); default per strategy. */
  provision?: number;
  /** Continuous replication lag of the state to the recovery region (s); default per strategy (unused by backup-restore). */
  replicationLag?: number;
  /** Fraction of the controllers that run in the recovery region all the time (billed); default per strategy. */
  standbyScale?: number;
}

export interface RecoverySpec {
  backup?: BackupSpec;
  restore?: RestoreSpec;
  stateSize?: StateSizeSpec;
  region?: RegionRecoverySpec;
}

/** Defaults of a strategy; `docs/parameters.md`, "Disaster recovery", gives the sources. */
export const STRATEGY_DEFAULTS: Readonly<
  Record<
    RegionStrategy,
    { detection: number; provision: number; replicationLag: number; standbyScale: number; boots: boolean }
  >
> = {
  // Nothing runs in the recovery region: declare, deploy the stack from code, restore, boot.
  "backup-restore": { detection: 1800, provision: 3600, replicationLag: 0, standbyScale: 0, boots: true },
  // Data replicated, compute switched off: declare, start and scale the compute, boot.
  "pilot-light": { detection: 1800, provision: 900, replicationLag: 60, standbyScale: 0, boots: true },
  // A scaled-down copy runs: declare, scale it up; it is booted already.
  "warm-standby": { detection: 600, provision: 300, replicationLag: 60, standbyScale: 0.5, boots: false },
  // Both regions serve: DNS health checks move the traffic (Route 53: 30 s interval × 3 failures).
  "active-active": { detection: 90, provision: 0, replicationLag: 1, standbyScale: 1, boots: false },
};

export const BACKUP_DEFAULTS = { duration: 600, retention: 720 * 3600, failureProbability: 0 } as const;
export const RESTORE_DEFAULTS = { rate: 60, overhead: 600 } as const;
export const STATE_SIZE_DEFAULTS = { base: 10, perPipeline: 0.001 } as const;
