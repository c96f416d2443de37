/**
 * Checks a topology's disaster recovery (`recovery`, `recovery-spec.ts`): every number in range,
 * the strategy one of the four, and a backup-restore strategy with backups to restore.
 */
import { REGION_STRATEGIES } from "../recovery-spec";
import type { TopologyConfig } from "../scenario-types";
import type { Checker } from "./checker";
import { DURATION_RULE, MAX_PRICE } from "./limits";

/** Largest state size (GB), at the start or added per pipeline: 10^6 (a petabyte). */
const MAX_STATE_GB = 1e6;

/** Slowest restore rate (GB per hour): 10^-3 (a GB in six weeks); slower is not a restore. */
const MIN_RESTORE_RATE = 1e-3;

/** Fastest restore rate (GB per hour): 10^9, far beyond any storage. */
const MAX_RESTORE_RATE = 1e9;

/** Backups more often than once a minute would flood the event list for no modelling gain. */
const MIN_BACKUP_INTERVAL = 60;

export function checkRecovery(c: Checker, p: string, t: TopologyConfig): void {
  c.number(`${p}.costs.backupGBMonth`, t.costs?.backupGBMonth, {
    min: 0,
    max: MAX_PRICE,
    optional: true,
  });
  const r = t.recovery;
  if (r === undefined || !c.object(`${p}.recovery`, r)) return;
  const q = `${p}.recovery`;
  if (r.backup !== undefined && c.object(`${q}.backup`, r.backup)) {
    const b = r.backup;
    c.number(`${q}.backup.interval`, b.interval, { min: MIN_BACKUP_INTERVAL, max: DURATION_RULE.max });
    c.number(`${q}.backup.duration`, b.duration, { ...DURATION_RULE, optional: true });
    c.number(`${q}.backup.retention`, b.retention, {
      above: 0,
      max: 100 * DURATION_RULE.max,
      optional: true,
    });
    c.probability(`${q}.backup.failureProbability`, b.failureProbability, true);
    if (typeof b.interval === "number" && typeof b.retention === "number" && b.retention < b.interval)
      c.add(
        `${q}.backup.retention`,
        b.retention,
        `at least the backup interval (${b.interval} s): else no copy is kept`,
      );
  }
  if (r.restore !== undefined && c.object(`${q}.restore`, r.restore)) {
    c.number(`${q}.restore.rate`, r.restore.rate, {
      min: MIN_RESTORE_RATE,
      max: MAX_RESTORE_RATE,
      optional: true,
    });
    c.number(`${q}.restore.overhead`, r.restore.overhead, { ...DURATION_RULE, optional: true });
  }
  if (r.stateSize !== undefined && c.object(`${q}.stateSize`, r.stateSize)) {
    c.number(`${q}.stateSize.base`, r.stateSize.base, { min: 0, max: MAX_STATE_GB, optional: true });
    c.number(`${q}.stateSize.perPipeline`, r.stateSize.perPipeline, {
      min: 0,
      max: MAX_STATE_GB,
      optional: true,
    });
  }
  if (r.region !== undefined && c.object(`${q}.region`, r.region)) {
    const g = r.region;
    c.oneOf(`${q}.region.strategy`, g.strategy, REGION_STRATEGIES);
    c.number(`${q}.region.detection`, g.detection, { ...DURATION_RULE, optional: true });
    c.number(`${q}.region.provision`, g.provision, { ...DURATION_RULE, optional: true });
    c.number(`${q}.region.replicationLag`, g.replicationLag, { ...DURATION_RULE, optional: true });
    c.probability(`${q}.region.standbyScale`, g.standbyScale, true);
    if (g.strategy === "backup-restore" && r.backup === undefined)
      c.add(
        `${q}.backup`,
        undefined,
        "a backup section when recovery.region.strategy is backup-restore (nothing to restore)",
      );
  }
}
