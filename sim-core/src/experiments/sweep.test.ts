import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors";
import { realisticScenario } from "../model/fixtures/realistic-scenario";
import { validateScenario } from "../model/validation/validate-scenario";
import { runTask } from "./run-task";
import { planSweep, scenarioAtPoint, summarizeSweep } from "./sweep";

const base = validateScenario(
  realisticScenario({
    horizon: 3 * 86_400,
    replications: 2,
    topologies: [{ preset: "resilient-decoupled" }],
    slo: [{ metric: "availability", op: ">=", target: 0.9 }],
  }),
);

describe("sweeps", () => {
  it("sets any numeric field, creating override objects as needed", () => {
    const sweep = { parameter: "topologies.0.overrides.controllers.count", values: [2, 5] };
    expect(scenarioAtPoint(base, sweep, 1).topologies[0]!.overrides!.controllers!.count).toBe(5);
    expect(
      scenarioAtPoint(base, { parameter: "faults.controller.mttr", values: [60] }, 0).faults.controller!.mttr,
    ).toBe(60);
  });

  it("refuses paths that do not exist, non-numeric fields and values that break the scenario", () => {
    expect(() => scenarioAtPoint(base, { parameter: "faults.disk.mttr", values: [1] }, 0)).toThrow(
      ValidationError,
    );
    expect(() => scenarioAtPoint(base, { parameter: "name", values: [1] }, 0)).toThrow(/numeric field/);
    expect(() => scenarioAtPoint(base, { parameter: "__proto__.x", values: [1] }, 0)).toThrow(
      ValidationError,
    );
    expect(() => scenarioAtPoint(base, { parameter: "faults.controller.mttr", values: [-1] }, 0)).toThrow(
      /faults.controller.mttr/,
    );
  });

  it("plans points × topologies × replications and finds the cheapest design meeting the objectives", () => {
    const sweep = { parameter: "topologies.0.overrides.controllers.count", values: [2, 4] };
    const tasks = planSweep(base, sweep);
    expect(tasks.map((t) => [t.index, t.point, t.replication])).toEqual([
      [0, 0, 0],
      [1, 0, 1],
      [2, 1, 0],
      [3, 1, 1],
    ]);
    const runs = tasks.map((t) => ({
      point: t.point,
      run: runTask(scenarioAtPoint(base, sweep, t.point), t),
    }));
    const result = summarizeSweep(base, sweep, runs, "test");
    expect(result.points).toHaveLength(2);
    expect(result.cheapest).not.toBeNull();
    const costs = result.points.map((p) => p.result.topologies[0]!.metrics.cost.mean);
    expect(costs[0]).toBeLessThan(costs[1]!);
    expect(result.cheapest!.value).toBe(2);
  });
});
