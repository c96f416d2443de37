import { loadLibraryScenario } from "@resilab/scenarios";
import { describe, expect, it } from "vitest";
import { customKnob, failureKnobs, topologyKnobs } from "./knobs";
import { MAX_SWEEP_VALUES, parseSweepValues, suggestSweepValues } from "./sweep-values";

const scenario = loadLibraryScenario("default-comparison");
const mttr = failureKnobs("controller")[1]!;
const coverage = topologyKnobs(scenario, 1).find((k) => k.id.endsWith("failover-coverage"))!;
const controllers = topologyKnobs(scenario, 1).find((k) => k.id.endsWith("-controllers"))!;

describe("parseSweepValues", () => {
  it("reads durations, percentages and counts in the knob's unit, sorted without duplicates", () => {
    expect(parseSweepValues(mttr, "1h, 5m,30m, 5m")).toEqual({ ok: true, values: [300, 1800, 3600] });
    expect(parseSweepValues(coverage, "99%, 0.95")).toEqual({ ok: true, values: [0.95, 0.99] });
    expect(parseSweepValues(controllers, "2, 3")).toEqual({ ok: true, values: [2, 3] });
  });

  it("says what is wrong", () => {
    expect(parseSweepValues(mttr, "")).toEqual({ ok: false, error: "give at least one value" });
    expect(parseSweepValues(mttr, "5m, soon")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/"soon" is not/),
    });
    expect(parseSweepValues(controllers, "2.5")).toMatchObject({ ok: false });
    expect(parseSweepValues(controllers, "1")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/outside 2 to 100/),
    });
    const many = Array.from({ length: MAX_SWEEP_VALUES + 1 }, (_, i) => `${i + 2}`).join(",");
    expect(parseSweepValues(controllers, many)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/at most/),
    });
  });
});

describe("values beyond the slider", () => {
  it("accepts the README's executor MTBF sweep (30m is below the slider's range) but no duration of 0", () => {
    const mtbf = failureKnobs("executor")[0]!;
    expect(mtbf.min).toBeGreaterThan(1800);
    expect(parseSweepValues(mtbf, "30m,2h,8h")).toEqual({ ok: true, values: [1800, 7200, 28_800] });
    expect(parseSweepValues(mtbf, "0s")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/more than 0/),
    });
  });

  it("gives a finite example for a custom field, never -Infinity", () => {
    const result = parseSweepValues(customKnob("faults.controller.mttr"), "soon");
    expect(result).toEqual({ ok: false, error: '"soon" is not a value of this knob (e.g. 0.5)' });
  });
});

describe("suggestSweepValues", () => {
  it("suggests values around the current one that parse back", () => {
    const text = suggestSweepValues(mttr, 1800);
    expect(text).toBe("8m, 15m, 30m, 1h, 2h");
    expect(parseSweepValues(mttr, text)).toMatchObject({ ok: true, values: [480, 900, 1800, 3600, 7200] });
    expect(suggestSweepValues(controllers, 2)).toBe("2, 4, 8");
    expect(parseSweepValues(coverage, suggestSweepValues(coverage, 0.95))).toMatchObject({ ok: true });
  });
});

describe("custom parameters", () => {
  it("sweep any numeric field by its dotted path, in sim-core units", () => {
    const knob = customKnob("workload.pipeline.stages.1.flakyProbability");
    expect(knob.path).toEqual(["workload", "pipeline", "stages", 1, "flakyProbability"]);
    expect(knob.read(scenario)).toBe(0.015);
    expect(suggestSweepValues(knob, 0.015)).toBe("0.0075, 0.015, 0.03");
    expect(parseSweepValues(knob, "0.03, 0.001")).toEqual({ ok: true, values: [0.001, 0.03] });
    expect(customKnob("name").read(scenario)).toBeUndefined();
  });
});
