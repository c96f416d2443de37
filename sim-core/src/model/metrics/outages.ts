/**
 * Service outages, measured per shard (the controller group that serves a set of teams): an
 * outage starts when the shard stops accepting triggers or showing state and ends when it serves
 * again, whatever caused it — a crash, a failed failover, a store or zone outage, a dependency.
 * It is attributed to the class of the failure that took the shard down. Outages still open at
 * the horizon are right-censored (they lasted at least until then), never dropped.
 *
 * A shard that still serves part of its triggers (an active-active replica that died but is not
 * yet ejected by the router) is degraded, not out: that shows in availability, not here.
 */
import type { CensoredDurations } from "../result-types";
import { type CensoredCollector, ClassCollectors } from "./censored-collector";

interface OpenOutage {
  since: number;
  cls: string;
  teams: number;
}

export class OutageLog {
  readonly durations = new ClassCollectors();
  /** Team-seconds of outage inside the statistics window. */
  teamDowntime = 0;
  /** Outages not caused by a planned change (`planned` class), kept only with maintenance. */
  unplanned: CensoredCollector | null = null;
  private readonly open = new Map<number, OpenOutage>();

  /** @param warmup - statistics start (µs); @param horizon - run end (µs). */
  constructor(
    private readonly warmup: number,
    private readonly horizon: number,
  ) {}

  /** Is shard `shard` out right now? */
  isOut(shard: number): boolean {
    return this.open.has(shard);
  }

  /**
   * The shard's state after any change: `out` opens an outage (attributed to `cause()`, the class
   * of the failure behind it) unless one is open; serving again closes it.
   */
  update(shard: number, teams: number, out: boolean, now: number, cause: () => string): void {
    const current = this.open.get(shard);
    if (out && current === undefined) this.open.set(shard, { since: now, cls: cause(), teams });
    else if (!out && current !== undefined) {
      this.open.delete(shard);
      this.record(current, now, false);
    }
  }

  /** Censors the outages still open at the horizon. */
  closeAtHorizon(): void {
    for (const [shard, o] of [...this.open]) {
      this.open.delete(shard);
      this.record(o, this.horizon, true);
    }
  }

  private record(o: OpenOutage, end: number, censored: boolean): void {
    const from = Math.max(o.since, this.warmup);
    if (end > from) this.teamDowntime += (o.teams * (end - from)) / 1e6;
    if (o.since < this.warmup) return;
    const seconds = (end - o.since) / 1e6;
    if (censored) this.durations.censor(o.cls, seconds);
    else this.durations.add(o.cls, seconds);
    if (this.unplanned !== null && o.cls !== "planned") {
      if (censored) this.unplanned.censor(seconds);
      else this.unplanned.add(seconds);
    }
  }

  summary(): {
    duration: CensoredDurations;
    byClass: Record<string, CensoredDurations>;
    teamDowntime: number;
  } {
    return {
      duration: this.durations.all.summary(),
      byClass: this.durations.classSummaries(),
      teamDowntime: this.teamDowntime,
    };
  }
}
