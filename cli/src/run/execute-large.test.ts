/**
 * A run of OFF_THREAD_SUMMARY_RUNS tasks or more streams each result to the summary worker and
 * keeps none on the main thread: it must give the very bytes of the plain path.
 */
import { toJson } from "@resilab/reports";
import { libraryText, loadScenario } from "@resilab/scenarios";
import { runTask } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { execute } from "./execute";
import { planTasks, summarizePlan } from "./summarize-plan";
import { OFF_THREAD_SUMMARY_RUNS } from "./summarize-responsive";

describe("execute with a summary worker", () => {
  it("gives the bytes of the in-process summary", async () => {
    const base = loadScenario(libraryText("single-controller"), "library:single-controller");
    const scenario = { ...base, replications: OFF_THREAD_SUMMARY_RUNS, horizon: 2 * 3600 };
    const plan = { scenario, sweep: null };
    const tasks = planTasks(plan);
    expect(tasks.length).toBeGreaterThanOrEqual(OFF_THREAD_SUMMARY_RUNS);
    const outcome = await execute(plan, { workers: 2, shard: null, signal: new AbortController().signal });
    expect(outcome.kind).toBe("experiment");
    const expected = summarizePlan(
      plan,
      tasks.map((task) => runTask(scenario, task)),
    );
    expect(toJson((outcome as { result: typeof expected.result }).result)).toBe(toJson(expected.result));
  });
});
