/**
 * The pipelines triggered and not yet ended, as a list threaded through the pipelines themselves
 * (`prevInFlight` / `nextInFlight`): adding and removing cost a few pointer writes and no
 * allocation on the per-pipeline hot path (a Map keyed by id showed up in the fleet-year
 * bench's profile). Memory is the model's work in progress, not simulated time.
 */
import type { PipelineRun } from "./pipeline-run";

export class InFlightList {
  private head: PipelineRun | null = null;
  size = 0;

  add(p: PipelineRun): void {
    p.prevInFlight = null;
    p.nextInFlight = this.head;
    if (this.head !== null) this.head.prevInFlight = p;
    this.head = p;
    this.size++;
  }

  /** Removes `p` (which must be in the list). */
  remove(p: PipelineRun): void {
    if (p.prevInFlight !== null) p.prevInFlight.nextInFlight = p.nextInFlight;
    else if (this.head === p) this.head = p.nextInFlight;
    else return; // not in the list
    if (p.nextInFlight !== null) p.nextInFlight.prevInFlight = p.prevInFlight;
    p.prevInFlight = null;
    p.nextInFlight = null;
    this.size--;
  }

  /** Trigger times (µs) of the pipelines in flight. */
  *triggerTimes(): Generator<number> {
    for (let p = this.head; p !== null; p = p.nextInFlight) yield p.triggeredAt;
  }
}
