/**
 * Disaster-recovery events, one per shard a region loss or a corruption restore hit: the data
 * lost (achieved RPO) known when recovery starts, and the restore time (achieved RTO) from the
 * moment the service stopped until the shard serves again — right-censored when the horizon cuts
 * it, never dropped. Events that start in the warm-up are not counted (as outages). Memory is
 * bounded by the number of shards (at most one open event each).
 */
import type { RecoveryResult } from "../result-types";
import { ClassCollectors } from "./censored-collector";

/** An event whose restore is still running. */
export interface OpenRecovery {
  readonly cls: string;
  readonly since: number;
  closed: boolean;
}

export class RecoveryLog {
  private readonly dataLost = new ClassCollectors();
  private readonly restoreTime = new ClassCollectors();
  private readonly open = new Set<OpenRecovery>();
  readonly backups = { started: 0, failed: 0, corrupt: 0 };

  /** @param warmup - statistics start (µs); @param horizon - run end (µs). */
  constructor(
    private readonly warmup: number,
    private readonly horizon: number,
  ) {}

  /** An event of class `cls` at `now` (µs) that lost `lostSeconds` of state; close it when the shard serves. */
  start(cls: string, now: number, lostSeconds: number): OpenRecovery {
    const event: OpenRecovery = { cls, since: now, closed: false };
    if (now < this.warmup) {
      event.closed = true; // not counted: it started in the warm-up
      return event;
    }
    this.dataLost.add(cls, lostSeconds);
    this.open.add(event);
    return event;
  }

  /** The shard of `event` serves again at `now` (µs). */
  close(event: OpenRecovery, now: number): void {
    if (event.closed) return;
    event.closed = true;
    this.open.delete(event);
    this.restoreTime.add(event.cls, (now - event.since) / 1e6);
  }

  /** Censors the restores still running at the horizon. */
  closeAtHorizon(): void {
    for (const event of [...this.open]) {
      event.closed = true;
      this.open.delete(event);
      this.restoreTime.censor(event.cls, (this.horizon - event.since) / 1e6);
    }
  }

  summary(): RecoveryResult {
    return {
      dataLost: this.dataLost.all.summary(),
      restoreTime: this.restoreTime.all.summary(),
      byClass: {
        dataLost: this.dataLost.classSummaries(),
        restoreTime: this.restoreTime.classSummaries(),
      },
      backups: { ...this.backups },
    };
  }
}
