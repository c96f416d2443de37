/** The simulation Web Worker: answers the lab's requests with `createTaskHandler`, off the main thread. */
import type { WorkerRequest } from "./protocol";
import { createTaskHandler } from "./task-runner";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createTaskHandler();

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const reply = handle(event.data);
  if (reply !== null) scope.postMessage(reply);
};
