/**
 * A run of OFF_THREAD_SUMMARY_RUNS tasks or more streams each result to the summary worker, which
 * summarizes it in task order and spools it to disk; nobody keeps the runs. The files it writes
 * must be the very bytes of the plain path, and `check`'s per-replication values the same.
 */
import { existsSync } from "node:fs";
import { runsJsonl, toJson } from "@resilab/reports";
import { libraryText, loadScenario } from "@resilab/scenarios";
import { runTask } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { valuesFromRuns } from "../baseline/gate-sample";
import { disposeOutcome, execute } from "./execute";
import { resultJsonChunks, streamedFiles } from "./outputs";
import { planTasks, summarizePlan } from "./summarize-plan";
import { OFF_THREAD_SUMMARY_RUNS } from "./summarize-responsive";

describe("execute with a summary worker", () => {
  it("writes the bytes of the in-process summary, keeping only replication 0's runs in memory", async () => {
    const base = loadScenario(libraryText("single-controller"), "library:single-controller");
    const scenario = { ...base, replications: OFF_THREAD_SUMMARY_RUNS, horizon: 2 * 3600 };
    const plan = { scenario, sweep: null };
    const tasks = planTasks(plan);
    expect(tasks.length).toBeGreaterThanOrEqual(OFF_THREAD_SUMMARY_RUNS);
    const outcome = await execute(plan, {
      workers: 2,
      shard: null,
      signal: new AbortController().signal,
      gateValues: true,
    });
    if (outcome.kind !== "experiment") throw new Error(`expected an experiment, got ${outcome.kind}`);
    try {
      const runs = tasks.map((task) => runTask(scenario, task));
      const expected = summarizePlan(plan, runs);
      if (expected.kind !== "experiment") throw new Error("expected an experiment");
      expect(outcome.result.runs.map((r) => r.replication)).toEqual(scenario.topologies.map(() => 0));
      expect([...resultJsonChunks(outcome)].join("")).toBe(toJson(expected.result));
      const files = streamedFiles(outcome, "fail");
      const jsonl = files.find((f) => f.name === "runs.jsonl")!;
      expect([...jsonl.chunks()].join("")).toBe(runsJsonl(expected.result));
      const topologies = expected.result.topologies.map((t) => t.topology);
      expect(outcome.gateValues).toEqual(valuesFromRuns(expected.result.runs, topologies));
    } finally {
      disposeOutcome(outcome);
    }
    expect(existsSync(outcome.spool!.dir)).toBe(false);
  });
});
