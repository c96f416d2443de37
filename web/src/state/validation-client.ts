/**
 * Validates large texts in a worker, latest first: a new text while one is being validated ends
 * that worker (a 5 MB text can take seconds), so the answer shown is always the newest text's
 * and the queue never grows. Where no Worker exists (Node, unit tests) it validates in-process.
 */

import type { ValidateRequest } from "./validate.worker";
import { type Validation, validateText } from "./validate-text";

/** A validation runner. */
export interface ValidationClient {
  /** Validates `text`; resolves with its validation, or null when a newer text superseded it. */
  validate(text: string, fileName: string): Promise<Validation | null>;
  dispose(): void;
}

/** Starts the validation worker (an ES-module worker bundled by Vite). */
function startWorker(): Worker {
  return new Worker(new URL("./validate.worker.ts", import.meta.url), {
    type: "module",
    name: "resilab-validate",
  });
}

/** A client whose validations run in `start()`'s worker (default: the validation worker). */
export function validationClient(start: () => Worker = startWorker): ValidationClient {
  let next = 1;
  let worker: Worker | null = null;
  let pending: (ValidateRequest & { settle(v: Validation | null): void }) | null = null;
  const stop = () => {
    worker?.terminate();
    worker = null;
  };
  return {
    validate(text, fileName) {
      const id = next++;
      if (pending !== null) {
        // The worker is busy with an older text: end it rather than queue behind it.
        stop();
        pending.settle(null);
        pending = null;
      }
      if (start === startWorker && typeof Worker === "undefined") {
        return Promise.resolve(validateText(text, fileName));
      }
      return new Promise<Validation | null>((resolve) => {
        const job = {
          id,
          text,
          fileName,
          settle(v: Validation | null) {
            if (pending === job) pending = null;
            resolve(v);
          },
        };
        pending = job;
        if (worker === null) {
          const created = start();
          created.onmessage = (event: MessageEvent<{ id: number; validation: Validation }>) => {
            if (pending !== null && event.data.id === pending.id) pending.settle(event.data.validation);
          };
          // A worker that cannot validate (it failed to start or crashed): validate here instead,
          // slower but never a silently unchecked text.
          created.onerror = (event) => {
            event.preventDefault();
            stop();
            if (pending !== null) pending.settle(validateText(pending.text, pending.fileName));
          };
          worker = created;
        }
        worker.postMessage({ id, text, fileName } satisfies ValidateRequest);
      });
    },
    dispose() {
      stop();
      pending?.settle(null);
      pending = null;
    },
  };
}
