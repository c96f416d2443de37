import { loadScenario } from "@resilab/scenarios";
import { runSensitivity, studyParameters, validateScenario } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { inProcessEndpoint } from "../run/endpoint";
import { TaskPool } from "../run/task-pool";
import { smallScenario } from "../run/test-scenario";
import { TOOL_VERSION } from "../version";
import {
  DEFAULT_SETTINGS,
  planStudy,
  runStudy,
  StudyCancelled,
  type StudySettings,
} from "./sensitivity-study";
import { STUDY_YAML } from "./test-study";

const settings: StudySettings = { ...DEFAULT_SETTINGS, replications: 4 };

/** The study as the CLI computes it (`resilab sensitivity --replications 4`), straight from sim-core. */
async function direct(text: string, s: StudySettings) {
  const scenario = validateScenario({ ...loadScenario(text), replications: s.replications });
  const { parameters, defaults } = studyParameters(scenario);
  return runSensitivity(scenario, parameters, {
    method: s.method,
    trajectories: s.trajectories,
    bisect: s.bisect,
    defaultAssumptions: defaults,
    toolVersion: TOOL_VERSION,
  });
}

describe("a sensitivity study in the lab", () => {
  it("plans the runs the CLI's --dry-run counts: (2k + 1) points × topologies × replications", () => {
    const plan = planStudy(loadScenario(STUDY_YAML), settings);
    expect(plan.parameters.map((p) => p.name)).toEqual(["faults.controller.mttr", "faults.controller.mtbf"]);
    expect(plan.defaults).toBe(false);
    expect(plan.points).toBe(5);
    expect(plan.runs).toBe(5 * 1 * 4);
    expect(plan.runsPerFlipRound).toBe(4);
    expect(planStudy(loadScenario(STUDY_YAML), { ...settings, bisect: 0 }).runsPerFlipRound).toBe(0);
  });

  it("uses the default set when the scenario lists no assumptions", () => {
    const plan = planStudy(smallScenario(), DEFAULT_SETTINGS);
    expect(plan.defaults).toBe(true);
    expect(plan.scenario.replications).toBe(10);
    expect(plan.parameters[0]!.name).toMatch(/^faults\./);
    expect(plan.points).toBe(2 * plan.parameters.length + 1);
    expect(plan.runs).toBe(plan.points * 3 * 10);
  });

  it("gives the CLI's result, byte for byte, on 1 and on 2 workers (bisection of a flip included)", async () => {
    const expected = await direct(STUDY_YAML, settings);
    // The fixture must exercise a flip and its bisection, or the comparison proves little.
    const flips = expected.objectives.flatMap((o) => o.effects.filter((e) => e.flip !== null));
    expect(flips.length).toBeGreaterThan(0);
    expect(flips[0]!.flip!.method).toBe("bisection");
    expect(expected.runs).toBeGreaterThan(5 * 4);
    for (const size of [1, 2]) {
      const pool = new TaskPool(inProcessEndpoint, { size, terminateAfterMs: 0 });
      const progress: [number, number, number][] = [];
      const plan = planStudy(loadScenario(STUDY_YAML), settings);
      const got = await runStudy(pool, plan, settings, (d, t, r) => progress.push([d, t, r])).result;
      pool.dispose();
      expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
      // Progress counts every run, bisection rounds included, and ends at the total.
      expect(progress.at(-1)).toEqual([expected.runs, expected.runs, expect.any(Number)]);
      expect(progress.at(-1)![2]).toBeGreaterThan(0);
    }
  });

  it("gives the CLI's Morris result too", async () => {
    const morris: StudySettings = { ...settings, method: "morris", trajectories: 2, replications: 2 };
    const expected = await direct(STUDY_YAML, morris);
    const pool = new TaskPool(inProcessEndpoint, { size: 2, terminateAfterMs: 0 });
    const got = await runStudy(pool, planStudy(loadScenario(STUDY_YAML), morris), morris).result;
    pool.dispose();
    expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
    expect(got.objectives[0]!.effects[0]!.morris).not.toBeNull();
  });

  it("stops on Cancel: rejects with StudyCancelled and leaves no worker busy", async () => {
    const pool = new TaskPool(inProcessEndpoint, { size: 2, terminateAfterMs: 0 });
    let cancelAt: (() => void) | null = null;
    const run = runStudy(pool, planStudy(loadScenario(STUDY_YAML), settings), settings, (done) => {
      if (done === 3) cancelAt?.();
    });
    cancelAt = run.cancel;
    await expect(run.result).rejects.toBeInstanceOf(StudyCancelled);
    expect(pool.busyCount()).toBe(0);
    // The pool takes the next study at once.
    const again = await runStudy(pool, planStudy(loadScenario(STUDY_YAML), { ...settings, bisect: 0 }), {
      ...settings,
      bisect: 0,
    }).result;
    expect(again.runs).toBe(20);
    pool.dispose();
  });
});
