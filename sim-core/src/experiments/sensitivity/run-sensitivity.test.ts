import { describe, expect, it } from "vitest";
import { singleAvailability } from "../../oracles/availability";
import { HOUR, MTBF, singleControllerScenario, TARGET } from "./fixtures/single-controller";
import { runSensitivity } from "./run-sensitivity";
import { studyParameters } from "./study-parameters";

// MTTR 2.5–10 h moves A from 0.976 to 0.909 (and flips the verdict); MTBF 90–125 h only from
// 0.947 to 0.962 (no flip); the toleration of a platform the VM controller does not use, not at all.
const scenario = singleControllerScenario([
  { path: "faults.controller.mtbf", low: 90 * HOUR, high: 125 * HOUR },
  { path: "faults.controller.mttr", factor: [0.5, 2] },
  { path: "shared.platform.toleration", factor: [0.5, 2] },
]);
const { parameters } = studyParameters(scenario);
/** Where the verdict flips in closed form: A(mttr) = TARGET. */
const flipMttr = MTBF * (1 / TARGET - 1);

describe("tornado sensitivity on a closed form (single repairable controller)", () => {
  it("ranks MTTR above MTBF above an unused parameter, with swings matching A = MTBF/(MTBF+MTTR)", async () => {
    const result = await runSensitivity(scenario, parameters, {
      method: "tornado",
      bisect: 0,
      defaultAssumptions: false,
      toolVersion: "test",
    });
    const [os] = result.objectives;
    expect(os!.effects.map((e) => e.parameter)).toEqual([
      "faults.controller.mttr",
      "faults.controller.mtbf",
      "shared.platform.toleration",
    ]);
    const [mttr, mtbf, unused] = os!.effects;
    const swing = (a: number, b: number) => Math.abs(a - b);
    expect(mttr!.swing).toBeCloseTo(swing(singleAvailability(100, 2.5), singleAvailability(100, 10)), 2);
    expect(mtbf!.swing).toBeCloseTo(swing(singleAvailability(90, 5), singleAvailability(125, 5)), 2);
    // Common random numbers: a parameter the model never reads changes nothing at all.
    expect(unused!.swing).toBe(0);
    expect(mtbf!.flip).toBeNull();
    expect(unused!.flip).toBeNull();
    expect(result.ranking[0]).toMatchObject({ parameter: "faults.controller.mttr", flips: 1 });
    // Interpolated from the tornado points: the band where the verdict is unsettled holds the closed form.
    const flip = mttr!.flip!;
    expect(flip).toMatchObject({ toward: "high", from: "met", to: "missed", method: "interpolation" });
    expect(flip.band[0]).toBeLessThanOrEqual(flipMttr);
    expect(flip.band[1]).toBeGreaterThanOrEqual(flipMttr);
    expect(Math.abs(flip.at! - flipMttr) / flipMttr).toBeLessThan(0.05);
  });

  it("bisection narrows the flip of MTTR around the closed form 6.38 h", async () => {
    const result = await runSensitivity(scenario, parameters, {
      method: "tornado",
      bisect: 4,
      defaultAssumptions: false,
      toolVersion: "test",
    });
    const flip = result.objectives[0]!.effects[0]!.flip!;
    expect(flip).toMatchObject({ method: "bisection", from: "met", to: "missed" });
    expect(flip.rounds).toBe(4);
    expect(flip.band[0]).toBeLessThanOrEqual(flipMttr);
    expect(flip.band[1]).toBeGreaterThanOrEqual(flipMttr);
    // The band is where the verdict stays unsettled at 6 replications (about 5.9–7.1 h): bisection
    // sharpens the flip value, only more replications narrow the band.
    expect(flip.band[1] - flip.band[0]).toBeLessThan(1.5 * HOUR);
    expect(Math.abs(flip.at! - flipMttr) / flipMttr).toBeLessThan(0.03);
    expect(result.runs).toBeGreaterThan(7 * scenario.replications);
  });

  it("Morris ranks MTTR first and gives the unused parameter μ* = 0", async () => {
    const result = await runSensitivity(scenario, parameters, {
      method: "morris",
      trajectories: 6,
      defaultAssumptions: false,
      toolVersion: "test",
    });
    const effects = result.objectives[0]!.effects;
    expect(effects[0]!.parameter).toBe("faults.controller.mttr");
    expect(effects.find((e) => e.parameter === "shared.platform.toleration")!.morris!.muStar).toBe(0);
    expect(result.trajectories).toBe(6);
  });

  it("is deterministic: the same study twice gives the same result", async () => {
    const options = { method: "tornado" as const, bisect: 1, defaultAssumptions: false, toolVersion: "t" };
    const a = await runSensitivity(scenario, parameters, options);
    const b = await runSensitivity(scenario, parameters, options);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
