/**
 * Operating-clock failures (`clock: operating`): an executor ages only while it works, as the
 * machines of a transfer line fail only while they produce (docs/parameters.md, "Transfer line with
 * a finite buffer").
 * The fault trace arms a budget of busy time (`Executor.opRemaining`, µs); the work flow starts
 * the clock when a stage runs and stops it when the stage ends, so the failure fires after that
 * much busy time.
 */
import type { Kernel } from "../../kernel/kernel";
import type { Executor } from "./executor-pool";

/** Starts the executor's failure clock (if armed and not running). */
export function startOperating(k: Kernel, ex: Executor): void {
  if (ex.onOperatingFailure === null || ex.opTimer !== null || !Number.isFinite(ex.opRemaining)) return;
  ex.opSince = k.now;
  ex.opTimer = k.schedule(ex.opRemaining, () => {
    const fire = ex.onOperatingFailure!;
    // Disarmed until the fault trace draws the next time to failure (after the repair).
    ex.opTimer = null;
    ex.opRemaining = Number.POSITIVE_INFINITY;
    ex.onOperatingFailure = null;
    fire();
  });
}

/** Stops it, keeping the busy time still to go. */
export function stopOperating(k: Kernel, ex: Executor): void {
  if (ex.opTimer === null) return;
  k.cancel(ex.opTimer);
  ex.opTimer = null;
  ex.opRemaining = Math.max(0, ex.opRemaining - (k.now - ex.opSince));
}
