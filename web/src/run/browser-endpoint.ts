/**
 * A task endpoint backed by a browser Web Worker (an ES-module worker bundled by Vite). The
 * worker runs `createTaskHandler`, the same code the bench and the tests run in Node.
 */
import type { EndpointEvents, TaskEndpoint } from "./endpoint";
import type { WorkerReply } from "./protocol";

/** Starts one simulation worker. */
export function browserEndpoint(events: EndpointEvents): TaskEndpoint {
  const worker = new Worker(new URL("./sim.worker.ts", import.meta.url), {
    type: "module",
    name: "resilab-simulation",
  });
  worker.onmessage = (event: MessageEvent<WorkerReply>) => events.onReply(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    events.onCrash(event.message || "the worker stopped with an error");
  };
  worker.onmessageerror = () => events.onCrash("a reply could not be read");
  return {
    send: (request) => worker.postMessage(request),
    terminate: () => worker.terminate(),
  };
}

/** Workers to start: one per logical core, as the browser reports them (at least 1, at most 16). */
export function workerCount(): number {
  const cores = typeof navigator === "undefined" ? 2 : navigator.hardwareConcurrency;
  return Math.min(16, Math.max(1, Number.isFinite(cores) && cores > 0 ? cores : 2));
}
