/**
 * The unit of each numeric setting of a composed topology, by its dotted path, so tables that
 * print settings ("what differs between the topologies") write `1m` for a duration and `95 %`
 * for a fraction instead of a bare number. One list per unit, by full path (a key such as
 * `duration` or `max` means different things in different parts). The scenarios package checks
 * these lists against its schema (`setting-units.test.ts` there), so a duration added to the
 * format without a line here fails a test instead of printing seconds.
 */

/** Settings in seconds (numbers, not distributions; distributions print themselves). */
export const DURATION_SETTINGS: readonly string[] = [
  "controllers.bootGrowth.perBuild",
  "controllers.upgrade.cutover",
  "controllers.restartStorm.perAgent",
  "controllers.load.bootPerAgent",
  "executors.lossDetection",
  "executors.partitionDetection",
  "triggerRetry.initial",
  "triggerRetry.max",
  "platform.liveness.period",
  "platform.crashLoop.initial",
  "platform.crashLoop.max",
  "platform.crashLoop.reset",
  "platform.nodeGrace",
  "platform.toleration",
  "platform.volumeDetach",
  "failover.detection",
  "failover.replicationLag",
  "router.healthCheck.period",
  "sharedStore.reconnect",
  "recovery.backup.interval",
  "recovery.backup.duration",
  "recovery.backup.retention",
  "recovery.restore.overhead",
  "recovery.region.detection",
  "recovery.region.provision",
  "recovery.region.replicationLag",
];

/**
 * Settings that are fractions, shown as percentages: the schema's percentage fields, plus
 * `sharedStore.lockContention` (a plain number in the file, but a fraction of stage time).
 */
export const FRACTION_SETTINGS: readonly string[] = [
  "failover.coverage",
  "sharedStore.lockContention",
  "recovery.backup.failureProbability",
  "recovery.region.standbyScale",
];

const durations = new Set(DURATION_SETTINGS);
const fractions = new Set(FRACTION_SETTINGS);

/** How a numeric setting is printed: in seconds, as a fraction, a price per hour or per GB-month, or a plain number. */
export type SettingUnit = "duration" | "fraction" | "price-hour" | "price-gb-month" | "number";

/** The unit of the numeric setting at `path` (e.g. `controllers.upgrade.cutover` → duration). */
export function settingUnit(path: string): SettingUnit {
  if (durations.has(path)) return "duration";
  if (fractions.has(path)) return "fraction";
  if (path === "costs.backupGBMonth") return "price-gb-month";
  if (path.startsWith("costs.")) return "price-hour";
  return "number";
}
