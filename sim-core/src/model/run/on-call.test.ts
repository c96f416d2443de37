import { describe, expect, it } from "vitest";
import { expandTopology } from "../expand-topology";
import { realisticScenario } from "../fixtures/realistic-scenario";
import type { PeopleSpec, Scenario, TopologySpec } from "../scenario-types";
import { simulate } from "../simulate";
import { validateScenario } from "../validation/validate-scenario";
import { shiftCovers, WEEK_SECONDS, weekPosition } from "./on-call";

const HOUR = 3600;
const US = 1e6;
const det = (value: number) => ({ kind: "deterministic" as const, value });

/** Day shift (Mon–Fri 9–17) answers in 2 min, a night shift (Mon–Fri 22–06) in 20 min, else 30 min. */
const PEOPLE: PeopleSpec = {
  response: det(1800),
  schedule: [
    { days: [0, 1, 2, 3, 4], from: 9, to: 17, response: det(120) },
    { days: [0, 1, 2, 3, 4], from: 22, to: 6, response: det(1200) },
  ],
};

describe("weekPosition and shiftCovers", () => {
  it("puts simulation time 0 on Monday 00:00 unless weekStart says otherwise", () => {
    expect(weekPosition(0, 0)).toEqual({ day: 0, hour: 0 });
    expect(weekPosition(0, 38 * HOUR * US)).toEqual({ day: 1, hour: 14 });
    expect(weekPosition(0, (6 * 24 + 3) * HOUR * US)).toEqual({ day: 6, hour: 3 });
    // Sunday 03:00 start: 1 h later is Sunday 04:00; 21 h later it is Monday 00:00 again.
    const sunday3 = (6 * 24 + 3) * HOUR;
    expect(weekPosition(sunday3, HOUR * US)).toEqual({ day: 6, hour: 4 });
    expect(weekPosition(sunday3, 21 * HOUR * US)).toEqual({ day: 0, hour: 0 });
    expect(weekPosition(0, (WEEK_SECONDS + 30 * 60) * US)).toEqual({ day: 0, hour: 0.5 });
  });

  it("runs a shift past midnight into the next day, on the day it started", () => {
    const night = PEOPLE.schedule![1]!;
    expect(shiftCovers(night, 0, 23)).toBe(true); // Monday 23:00
    expect(shiftCovers(night, 1, 5.5)).toBe(true); // Tuesday 05:30, Monday's night
    expect(shiftCovers(night, 1, 6)).toBe(false);
    expect(shiftCovers(night, 5, 3)).toBe(true); // Saturday 03:00, Friday's night
    expect(shiftCovers(night, 6, 3)).toBe(false); // Sunday 03:00: nobody started a shift on Saturday
    expect(shiftCovers(PEOPLE.schedule![0]!, 2, 17)).toBe(false); // the end is exclusive
  });
});

/**
 * One active-passive pair, no stochastic faults; its primary's machine is lost at `at` seconds
 * for 4 h. Switch 60 s, detection 15 s, deterministic.
 */
function failoverScenario(
  at: number,
  failover: NonNullable<TopologySpec["overrides"]>["failover"],
  people?: PeopleSpec,
): Scenario {
  return validateScenario(
    realisticScenario({
      horizon: 8 * 24 * HOUR,
      warmup: 0,
      faults: { chaos: [{ at, target: "controller-0", kind: "down", duration: 4 * HOUR }] },
      ...(people === undefined ? {} : { people }),
      topologies: [
        {
          preset: "active-passive",
          overrides: { failover: { detection: 15, coverage: 1, switchTime: det(60), ...failover } },
        },
      ],
    }),
  );
}

const outageOf = (s: Scenario) => {
  const r = simulate(s, expandTopology(s.topologies[0]!, 0), 0);
  expect(r.outages.duration.count).toBe(1);
  return r.outages.duration.max;
};

describe("manual failover", () => {
  const manual = { trigger: "manual" as const, manualSteps: det(600) };

  it("waits for the responder on duty at detection, then the runbook, then the switch", () => {
    // Tuesday 14:00 → day shift: 15 s + 120 s + 600 s + 60 s.
    expect(outageOf(failoverScenario(38 * HOUR, manual, PEOPLE))).toBeCloseTo(795, 3);
    // Tuesday 03:00 → Monday's night shift: 15 + 1200 + 600 + 60.
    expect(outageOf(failoverScenario(27 * HOUR, manual, PEOPLE))).toBeCloseTo(1875, 3);
    // Sunday 03:00 → no shift: the default response, 15 + 1800 + 600 + 60.
    expect(outageOf(failoverScenario((6 * 24 + 3) * HOUR, manual, PEOPLE))).toBeCloseTo(2475, 3);
    // weekStart shifts the calendar: start on Sunday 00:00, fail 14 h later (Sunday 14:00).
    const sunday = { ...PEOPLE, weekStart: 6 * 24 * HOUR };
    expect(outageOf(failoverScenario(14 * HOUR, manual, sunday))).toBeCloseTo(2475, 3);
  });

  it("is independent of the time of the week when automatic", () => {
    for (const at of [38 * HOUR, (6 * 24 + 3) * HOUR])
      expect(outageOf(failoverScenario(at, {}, PEOPLE))).toBeCloseTo(75, 3);
  });
});

describe("crew repairs with people", () => {
  /** A single VM controller repaired by hand (`restart: manual`), crashed by chaos at `at`. */
  const repairScenario = (at: number, people?: PeopleSpec) =>
    validateScenario(
      realisticScenario({
        horizon: 8 * 24 * HOUR,
        warmup: 0,
        faults: {
          controller: { mtbf: 1e12, mttr: 1800, repair: det(1800) },
          chaos: [{ at, target: "controller-0", kind: "crash" }],
        },
        ...(people === undefined ? {} : { people }),
        topologies: [{ preset: "single", overrides: { controllers: { restart: "manual", boot: det(30) } } }],
      }),
    );

  it("start only when the responder is at the keyboard; without people, at once", () => {
    expect(outageOf(repairScenario(38 * HOUR))).toBeCloseTo(1830, 3);
    expect(outageOf(repairScenario(38 * HOUR, PEOPLE))).toBeCloseTo(120 + 1830, 3);
    expect(outageOf(repairScenario((6 * 24 + 3) * HOUR, PEOPLE))).toBeCloseTo(1800 + 1830, 3);
  });

  it("use the repair time of the failure mode when repairByMode names it", () => {
    const s = repairScenario(38 * HOUR);
    const hangs: Scenario = {
      ...s,
      faults: {
        controller: {
          mtbf: 5 * 86_400,
          mttr: 1800,
          repair: det(1800),
          modes: { hang: 1 },
          repairByMode: { hang: det(300) },
        },
      },
    };
    const r = simulate(validateScenario(hangs), expandTopology(hangs.topologies[0]!, 0), 0);
    // Every hang: liveness detection (5 × 10 s, phase in [40, 50] s) + 300 s + 30 s boot.
    expect(r.outages.duration.count).toBeGreaterThan(0);
    expect(r.outages.duration.max).toBeLessThanOrEqual(50 + 330 + 1e-6);
    expect(r.outages.duration.p50).toBeGreaterThanOrEqual(40 + 330 - 1);
  });

  it("reject a shift hour outside 0–24 and a day outside 0–6, naming the field", () => {
    const bad = { ...PEOPLE, schedule: [{ days: [7], from: 9, to: 25, response: det(1) }] };
    expect(() => repairScenario(0, bad)).toThrow(/people\.schedule\.0\.days\.0/);
    expect(() => repairScenario(0, bad)).toThrow(/people\.schedule\.0\.to/);
  });
});
