import { loadScenario } from "@resilab/scenarios";
import {
  runAtPoint,
  runTask,
  scenarioWithValues,
  studyParameters,
  validateScenario,
} from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { createTaskHandler } from "../run/task-runner";
import { STUDY_YAML } from "./test-study";

describe("a simulation worker's task at a sensitivity point", () => {
  it("is the CLI's runJob: the scenario at the point's values, run without the faults-off twin", () => {
    const scenario = validateScenario({ ...loadScenario(STUDY_YAML), replications: 2 });
    const { parameters } = studyParameters(scenario);
    const values = [
      [1800, 604_800],
      [5400, 604_800],
    ];
    const handle = createTaskHandler(() => 0);
    handle({ type: "job", job: 1, context: { scenario, sweep: null, points: { parameters, values } } });
    const task = { index: 0, point: 1, topology: 0, replication: 1 };
    const reply = handle({ type: "run", job: 1, task });
    const at = scenarioWithValues(scenario, parameters, values[1]!);
    expect(reply).toEqual({ type: "result", job: 1, index: 0, run: runAtPoint(at, task), ms: 0 });
    // Not the base scenario's run, and not runTask's (which adds the twin's failure delay).
    if (reply?.type !== "result") throw new Error("no result");
    expect(reply.run).not.toEqual(runAtPoint(scenario, task));
    expect(reply.run.pipelines.failureDelay).toBeNull();
    expect(runTask(at, task).pipelines.failureDelay).not.toBeNull();
  });
});
