import { planRuns, runTask } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { createTaskHandler, runJobTask } from "./task-runner";
import { smallScenario } from "./test-scenario";

describe("createTaskHandler", () => {
  const scenario = smallScenario({ replications: 1 });
  const task = planRuns(scenario)[1]!;

  it("answers a task of its job with the same run as runTask", () => {
    const handle = createTaskHandler(() => 0);
    expect(handle({ type: "job", job: 4, context: { scenario, sweep: null } })).toBeNull();
    const reply = handle({ type: "run", job: 4, task });
    expect(reply).toEqual({ type: "result", job: 4, index: 1, run: runTask(scenario, task), ms: 0 });
  });

  it("refuses a task whose job it was not given", () => {
    const handle = createTaskHandler();
    expect(handle({ type: "run", job: 2, task })).toMatchObject({
      type: "failure",
      kind: "defect",
      index: 1,
    });
  });

  it("turns a bad sweep point into a validation failure, not a crash", () => {
    const handle = createTaskHandler();
    const sweep = { parameter: "replications", values: [0] };
    handle({ type: "job", job: 1, context: { scenario, sweep } });
    const reply = handle({ type: "run", job: 1, task: { ...task, point: 0 } });
    expect(reply).toMatchObject({ type: "failure", kind: "validation" });
    expect(() => runJobTask({ scenario, sweep }, task)).toThrow();
  });
});
