/** The fit Web Worker: runs `runFit` off the main thread (a 5 MB export takes seconds to fit). */
import { type FitRequest, runFit } from "./fit-request";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<FitRequest>) => {
  scope.postMessage(runFit(event.data));
};
