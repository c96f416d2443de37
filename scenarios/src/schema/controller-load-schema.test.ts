import { describe, expect, it } from "vitest";
import { loadScenario, tryLoadScenario } from "../load/load-scenario";
import { variant } from "../load/test-scenario";

const withLoad = (load: string) => variant("        count: 4", `        count: 4\n        load: ${load}`);

function issuesOf(text: string) {
  const result = tryLoadScenario(text, "demo.yaml");
  if (result.ok) throw new Error("expected the scenario to be rejected");
  return result.error.issues;
}

describe("controllers.load", () => {
  it("reads the failure growth and the boot per agent (a duration, in seconds)", () => {
    const scenario = loadScenario(withLoad("{failureGrowth: 2, bootPerAgent: 500ms}"), "demo.yaml");
    expect(scenario.topologies[1]!.overrides?.controllers?.load).toEqual({
      failureGrowth: 2,
      bootPerAgent: 0.5,
    });
  });

  it("names the field, the value and what is allowed, with did-you-mean", () => {
    const typo = issuesOf(withLoad("{failureGrowt: 2}"));
    expect(typo.find((i) => i.path === "topologies.1.overrides.controllers.load.failureGrowt")?.hint).toBe(
      'did you mean "failureGrowth"?',
    );
    const negative = issuesOf(withLoad("{failureGrowth: -1}"));
    expect(
      negative.find((i) => i.path === "topologies.1.overrides.controllers.load.failureGrowth")?.allowed,
    ).toBe("a number ≥ 0");
    const huge = issuesOf(withLoad("{failureGrowth: 1000, bootPerAgent: 2h}"));
    const at = (field: string) => huge.find((i) => i.path.endsWith(`controllers.load.${field}`));
    expect(at("failureGrowth")?.allowed).toBe("a number ≥ 0 ≤ 100");
    expect(at("bootPerAgent")?.allowed).toBe("a number ≥ 0 ≤ 3600");
  });
});
