import { describe, expect, it } from "vitest";
import { ValidationError } from "../../errors";
import { realisticScenario } from "../../model/fixtures/realistic-scenario";
import { validateScenario } from "../../model/validation/validate-scenario";
import { defaultAssumptions } from "./default-assumptions";
import { scenarioWithValues } from "./parameter-values";
import { resolveAssumptions } from "./resolve-assumptions";

const base = validateScenario(
  realisticScenario({
    topologies: [{ preset: "active-passive" }, { preset: "resilient-decoupled" }],
    slo: [{ metric: "availability", op: ">=", target: 0.9 }],
  }),
);

function issuesOf(f: () => unknown) {
  try {
    f();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error("no error");
}

describe("assumptions", () => {
  it("resolves numbers, factors and preset values the file does not write", () => {
    const [mttr, detection, pod] = resolveAssumptions(base, [
      { path: "faults.controller.mttr", low: 600, high: 7200 },
      { path: "shared.failover.detection", factor: [0.5, 2] },
      { path: "shared.executors.startup.podStart", factor: [0.5, 2], distribution: "log-uniform" },
    ]);
    expect(mttr).toMatchObject({ kind: "value", low: 600, high: 7200, draw: "uniform" });
    expect(detection).toMatchObject({ kind: "value", base: 15, low: 7.5, high: 30 });
    expect(pod).toMatchObject({ kind: "scale", base: 1, low: 0.5, high: 2, draw: "log-uniform" });
    const moved = scenarioWithValues(base, [detection!, pod!], [30, 2]);
    expect(moved.shared?.failover?.detection).toBe(30);
    expect(moved.shared?.executors?.startup?.podStart).toEqual({ kind: "uniform", min: 2, max: 10 });
    // At base nothing is written: the scenario is the very one given.
    expect(scenarioWithValues(base, [detection!, pod!], [15, 1])).toBe(base);
  });

  it("names the field, the value and a did-you-mean for unknown paths, and checks ranges", () => {
    const issues = issuesOf(() =>
      resolveAssumptions(base, [
        { path: "faults.controler.mttr", low: 1, high: 2 },
        { path: "shared.failover.detecton", factor: [0.5, 2] },
        { path: "fautls.controller.mttr", low: 1, high: 2 },
        { path: "faults.controller.mttr", low: 9, high: 2 },
        { path: "shared.executors.startup.podStart", low: 1, high: 2 },
        { path: "horizon", low: 1, high: 2 },
      ]),
    );
    expect(issues.map((i) => i.path)).toEqual([
      "assumptions.0.path",
      "assumptions.1.path",
      "assumptions.2.path",
      "assumptions.3.low",
      "assumptions.4.factor",
      "assumptions.5.path",
    ]);
    expect(issues[0]!.hint).toBe("did you mean faults.controller.mttr?");
    expect(issues[1]!.hint).toBe("did you mean shared.failover.detection?");
    expect(issues[2]!.hint).toBe("did you mean faults.controller.mttr?");
    expect(issues[4]!.allowed).toMatch(/distribution/);
  });

  it("refuses a shared preset value the topologies disagree on", () => {
    const s = validateScenario({ ...base, topologies: [{ preset: "single" }, { preset: "cloud-native" }] });
    const [issue] = issuesOf(() =>
      resolveAssumptions(s, [{ path: "shared.controllers.boot", factor: [0.5, 2] }]),
    );
    expect(issue).toMatchObject({
      path: "assumptions.0.path",
      allowed: "a shared value the topologies agree on",
    });
    expect(issue!.hint).toMatch(/topologies.<i>.overrides/);
    const [own] = resolveAssumptions(s, [
      { path: "topologies.1.overrides.controllers.boot", factor: [0.5, 2] },
    ]);
    expect(own).toMatchObject({ kind: "scale", base: 1 });
  });

  it("refuses an mttr the model ignores because the class gives its repair distribution", () => {
    const s = validateScenario({
      ...base,
      faults: {
        ...base.faults,
        zone: { mtbf: 1e7, mttr: 3600, repair: { kind: "uniform", min: 3600, max: 7200 } },
      },
    });
    const [issue] = issuesOf(() => resolveAssumptions(s, [{ path: "faults.zone.mttr", factor: [0.5, 2] }]));
    expect(issue!.hint).toBe("use path faults.zone.repair with factor: [0.5, 2]");
  });

  it("defaults to every fault class's mtbf and mttr, then platform timings, at 0.5×–2×", () => {
    const specs = defaultAssumptions(base);
    const paths = specs.map((s) => s.path);
    expect(paths.slice(0, 2)).toEqual(["faults.controller.mtbf", "faults.controller.mttr"]);
    expect(paths).toContain("shared.failover.detection");
    expect(paths).toContain("shared.executors.startup.podStart");
    expect(specs.every((s) => s.factor![0] === 0.5 && s.factor![1] === 2)).toBe(true);
    expect(() => resolveAssumptions(base, specs)).not.toThrow();
  });
});
