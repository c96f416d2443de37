/** What the main thread sends a worker to summarize: the plan and the runs, serialized (node:v8). */
import type { Plan } from "../run/summarize-plan";

/** `runs` is `v8.serialize(RunResult[])`, moved (transferred) to the worker, not copied. */
export interface SummaryJob {
  plan: Plan;
  runs: ArrayBuffer;
}
