/**
 * Backlog drain time (`backlogDrainTime`): per service outage of a shard, from the moment the
 * shard serves again until its backlog — its teams' pipelines in the system (triggered, not yet
 * ended) — is back to the level it had when the outage began. It is the restart storm's tail:
 * the triggers buffered during the outage, the stages deferred and re-run, all draining through
 * the same controllers and executors. A backlog already at or below that level when service
 * returns drains in 0 s. A drain still running at the horizon, or cut short by the shard's next
 * outage, is right-censored (it lasted at least that long), never dropped. Outages that began in
 * the warm-up are not counted (as for `outageDuration`).
 *
 * Recorded only when an objective uses the metric (`run/run-options`: results of scenarios
 * without it keep their shape).
 */
import type { CensoredDurations } from "../result-types";
import { CensoredCollector } from "./censored-collector";

interface Drain {
  /** µs when the outage began (for the warm-up rule). */
  outageSince: number;
  /** µs when the shard served again; -1 while it is still out. */
  since: number;
  /** The backlog level to get back to. */
  target: number;
}

export class BacklogDrainLog {
  readonly durations = new CensoredCollector();
  private readonly level: Int32Array;
  /** Per shard: the outage or drain in progress, null when none. */
  private readonly open: (Drain | null)[];

  /** @param warmup - statistics start (µs); @param horizon - run end (µs). */
  constructor(
    private readonly warmup: number,
    private readonly horizon: number,
    shards: number,
  ) {
    this.level = new Int32Array(shards);
    this.open = Array.from({ length: shards }, () => null);
  }

  /** A pipeline of shard `shard` was triggered. */
  arrived(shard: number): void {
    this.level[shard]!++;
  }

  /** A pipeline of shard `shard` ended (any outcome). */
  departed(shard: number, now: number): void {
    const level = --this.level[shard]!;
    const d = this.open[shard];
    if (d !== null && d !== undefined && d.since >= 0 && level <= d.target) this.finish(shard, d, now, false);
  }

  /** The shard's state after any change (as `OutageLog.update`): out, or serving. */
  update(shard: number, out: boolean, now: number): void {
    const d = this.open[shard] ?? null;
    if (out) {
      if (d !== null && d.since < 0) return; // still out
      if (d !== null) this.finish(shard, d, now, true); // a new outage cuts the drain short
      this.open[shard] = { outageSince: now, since: -1, target: this.level[shard]! };
    } else if (d !== null && d.since < 0) {
      d.since = now;
      if (this.level[shard]! <= d.target) this.finish(shard, d, now, false);
    }
  }

  /** Censors the drains still running at the horizon (outages still open have no drain yet). */
  closeAtHorizon(): void {
    this.open.forEach((d, shard) => {
      if (d !== null && d.since >= 0) this.finish(shard, d, this.horizon, true);
      this.open[shard] = null;
    });
  }

  summary(): CensoredDurations {
    return this.durations.summary();
  }

  private finish(shard: number, d: Drain, now: number, censored: boolean): void {
    this.open[shard] = null;
    if (d.outageSince < this.warmup) return;
    const seconds = (now - d.since) / 1e6;
    if (censored) this.durations.censor(seconds);
    else this.durations.add(seconds);
  }
}
