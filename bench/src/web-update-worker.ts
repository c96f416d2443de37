/**
 * A Node worker thread running the web lab's simulation worker code (`createTaskHandler`), so
 * the what-if bench measures the same code path as the browser's Web Workers.
 */
import { parentPort } from "node:worker_threads";
// The web package is not a dependency of the bench (package.json is not ours to change), so its
// public index is imported by path; with "@resilab/web" in the dependencies this becomes a name.
import { createTaskHandler, type WorkerRequest } from "../../web/src/index";

const port = parentPort;
if (port === null) throw new Error("web-update-worker must run as a worker thread");
const handle = createTaskHandler();
port.on("message", (request: WorkerRequest) => {
  const reply = handle(request);
  if (reply !== null) port.postMessage(reply);
});
