import { SimulationError } from "../errors";
import { type Time, toSeconds } from "./time";

/**
 * What the Zeno error tells the reader to do. A scenario cannot set the kernel's `zenoLimit` (and a
 * scenario's runs never need it raised: a burst of triggers is one event), so the advice says
 * what each audience can change.
 */
export const ZENO_ADVICE =
  "In a scenario run this is a defect of the simulator, not of the scenario: please report it with " +
  "the scenario file and seed (changing the scenario's stage durations, delays or burst sizes may avoid it). " +
  "Writing a model on the kernel API: look for a loop that yields 0 or waits on events that fire at once; " +
  "if that many events at one instant are intended, pass a larger zenoLimit to new Kernel().";

/**
 * Diagnoses a zero-delay (Zeno) cycle. The kernel only counts events per instant on its hot
 * path; once the count passes the limit it records who runs during a short window of further
 * events at the same instant and then throws an error naming them, most frequent first.
 */
export class ZenoWatch {
  private readonly counts = new Map<string, number>();
  private recorded = 0;

  /**
   * @param time - the instant at which time stopped advancing (µs).
   * @param limit - the zenoLimit that was exceeded.
   * @param window - how many events to record before throwing.
   */
  constructor(
    readonly time: Time,
    readonly limit: number,
    readonly window: number,
  ) {}

  /** Records one participant; returns true when the window is full. */
  record(name: string): boolean {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    return ++this.recorded >= this.window;
  }

  /** The error to throw. */
  error(): SimulationError {
    const ranked = [...this.counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const shown = ranked.slice(0, 10).map(([name, n]) => `"${name}" ×${n}`);
    if (ranked.length > 10) shown.push(`and ${ranked.length - 10} more`);
    const who = shown.length > 0 ? shown.join(", ") : "(none recorded)";
    return new SimulationError(
      "zeno",
      `zero-delay cycle: more than ${this.limit} events at t=${this.time} µs (${toSeconds(this.time)} s) ` +
        `without time advancing; involved (most frequent first, over the last ${this.recorded} events): ${who}. ` +
        ZENO_ADVICE,
    );
  }
}

/** The error thrown when a run would exceed its event budget. */
export function budgetError(budget: number, now: Time): SimulationError {
  return new SimulationError(
    "budget",
    `event budget exhausted: ${budget} events processed by t=${now} µs (${toSeconds(now)} s); ` +
      "raise eventBudget or shorten the run",
  );
}
