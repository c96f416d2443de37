import { describeValue } from "../errors";
import type { Request } from "./resource";
import type { Time } from "./time";

/**
 * Thrown into a process's generator by `process.interrupt(cause)`, at the `yield` where the
 * process was waiting. `cause` says why (a failure record, a {@link Preempted}, anything).
 */
export class Interrupt extends Error {
  /** Why the process was interrupted, as given to `interrupt(cause)`. */
  declare readonly cause: unknown;

  constructor(cause: unknown) {
    super(`interrupted: ${cause instanceof Preempted ? cause.toString() : describeValue(cause)}`, { cause });
    this.name = "Interrupt";
  }
}

/**
 * Cause of the {@link Interrupt} a resource user receives when it loses its slot: to a more
 * important request (`by`) or because the resource shrank (`by` undefined).
 */
export class Preempted {
  /** The request that took the slot, or undefined when `setCapacity` shrank the resource. */
  readonly by: Request | undefined;
  /** When the preempted user had been granted the slot (µs). */
  readonly since: Time;

  constructor(by: Request | undefined, since: Time) {
    this.by = by;
    this.since = since;
  }

  toString(): string {
    return `preempted (${this.by === undefined ? "capacity reduced" : "by a more important request"}), held since t=${this.since} µs`;
  }
}
