/**
 * Scheduled backups of one shard's state (`recovery.backup`): a backup starts every `interval`
 * from t = 0, copies the state as of its start and is usable `duration` later, out of the region.
 * It fails (leaves nothing usable) with probability `failureProbability` — one draw per backup on
 * the shard's own stream, used or not, so every topology with the same schedule sees the same
 * failed backups — or when the region is lost before it completes. A backup taken while the
 * state is silently corrupt copies the corruption: it is kept but is not a good copy. Copies
 * older than `retention` are deleted (Velero's TTL), which bounds memory by retention/interval.
 */
import type { Rng } from "../../random/rng";
import type { RecoveryLog } from "../metrics/recovery-log";
import { BACKUP_DEFAULTS, type BackupSpec } from "../recovery-spec";
import type { RunContext } from "./context";
import { us } from "./context";

/** One completed backup. */
export interface BackupCopy {
  /** The state it holds is as of this time (µs): its start. */
  readonly snapshotAt: number;
  /** When it became usable (µs). */
  readonly usableAt: number;
  /** Size of the state it holds (GB): what a restore must copy back. */
  readonly sizeGB: number;
  /** Taken while the state was corrupt: restoring it brings the corruption back. */
  readonly corrupt: boolean;
}

export class ShardBackups {
  /** Completed copies, oldest first. */
  private copies: BackupCopy[] = [];
  private readonly intervalUs: number;
  private readonly durationUs: number;
  private readonly retentionUs: number;
  private readonly failureProbability: number;
  /** Since when (µs) the state is silently corrupt; -1 when it is sound. */
  corruptSince = -1;
  /** Increased by every region loss: a backup running across one never completes. */
  lossEpoch = 0;
  /** The state is out of reach (its region lost, not yet recovered elsewhere): backups fail. */
  suspended = false;
  /** GB-seconds of copies kept (backup storage, billed by the GB-hour). */
  keptGBSeconds = 0;

  constructor(
    private readonly ctx: RunContext,
    spec: BackupSpec,
    private readonly rng: Rng,
    /** The shard's state size now (GB). */
    private readonly sizeNow: () => number,
    private readonly log: RecoveryLog,
  ) {
    this.intervalUs = Math.max(1, us(spec.interval));
    this.durationUs = us(spec.duration ?? BACKUP_DEFAULTS.duration);
    this.retentionUs = us(spec.retention ?? BACKUP_DEFAULTS.retention);
    this.failureProbability = spec.failureProbability ?? BACKUP_DEFAULTS.failureProbability;
  }

  /** Schedules the backups of the whole run, the first at t = 0. */
  start(): void {
    this.ctx.k.schedule(0, () => this.backup());
  }

  private backup(): void {
    const { k, horizon } = this.ctx;
    const snapshotAt = k.now;
    const epoch = this.lossEpoch;
    const corrupt = this.corruptSince >= 0;
    const sizeGB = this.sizeNow();
    const fails = this.rng.next() < this.failureProbability || this.suspended; // drawn for every backup
    this.log.backups.started++;
    k.schedule(this.durationUs, () => {
      if (fails || epoch !== this.lossEpoch) {
        this.log.backups.failed++;
        return;
      }
      if (corrupt) this.log.backups.corrupt++;
      this.copies.push({ snapshotAt, usableAt: k.now, sizeGB, corrupt });
      this.expire(k.now);
      // The copies kept now stay until about the next backup: storage is billed by that.
      let kept = 0;
      for (const c of this.copies) kept += c.sizeGB;
      this.keptGBSeconds += (kept * Math.max(0, Math.min(this.intervalUs, horizon - k.now))) / 1e6;
    });
    if (k.now + this.intervalUs <= horizon) k.schedule(this.intervalUs, () => this.backup());
  }

  private expire(now: number): void {
    let drop = 0;
    while (drop < this.copies.length && this.copies[drop]!.snapshotAt + this.retentionUs < now) drop++;
    if (drop > 0) this.copies = this.copies.slice(drop);
  }

  /**
   * The newest good copy at `now` (µs): completed, still retained, and taken before the state went
   * bad at `badSince` (µs; a corruption's onset, or `now`). Null when there is none.
   */
  lastGood(now: number, badSince: number): BackupCopy | null {
    this.expire(now);
    for (let i = this.copies.length - 1; i >= 0; i--) {
      const c = this.copies[i]!;
      if (c.usableAt <= now && c.snapshotAt < badSince && !c.corrupt) return c;
    }
    return null;
  }
}
