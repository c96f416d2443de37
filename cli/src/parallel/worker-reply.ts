/** What a worker sends back for one task: its result, or an expected failure rebuilt on this side. */
import { type Issue, type RunResult, SimulationError, ValidationError } from "@resilab/sim-core";

/** An expected failure (bad input) as it crosses the thread boundary. */
export type ExpectedError =
  | { type: "simulation"; kind: SimulationError["kind"]; message: string }
  | { type: "validation"; issues: Issue[]; message: string };

/** A task's outcome as it crosses the thread boundary. */
export type WorkerReply = { ok: true; result: RunResult } | { ok: false; error: ExpectedError };

/** The original error class, rebuilt on the main thread. */
export function rebuildError(error: ExpectedError): Error {
  if (error.type === "simulation") return new SimulationError(error.kind, error.message);
  return new ValidationError(error.issues);
}

/** The result of a reply, or the original error class thrown again on the main thread. */
export function unwrapReply(reply: WorkerReply): RunResult {
  if (reply.ok) return reply.result;
  throw rebuildError(reply.error);
}
