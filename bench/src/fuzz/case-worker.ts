/**
 * The worker thread that checks cases for `CaseHost`: isolated so that a case which hangs or
 * exhausts memory can be stopped (the thread is terminated) without stopping the fuzzer.
 */
import { parentPort } from "node:worker_threads";
import { type CaseOptions, checkCase, type FuzzCase } from "./fuzz-case";

/** A request: one case and the options to check it with. */
export interface CaseRequest {
  id: number;
  fuzzCase: FuzzCase;
  options: CaseOptions;
}

parentPort?.on("message", (request: CaseRequest) => {
  const started = performance.now();
  const outcome = checkCase(request.fuzzCase, request.options);
  parentPort?.postMessage({ id: request.id, outcome, ms: performance.now() - started });
});
