/** The fuzzer's checks must be able to fail: planted defects in a real result are caught. */
import { loadScenario } from "@resilab/scenarios";
import { type ExperimentResult, runExperiment } from "@resilab/sim-core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCase } from "./fuzz-case";
import { validCase } from "./fuzz-cases";
import { resultViolations } from "./result-invariants";

const [sample] = fc.sample(validCase, { numRuns: 1, seed: 7 });
const scenario = loadScenario(sample!.text);
const clean = runExperiment(scenario);
const rules = (result: ExperimentResult) => resultViolations(result, scenario, 2e8).map((v) => v.rule);

function planted(edit: (r: ExperimentResult) => void): ExperimentResult {
  const copy = structuredClone(clean);
  edit(copy);
  return copy;
}

describe("result invariants", () => {
  it("hold on a generated scenario's result", () => {
    expect(rules(clean)).toEqual([]);
  });

  it("catch NaN outside an interval, a fraction above 1, unaccounted pipelines and unordered percentiles", () => {
    expect(rules(planted((r) => (r.runs[0]!.cost.total = Number.NaN)))).toContain("finite numbers");
    expect(rules(planted((r) => (r.runs[0]!.service.availability = 1.01)))).toContain("fractions in [0, 1]");
    expect(rules(planted((r) => (r.runs[0]!.pipelines.triggered += 1)))).toContain(
      "every pipeline accounted for",
    );
    const unordered = planted((r) => {
      const lead = r.runs[0]!.pipelines.leadTime;
      Object.assign(lead, { count: 3, p50: 10, p90: 5, p95: 6, p99: 7, max: 10, mean: 5 });
    });
    expect(rules(unordered)).toContain("percentiles ordered p50 ≤ p90 ≤ p95 ≤ p99");
    const halfNaN = planted((r) => (r.topologies[0]!.metrics.availability.upper = Number.NaN));
    expect(rules(halfNaN)).toContain("an interval is all NaN (no estimate) or has no NaN");
    expect(rules(planted((r) => r.runs.pop()))).toContain("one run per topology × replication");
  });
});

describe("case checks", () => {
  it("fail a valid scenario the loader refuses, and a broken one it accepts", () => {
    const refused = checkCase({ text: sample!.text.replace("version: 1", "version: 2"), mutation: null });
    expect(refused.failures.map((f) => f.check)).toContain("valid scenario refused");
    const accepted = checkCase({
      text: sample!.text,
      mutation: { kind: "planted", path: "", mustFail: true },
    });
    expect(accepted.failures.map((f) => f.check)).toContain("broken scenario accepted");
  });
});
