import { describe, expect, it } from "vitest";
import { ValidationError } from "../../errors";
import { realisticScenario } from "../fixtures/realistic-scenario";
import type { Scenario } from "../scenario-types";
import { validateScenario } from "./validate-scenario";

function issuesOf(input: unknown) {
  try {
    validateScenario(input);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  return [];
}

describe("validateScenario", () => {
  it("accepts the realistic scenario with every preset", () => {
    expect(() => validateScenario(realisticScenario())).not.toThrow();
  });

  it("refuses a stage needing a label no executor has, naming the path, value and labels", () => {
    const s = realisticScenario();
    s.workload.pipeline.stages[1]!.label = "gpu";
    const issues = issuesOf(s);
    expect(issues.length).toBeGreaterThanOrEqual(5); // once per topology
    expect(issues[0]).toMatchObject({ path: "workload.pipeline.stages.1.label", value: '"gpu"' });
    expect(issues[0]!.allowed).toContain("default");
  });

  it("refuses a blocking buffer of capacity 0", () => {
    const s = realisticScenario({
      topologies: [{ preset: "single", overrides: { intake: { capacity: 0, overflow: "block" } } }],
    });
    expect(issuesOf(s)).toEqual([
      expect.objectContaining({ path: "topologies.0.intake.capacity", value: "0" }),
    ]);
  });

  it("refuses a probability of 1.5 and an unknown preset, reporting both at once", () => {
    const s = realisticScenario() as Scenario;
    s.workload.pipeline.stages[1]!.flakyProbability = 1.5;
    (s.topologies[0] as { preset: string }).preset = "multi-master";
    const issues = issuesOf(s);
    expect(issues.map((i) => i.path)).toEqual([
      "workload.pipeline.stages.1.flakyProbability",
      "topologies.0.preset",
    ]);
    expect(issues[0]!.allowed).toBe("a number ≥ 0 ≤ 1");
    expect(issues[1]!.allowed).toContain("resilient-decoupled");
  });

  it("refuses a scenario that would run for ever (event budget)", () => {
    const s = realisticScenario({ horizon: 50 * 365 * 86_400 });
    expect(issuesOf(s)[0]).toMatchObject({ path: "horizon" });
    expect(issuesOf(s)[0]!.allowed).toContain("eventBudget");
  });

  it("refuses non-objects, NaN and negative values with clear messages", () => {
    expect(issuesOf(42)[0]).toMatchObject({ path: "", allowed: "an object" });
    const s = realisticScenario({ seed: Number.NaN, replications: -1 });
    expect(issuesOf(s).map((i) => i.path)).toEqual(["seed", "replications"]);
    const bad = realisticScenario();
    bad.faults.controller!.mttr = -5;
    expect(issuesOf(bad)[0]).toMatchObject({ path: "faults.controller.mttr", value: "-5" });
  });

  it("refuses a bad distribution inside a preset override, naming its field", () => {
    const s = realisticScenario({
      topologies: [
        {
          preset: "single",
          overrides: { controllers: { boot: { kind: "lognormal", median: 60, p95: 30 } } },
        },
      ],
    });
    expect(issuesOf(s)[0]!.path).toBe("topologies.0.controllers.boot.p95");
  });

  it("refuses a dependency on an unknown stage and a chaos target that is not a component", () => {
    const s = realisticScenario();
    s.workload.pipeline.stages[2]!.after = ["compile"];
    s.faults.chaos = [{ at: 10, target: "the-database", kind: "crash" }];
    expect(issuesOf(s).map((i) => i.path)).toEqual([
      "workload.pipeline.stages.2.after.0",
      "faults.chaos.0.target",
    ]);
  });
});
