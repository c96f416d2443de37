import { describe, expect, it } from "vitest";
import { HOUR, MTBF, singleControllerScenario } from "../sensitivity/fixtures/single-controller";
import { studyParameters } from "../sensitivity/study-parameters";
import { drawParameters } from "./parameter-draws";
import { runUncertainty } from "./run-uncertainty";
import { decomposeVariance } from "./variance-decomposition";

// MTTR uncertain, uniform on 2.5–10 h: the availability averaged over it is, in closed form,
// E[MTBF / (MTBF + M)] = MTBF / (b − a) · ln((MTBF + b) / (MTBF + a)).
const a = 2.5 * HOUR;
const b = 10 * HOUR;
const averaged = (MTBF / (b - a)) * Math.log((MTBF + b) / (MTBF + a));
const scenario = singleControllerScenario([{ path: "faults.controller.mttr", low: a, high: b }], 4);
const { parameters } = studyParameters(scenario);

describe("uncertainty runs on a closed form (single repairable controller, uncertain MTTR)", () => {
  const result = runUncertainty(scenario, parameters, { draws: 24, toolVersion: "test" });
  const [v] = result.verdicts;

  it("gives a total interval wider than the noise-only one that covers the closed form averaged over the range", () => {
    expect(v!.total.upper - v!.total.lower).toBeGreaterThan(2 * (v!.base.upper - v!.base.lower));
    expect(v!.total.lower).toBeLessThan(averaged);
    expect(v!.total.upper).toBeGreaterThan(averaged);
    // The mean over draws estimates that average; its t interval covers it.
    expect(v!.total.meanLower).toBeLessThanOrEqual(averaged);
    expect(v!.total.meanUpper).toBeGreaterThanOrEqual(averaged);
  });

  it("attributes most of the variance to the parameter, and judges on the total interval", () => {
    expect(v!.total.parameterShare).toBeGreaterThan(0.8);
    expect(v!.total.parameters + Math.min(v!.total.noise, v!.total.total)).toBeCloseTo(v!.total.total, 12);
    // A(M) ≥ 94 % for M ≤ 6.38 h: about half of the range meets it, so the verdict is open.
    expect(v!.verdict).toBe("inconclusive");
    expect(v!.probabilityMet).toBeGreaterThan(0.3);
    expect(v!.probabilityMet).toBeLessThan(0.7);
    expect(v!.base.verdict).toBe("met");
  });

  it("draws a Latin hypercube: one draw in each of the equally likely strata", () => {
    const draws = drawParameters(parameters, 24, 9).map((d) => d[0]!);
    const strata = draws.map((x) => Math.floor(((x - a) / (b - a)) * 24)).sort((p, q) => p - q);
    expect(strata).toEqual(Array.from({ length: 24 }, (_, i) => i));
    expect(drawParameters(parameters, 24, 9)).toEqual(drawParameters(parameters, 24, 9));
  });
});

describe("two-level variance decomposition", () => {
  it("splits the variance of the estimates into parameters and noise", () => {
    // Spread 1 between draws, each estimate ± 1.96 (noise variance 1 each): total = var(values).
    const values = [0, 2, 4, 6];
    const d = decomposeVariance(
      values,
      values.map((x) => x - 1.959963984540054),
      values.map((x) => x + 1.959963984540054),
    );
    expect(d.total).toBeCloseTo(20 / 3, 12);
    expect(d.noise).toBeCloseTo(1, 12);
    expect(d.parameters).toBeCloseTo(20 / 3 - 1, 12);
    expect(d.parameterShare).toBeCloseTo((20 / 3 - 1) / (20 / 3), 12);
    // All noise: identical estimates leave nothing to the parameters.
    expect(decomposeVariance([1, 1, 1], [0, 0, 0], [2, 2, 2]).parameterShare).toBe(0);
  });
});
