import { describe, expect, it } from "vitest";
import { tryLoadScenario } from "../load/load-scenario";
import { VALID_SCENARIO } from "../load/test-scenario";

const withAssumptions = (block: string) => `${VALID_SCENARIO}assumptions:\n${block}`;

describe("the assumptions block", () => {
  it("converts human values like the fields they set", () => {
    const result = tryLoadScenario(
      withAssumptions(
        [
          "  - { path: faults.controller.mttr, low: 15m, high: 2h }",
          "  - { path: shared.platform.toleration, factor: [0.5, 2], distribution: log-uniform, name: toleration }",
          "  - { path: workload.pipeline.stages.1.flakyProbability, low: 0.5%, high: 5% }",
        ].join("\n"),
      ),
    );
    if (!result.ok) throw result.error;
    expect(result.scenario.assumptions).toEqual([
      { path: "faults.controller.mttr", low: 900, high: 7200 },
      {
        path: "shared.platform.toleration",
        factor: [0.5, 2],
        distribution: "log-uniform",
        name: "toleration",
      },
      { path: "workload.pipeline.stages.1.flakyProbability", low: 0.005, high: 0.05 },
    ]);
  });

  it("reports an unknown path at its line and column with a did-you-mean, and a bad range", () => {
    const text = withAssumptions(
      [
        "  - path: faults.controler.mttr",
        "    factor: [0.5, 2]",
        "  - { path: faults.controller.mttr, low: 2h, high: 1h }",
      ].join("\n"),
    );
    const result = tryLoadScenario(text, "demo.yaml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = text.split("\n");
    const [unknown, range] = result.error.issues;
    expect(unknown).toMatchObject({
      path: "assumptions.0.path",
      line: lines.indexOf("  - path: faults.controler.mttr") + 1,
      value: '"faults.controler.mttr"',
      hint: "did you mean faults.controller.mttr?",
    });
    expect(range).toMatchObject({ path: "assumptions.1.low", allowed: expect.stringMatching(/low ≤ high/) });
    expect(result.error.message).toMatch(/demo\.yaml:\d+:\d+: assumptions\.0\.path/);
  });

  it("refuses unknown keys and values that are not numbers in any unit", () => {
    const result = tryLoadScenario(
      withAssumptions("  - { path: faults.controller.mttr, lo: 1m, high: soon }"),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.error.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["assumptions.0.lo", "assumptions.0.high"]));
    expect(result.error.issues.find((i) => i.path === "assumptions.0.lo")!.hint).toBe('did you mean "low"?');
  });
});
