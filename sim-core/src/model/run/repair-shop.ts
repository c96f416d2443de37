/**
 * Human repair crews for machines (VM controllers, static agents). With a finite number of crews
 * repairs queue FIFO — the "single repair facility" of the two-unit Markov models (docs/parameters.md,
 * "Two-unit Markov models" and "Active-passive with failover time and coverage").
 */
import type { Kernel } from "../../kernel/kernel";

interface Job {
  duration: number;
  done: () => void;
}

export class RepairShop {
  private busy = 0;
  private readonly queue: Job[] = [];

  constructor(
    private readonly k: Kernel,
    /** Number of crews; Infinity = every repair starts at once. */
    private readonly crews: number,
  ) {}

  /** Repairs something that takes `duration` µs of crew time; calls `done` when finished. */
  repair(duration: number, done: () => void): void {
    if (this.busy < this.crews) this.start({ duration, done });
    else this.queue.push({ duration, done });
  }

  private start(job: Job): void {
    this.busy++;
    this.k.schedule(job.duration, () => {
      this.busy--;
      const next = this.queue.shift();
      if (next !== undefined) this.start(next);
      job.done();
    });
  }
}
