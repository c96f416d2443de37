import { describe, expect, it } from "vitest";
import { tryLoadScenario } from "../load/load-scenario";
import { variant } from "../load/test-scenario";

function issuesOf(text: string) {
  const result = tryLoadScenario(text, "demo.yaml");
  if (result.ok) throw new Error("expected the scenario to be rejected");
  return result.error.issues;
}

describe("workload schema: the trigger union", () => {
  it("names a misspelt `kind` key with a did-you-mean, not only 'kind missing' (issue 12)", () => {
    const issues = issuesOf(variant("    - kind: poisson", "    - kiind: poisson"));
    const unknown = issues.find((i) => i.path === "workload.triggers.0.kiind");
    expect(unknown, JSON.stringify(issues)).toMatchObject({
      line: 9,
      column: 7, // at the key
      value: 'unknown key "kiind"',
      hint: 'did you mean "kind"?',
    });
    expect(unknown!.allowed).toContain('"poisson"');
    // The missing discriminator is still reported, at the trigger.
    expect(issues.some((i) => i.path === "workload.triggers.0.kind")).toBe(true);
  });

  it("names no unknown key when kind is merely missing, nor a key far from `kind`", () => {
    const issues = issuesOf(variant("    - kind: poisson", "    - teams: [0]"));
    expect(issues.map((i) => i.path)).toEqual(["workload.triggers.0.kind"]);
  });

  it("still answers a misspelt kind value with a did-you-mean", () => {
    const issues = issuesOf(variant("    - kind: poisson", "    - kind: poison"));
    expect(issues).toMatchObject([{ path: "workload.triggers.0.kind", hint: 'did you mean "poisson"?' }]);
  });
});
