import type { ObjectiveVerdict } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { smallResult } from "../run/test-scenario";
import { rowDurationUnit, rowReadings } from "./row-units";

function verdict(mean: number, lower: number, upper: number): ObjectiveVerdict {
  const base = smallResult().verdicts.find((v) => v.objective.metric === "outageDuration")!;
  return { ...base, note: null, estimate: { ...base.estimate, mean, lower, upper } };
}

describe("one unit per row of the verdict table", () => {
  it("picks the unit of the row's largest value, by the reports' rule", () => {
    expect(rowDurationUnit([30, 90]).name).toBe("s");
    expect(rowDurationUnit([30, 600]).name).toBe("min");
    expect(rowDurationUnit([200, 9036]).name).toBe("h");
    expect(rowDurationUnit([Number.NaN, Number.POSITIVE_INFINITY, 3 * 86_400]).name).toBe("d");
  });

  it("prints every duration of a row in the target's unit, or the largest value's without a target", () => {
    const a = verdict(9036, 7000, 11_916); // 2.51 h on its own
    const b = verdict(198.6, 150, 250); // 3.31 min
    const { readings, target } = rowReadings([a, b], "outageDuration", 300);
    expect(target).toBe("5 min");
    expect(readings.get(a)?.interval?.estimate).toBe("151 min");
    expect(readings.get(a)?.interval?.range).toBe("117 to 199 min");
    expect(readings.get(b)?.interval?.estimate).toBe("3.31 min");
    const none = rowReadings([a, b], "outageDuration", 0);
    expect(none.readings.get(b)?.interval?.estimate).toBe("0.0552 h");
    expect(none.target).toBe("0 h");
    const open = verdict(100, 60, Number.POSITIVE_INFINITY);
    expect(rowReadings([open], "outageDuration", 60).readings.get(open)?.interval?.range).toBe("60 s to ∞");
  });

  it("leaves other metrics as the reports format them", () => {
    const v = smallResult().verdicts.find((x) => x.objective.metric === "availability")!;
    expect(v).toBeDefined();
    const { readings, target } = rowReadings([v], "availability", 0.999);
    expect(target).toBeNull();
    expect(readings.get(v)?.interval?.estimate).toMatch(/ %$/);
  });
});
