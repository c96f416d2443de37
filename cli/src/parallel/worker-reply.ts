/** What a worker sends back for one task: its result, or an expected failure rebuilt on this side. */
import { type Issue, type RunResult, SimulationError, ValidationError } from "@resilab/sim-core";

/** A task's outcome as it crosses the thread boundary. */
export type WorkerReply =
  | { ok: true; result: RunResult }
  | {
      ok: false;
      error:
        | { type: "simulation"; kind: SimulationError["kind"]; message: string }
        | { type: "validation"; issues: Issue[]; message: string };
    };

/** The result of a reply, or the original error class thrown again on the main thread. */
export function unwrapReply(reply: WorkerReply): RunResult {
  if (reply.ok) return reply.result;
  if (reply.error.type === "simulation") throw new SimulationError(reply.error.kind, reply.error.message);
  throw new ValidationError(reply.error.issues);
}
