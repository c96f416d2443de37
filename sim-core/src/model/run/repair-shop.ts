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

  /**
   * Repairs something that takes `duration` µs of crew time; calls `done` when finished. With
   * `response` > 0 (µs, the on-call responder's page → keyboard time, `on-call.ts`) the job
   * reaches the crews only after it.
   */
  repair(duration: number, done: () => void, response = 0): void {
    if (response > 0) {
      this.k.schedule(response, () => this.repair(duration, done));
      return;
    }
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
