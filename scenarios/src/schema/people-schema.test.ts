import { describe, expect, it } from "vitest";
import { loadScenario, tryLoadScenario } from "../load/load-scenario";
import { variant } from "../load/test-scenario";

const PEOPLE = `people:
  weekStart: sun 03:00
  response: {lognormal: {median: 10m, p95: 30m}}
  schedule:
    - {days: [mon, fri], from: 22, to: 6, response: 5m}
topologies:`;

const withPeople = (people: string) => variant("topologies:", people);

function issuesOf(text: string) {
  const result = tryLoadScenario(text, "demo.yaml");
  if (result.ok) throw new Error("expected the scenario to be rejected");
  return result.error.issues;
}

describe("people", () => {
  it("reads the week start, days and hours into seconds and day numbers", () => {
    const scenario = loadScenario(withPeople(PEOPLE), "demo.yaml");
    expect(scenario.people).toEqual({
      weekStart: 6 * 86_400 + 3 * 3600,
      response: { kind: "lognormal", median: 600, p95: 1800 },
      schedule: [{ days: [0, 4], from: 22, to: 6, response: { kind: "deterministic", value: 300 } }],
    });
  });

  it("names the field, the value and what is allowed, with did-you-mean", () => {
    const text = withPeople(
      PEOPLE.replace("response: {lognormal", "respons: {lognormal")
        .replace("[mon, fri]", "[mon, fry]")
        .replace("from: 22", "from: 25")
        .replace("sun 03:00", "sunday 3am"),
    );
    const issues = issuesOf(text);
    const at = (path: string) => issues.find((i) => i.path === path);
    expect(at("people.respons")?.hint).toBe('did you mean "response"?');
    expect(at("people.schedule.0.days.1")?.allowed).toContain('"fri"');
    expect(at("people.schedule.0.from")?.allowed).toBe("an hour of the day from 0 to 24");
    expect(at("people.weekStart")?.allowed).toContain('"sun 03:00"');
  });

  it("accepts failover.trigger and manualSteps, and repairByMode, with did-you-mean", () => {
    const ok = variant(
      "  - preset: single",
      "  - preset: active-passive\n    overrides:\n      failover: {trigger: manual, manualSteps: 10m}",
    ).replace("    mttr: 30m", "    mttr: 30m\n    repairByMode: {hang: 2m}");
    const scenario = loadScenario(ok, "demo.yaml");
    expect(scenario.topologies[0]!.overrides?.failover).toEqual({
      trigger: "manual",
      manualSteps: { kind: "deterministic", value: 600 },
    });
    expect(scenario.faults.controller?.repairByMode).toEqual({ hang: { kind: "deterministic", value: 120 } });
    const bad = issuesOf(ok.replace("trigger: manual", "trigger: human").replace("{hang: 2m}", "{hnag: 2m}"));
    expect(bad.find((i) => i.path === "topologies.0.overrides.failover.trigger")?.allowed).toBe(
      'one of "automatic", "manual"',
    );
    expect(bad.find((i) => i.path === "faults.controller.repairByMode.hnag")?.hint).toBe(
      'did you mean "hang"?',
    );
  });
});
