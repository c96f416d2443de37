import { parseTimestamp } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { optionProblemText, readFitOptions } from "./fit-options";

const empty = { windowStart: "", windowEnd: "", classMap: "", components: "" };

describe("readFitOptions", () => {
  it("leaves everything at its default when the fields are empty", () => {
    expect(readFitOptions(empty)).toEqual({ options: { classMap: [], components: [] }, problems: [] });
  });

  it("reads the window, class map and components with the CLI's syntax", () => {
    const { options, problems } = readFitOptions({
      windowStart: " 2025-06-01T00:00:00Z ",
      windowEnd: "2026-06-01",
      classMap: "Jenkins Prod=controller\nBuild Agents = executor ; a=b=control-plane",
      components: "executor=20, store = 1\ncontroller=2",
    });
    expect(problems).toEqual([]);
    expect(options.windowStart).toBe(parseTimestamp("2025-06-01T00:00:00Z"));
    expect(options.windowEnd).toBe(parseTimestamp("2026-06-01T00:00:00Z"));
    expect(options.classMap).toEqual([
      ["jenkins prod", "controller"],
      ["build agents", "executor"],
      // The last "=" splits: names in an export may contain "=".
      ["a=b", "controlPlane"],
    ]);
    expect(options.components).toEqual([
      ["executor", 20],
      ["store", 1],
      ["controller", 2],
    ]);
  });

  it("lists every problem with the field, the value and what is allowed", () => {
    const { problems } = readFitOptions({
      windowStart: "2026-13-01",
      windowEnd: "yesterday",
      classMap: "Jenkins Prod=jenkins\n=controller\nno equals sign",
      components: "executor=0, widgets=3, store=x",
    });
    expect(problems.map((p) => [p.field, p.value])).toEqual([
      ["windowStart", "2026-13-01"],
      ["windowEnd", "yesterday"],
      ["classMap", "Jenkins Prod=jenkins"],
      ["classMap", "=controller"],
      ["classMap", "no equals sign"],
      ["components", "executor=0"],
      ["components", "widgets=3"],
      ["components", "store=x"],
    ]);
    expect(optionProblemText(problems[0]!)).toMatch(
      /^Observation start: got "2026-13-01"; allowed: an ISO 8601 time/,
    );
    expect(problems[2]!.allowed).toMatch(/fault class: controller, executor/);
    expect(problems[5]!.allowed).toMatch(/count ≥ 1/);
  });

  it("refuses a window whose end is not after its start", () => {
    const { problems } = readFitOptions({ ...empty, windowStart: "2026-01-02", windowEnd: "2026-01-01" });
    expect(problems).toEqual([
      { field: "windowEnd", value: "2026-01-01", allowed: "a time after the observation start" },
    ]);
  });
});
