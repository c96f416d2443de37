/**
 * A topology's disaster recovery (sim-core `RecoverySpec`): backups, restores, the state's size
 * and the cross-region strategy. Sizes in GB; the restore rate in GB per hour, written as a rate
 * (`"1/min"` = 1 GB a minute) or a plain number of GB per hour.
 */
import { strictObject } from "./strict-object";
import { duration, fraction, nonNegative, oneOf, rate } from "./values";

/** The cross-region strategies, as in sim-core's `REGION_STRATEGIES`. */
export const REGION_STRATEGIES = ["backup-restore", "pilot-light", "warm-standby", "active-active"] as const;

const backup = strictObject({
  interval: duration("Time between backup starts; the first starts at t = 0."),
  duration: duration("Time one backup takes until it is usable; default 10m.").exactOptional(),
  retention: duration("How long a backup is kept (a TTL); default 720h (Velero's default).").exactOptional(),
  failureProbability: fraction(
    "Probability a backup fails and leaves nothing usable; default 0.",
  ).exactOptional(),
});

const restore = strictObject({
  rate: rate(
    "hour",
    'GB restored per hour: "1/min" is 1 GB a minute; default 60 (1 GB a minute).',
  ).exactOptional(),
  overhead: duration(
    "Fixed time of a restore besides the copy (fetch, verify, reconfigure); default 10m.",
  ).exactOptional(),
});

const stateSize = strictObject({
  base: nonNegative("GB of state at the start of the run; default 10.").exactOptional(),
  perPipeline: nonNegative(
    "GB each pipeline adds to its shard's state (build records, logs); default 0.001.",
  ).exactOptional(),
});

const region = strictObject({
  strategy: oneOf(
    REGION_STRATEGIES,
    "How the service comes back when its region is lost: backup-restore (deploy, restore the last backup, boot), pilot-light (replicated state, start the compute, boot), warm-standby (scale up a running scaled-down copy), active-active (both regions serve).",
  ),
  detection: duration(
    "Time from the loss until recovery starts (noticed, disaster declared); default per strategy.",
  ).exactOptional(),
  provision: duration(
    "Time to bring compute up in the recovery region; default per strategy.",
  ).exactOptional(),
  replicationLag: duration(
    "State replicated to the recovery region lags this much (lost at failover); default per strategy.",
  ).exactOptional(),
  standbyScale: fraction(
    "Fraction of the controllers running in the recovery region all the time (billed); default per strategy.",
  ).exactOptional(),
});

/** `recovery:` of a topology (or of `shared:`); off when absent. */
export const recovery = strictObject({
  backup: backup.exactOptional().describe("Scheduled backups of each shard's state, kept out of the region."),
  restore: restore.exactOptional().describe("Restore time = overhead + state size / rate."),
  stateSize: stateSize.exactOptional().describe("Size of one shard's state, growing with its pipelines."),
  region: region.exactOptional().describe("The cross-region strategy for the loss of the whole region."),
});
