/**
 * Runs fits in a dedicated worker, one at a time: a new fit (or `cancel`) stops the one in
 * progress by ending its worker, so a stale answer can never replace a newer one. Where no
 * Worker exists (Node, old test runners) the fit runs in-process; the answer is the same.
 */
import { type FitReply, type FitRequest, runFit } from "./fit-request";

/** A fit runner. */
export interface FitClient {
  /** Fits `request` (its `id` is replaced); resolves with the reply, or null when superseded or cancelled. */
  fit(request: Omit<FitRequest, "id">): Promise<FitReply | null>;
  cancel(): void;
}

/** Starts a worker for one fit. */
function startWorker(): Worker {
  return new Worker(new URL("./fit.worker.ts", import.meta.url), { type: "module", name: "resilab-fit" });
}

/** A client whose fits run in `start()`'s worker (default: the fit worker). */
export function fitClient(start: () => Worker = startWorker): FitClient {
  let next = 1;
  let current: { worker: Worker | null; settle(reply: FitReply | null): void } | null = null;
  const cancel = () => {
    current?.worker?.terminate();
    current?.settle(null);
    current = null;
  };
  return {
    cancel,
    fit(request) {
      cancel();
      const id = next++;
      return new Promise<FitReply | null>((resolve) => {
        if (start === startWorker && typeof Worker === "undefined") {
          resolve(runFit({ ...request, id }));
          return;
        }
        const worker = start();
        const job = {
          worker,
          settle(reply: FitReply | null) {
            worker.terminate();
            if (current === job) current = null;
            resolve(reply);
          },
        };
        current = job;
        worker.onmessage = (event: MessageEvent<FitReply>) => {
          if (event.data.id === id) job.settle(event.data);
        };
        worker.onerror = (event) => {
          event.preventDefault();
          job.settle({
            id,
            kind: "failed",
            message: event.message || "the fit worker stopped with an error",
          });
        };
        worker.onmessageerror = () =>
          job.settle({ id, kind: "failed", message: "the fit's reply could not be read" });
        worker.postMessage({ ...request, id } satisfies FitRequest);
      });
    },
  };
}
