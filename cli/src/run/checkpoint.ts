/**
 * A point where Ctrl-C is answered between two long synchronous phases (summarising, rendering
 * each output file). A SIGINT handler only runs when the event loop turns, so without these the
 * first Ctrl-C after the runs finished was noticed only once every file had been written.
 */
import { InterruptedError } from "../errors";

/** Lets pending signals be handled, then throws InterruptedError if `signal` was aborted. */
export async function checkpoint(signal: AbortSignal | undefined): Promise<void> {
  if (signal === undefined) return;
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (signal.aborted) throw new InterruptedError();
}
