/**
 * Collects durations of events that may still be running when the replication ends (service
 * outages, interrupted work): completed ones go to a bounded summary, open ones are kept apart as
 * right-censored (they lasted *at least* that long), and work that never ran again is counted as
 * `never` (an infinite recovery). Nothing is dropped, so the longest events cannot vanish from
 * the estimates.
 */
import type { CensoredDurations } from "../result-types";
import { SummaryCollector } from "./summary-collector";

export class CensoredCollector {
  private readonly done = new SummaryCollector();
  /** At most one per component open at the horizon: bounded by the model's size, not by time. */
  private readonly open: number[] = [];
  private neverCount = 0;

  /** A completed event of `seconds`. */
  add(seconds: number): void {
    this.done.add(seconds);
  }

  /** An event still open at the horizon after `seconds` (right-censored). */
  censor(seconds: number): void {
    this.open.push(seconds);
  }

  /** An event whose work never ran again (abandoned). */
  never(): void {
    this.neverCount++;
  }

  summary(): CensoredDurations {
    const censored = [...this.open].sort((a, b) => b - a);
    return { ...this.done.summary(), censored, never: this.neverCount };
  }
}

/** A collector per component class, created on first use. */
export class ClassCollectors {
  readonly all = new CensoredCollector();
  private readonly byClass = new Map<string, CensoredCollector>();

  of(cls: string): CensoredCollector {
    let c = this.byClass.get(cls);
    if (c === undefined) {
      c = new CensoredCollector();
      this.byClass.set(cls, c);
    }
    return c;
  }

  add(cls: string, seconds: number): void {
    this.all.add(seconds);
    this.of(cls).add(seconds);
  }

  censor(cls: string, seconds: number): void {
    this.all.censor(seconds);
    this.of(cls).censor(seconds);
  }

  never(cls: string): void {
    this.all.never();
    this.of(cls).never();
  }

  /** Per-class summaries, classes in alphabetical order (stable across runs). */
  classSummaries(): Record<string, CensoredDurations> {
    const out: Record<string, CensoredDurations> = {};
    for (const cls of [...this.byClass.keys()].sort()) out[cls] = this.byClass.get(cls)!.summary();
    return out;
  }
}
