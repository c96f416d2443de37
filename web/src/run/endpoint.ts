/**
 * A connection to one simulation worker, whatever carries it: a browser Web Worker, a Node
 * worker thread or, for tests and as a fallback, the same handler in this thread.
 */
import type { WorkerReply, WorkerRequest } from "./protocol";
import { createTaskHandler } from "./task-runner";

/** One worker as the pool sees it. */
export interface TaskEndpoint {
  /** Queues a request; the worker answers in order. */
  send(request: WorkerRequest): void;
  /** Stops the worker at once (its current task is abandoned). */
  terminate(): void;
}

/** Callbacks a pool gives each endpoint it creates. */
export interface EndpointEvents {
  onReply(reply: WorkerReply): void;
  /** The worker died (an uncaught error, out of memory): its task will never be answered. */
  onCrash(message: string): void;
}

/** Creates a fresh worker connection. */
export type EndpointFactory = (events: EndpointEvents) => TaskEndpoint;

/**
 * An endpoint that runs the worker's handler in this thread, one request per macrotask, with
 * messages structured-cloned both ways exactly as `postMessage` would.
 */
export function inProcessEndpoint(events: EndpointEvents): TaskEndpoint {
  const handle = createTaskHandler();
  const queue: WorkerRequest[] = [];
  let alive = true;
  let scheduled = false;
  const pump = () => {
    scheduled = false;
    const request = queue.shift();
    if (!alive || request === undefined) return;
    const reply = handle(structuredClone(request));
    if (reply !== null && alive) events.onReply(structuredClone(reply));
    schedule();
  };
  const schedule = () => {
    if (scheduled || queue.length === 0) return;
    scheduled = true;
    setTimeout(pump, 0);
  };
  return {
    send(request) {
      if (!alive) return;
      queue.push(request);
      schedule();
    },
    terminate() {
      alive = false;
      queue.length = 0;
    },
  };
}
