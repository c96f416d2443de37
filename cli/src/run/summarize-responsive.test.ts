import { toJson } from "@resilab/reports";
import { libraryText, loadScenario } from "@resilab/scenarios";
import { runTask } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { InterruptedError } from "../errors";
import { planTasks, summarizePlan } from "./summarize-plan";
import { summarizeResponsive } from "./summarize-responsive";

const base = loadScenario(libraryText("default-comparison"), "library:default-comparison");
const plan = { scenario: { ...base, replications: 2, horizon: 6 * 3600 }, sweep: null };
const runs = planTasks(plan).map((task) => runTask(plan.scenario, task));

describe("summarizeResponsive", () => {
  it("off the main thread gives the very bytes of the main-thread summary", async () => {
    const here = summarizePlan(plan, runs);
    const there = await summarizeResponsive(plan, runs, new AbortController().signal, 1);
    expect(there.kind).toBe("experiment");
    expect(toJson(there.result)).toBe(toJson(here.result));
  });

  it("answers Ctrl-C while the worker thread summarizes", async () => {
    const abort = new AbortController();
    const pending = summarizeResponsive(plan, runs, abort.signal, 1);
    // Starting the worker (TypeScript loader) alone takes longer than this.
    setTimeout(() => abort.abort(), 100);
    await expect(pending).rejects.toThrow(InterruptedError);
  });
});
