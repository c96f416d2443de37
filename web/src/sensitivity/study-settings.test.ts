import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "./sensitivity-study";
import { DEFAULT_TEXT, readSettings } from "./study-settings";

describe("the study form's fields", () => {
  it("read as the CLI's defaults: tornado, 10 replications per point, 3 bisection rounds", () => {
    expect(readSettings(DEFAULT_TEXT)).toEqual({ settings: DEFAULT_SETTINGS, problems: {} });
  });

  it("name a bad field with its value and what is allowed (the CLI's limits)", () => {
    const { problems } = readSettings({ ...DEFAULT_TEXT, replications: "1.5", bisect: "21" });
    expect(problems).toEqual({
      replications: 'Replications per point: got "1.5"; allowed: a whole number from 1 to 100000',
      bisect: 'Bisection rounds per flip: got "21"; allowed: a whole number from 0 to 20',
    });
    expect(readSettings({ ...DEFAULT_TEXT, method: "sobol" }).problems.method).toBe(
      'Method: got "sobol"; allowed: tornado, morris',
    );
  });

  it("check only the fields the method uses", () => {
    const morris = readSettings({ ...DEFAULT_TEXT, method: "morris", bisect: "x", trajectories: "4" });
    expect(morris).toEqual({
      settings: { method: "morris", replications: 10, trajectories: 4, bisect: 3 },
      problems: {},
    });
    expect(readSettings({ ...DEFAULT_TEXT, method: "morris", trajectories: "1" }).problems.trajectories).toBe(
      'Morris trajectories: got "1"; allowed: a whole number from 2 to 1000',
    );
    expect(readSettings({ ...DEFAULT_TEXT, trajectories: "x" }).problems).toEqual({});
  });
});
