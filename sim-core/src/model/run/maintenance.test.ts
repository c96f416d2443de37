import { describe, expect, it } from "vitest";
import { expandTopology } from "../expand-topology";
import { realisticScenario } from "../fixtures/realistic-scenario";
import type { MaintenanceSpec, Scenario, TopologySpec } from "../scenario-types";
import { simulate } from "../simulate";
import { validateScenario } from "../validation/validate-scenario";
import { nextWindowStart } from "./maintenance";

const HOUR = 3600;
const DAY = 86_400;
const US = 1e6;
const det = (value: number) => ({ kind: "deterministic" as const, value });
const WEEKLY_SUNDAY_2AM: MaintenanceSpec["window"] = { days: [6], from: 2 };

describe("nextWindowStart", () => {
  it("finds the next window start on the calendar (time 0 = Monday 00:00 unless weekStart)", () => {
    expect(nextWindowStart(undefined, 0, 5 * US)).toBe(5 * US);
    expect(nextWindowStart(WEEKLY_SUNDAY_2AM, 0, 0)).toBe((6 * DAY + 2 * HOUR) * US);
    expect(nextWindowStart(WEEKLY_SUNDAY_2AM, 0, 7 * DAY * US)).toBe((13 * DAY + 2 * HOUR) * US);
    // At the window start itself: that start; one second after: next week's.
    const start = (6 * DAY + 2 * HOUR) * US;
    expect(nextWindowStart(WEEKLY_SUNDAY_2AM, 0, start)).toBe(start);
    expect(nextWindowStart(WEEKLY_SUNDAY_2AM, 0, start + US)).toBe(start + 7 * DAY * US);
    // A calendar starting on Sunday 01:00: the first window is an hour in.
    expect(nextWindowStart(WEEKLY_SUNDAY_2AM, 6 * DAY + HOUR, 0)).toBe(HOUR * US);
  });
});

/** No faults; one planned change; deterministic boot 60 s, switch 30 s. */
function planned(topology: TopologySpec, maintenance: MaintenanceSpec, horizon = 15 * DAY): Scenario {
  return validateScenario(
    realisticScenario({
      horizon,
      warmup: 0,
      faults: {},
      maintenance,
      topologies: [topology],
    }),
  );
}

const run = (s: Scenario) => simulate(s, expandTopology(s.topologies[0]!, 0), 0, { checkInvariants: 3600 });
const boot60 = { controllers: { boot: det(60) } };

describe("planned changes", () => {
  it("full restart in the weekly window: one planned outage of one boot, apart from unplanned", () => {
    // every 1 w → the first window after day 7: Sunday 02:00 of week 2 (day 13), inside 15 d.
    const s = planned(
      { preset: "single", overrides: boot60 },
      { window: WEEKLY_SUNDAY_2AM, changes: [{ kind: "plugin-update", every: 7 * DAY }] },
    );
    const r = run(s);
    expect(r.outages.byClass.planned).toMatchObject({ count: 1, max: 60 });
    expect(r.outages.unplanned).toMatchObject({ count: 0, censored: [] });
    expect(r.service.availability).toBeCloseTo(1 - 60 / s.horizon, 9);
    expect(r.service.unplannedAvailability).toBe(1);
    expect(r.incidents.sample.map((i) => [i.componentClass, i.cause, i.at])).toEqual([
      ["planned", "planned", 13 * DAY + 2 * HOUR],
    ]);
  });

  it("rolling on active-passive: the standby first, then a planned failover of the active", () => {
    const s = planned(
      {
        preset: "active-passive",
        overrides: { ...boot60, failover: { detection: 15, coverage: 1, switchTime: det(30) } },
      },
      { changes: [{ kind: "controller-upgrade", every: 5 * DAY, strategy: "rolling" }] },
      8 * DAY,
    );
    const r = run(s);
    // Only the active's restart takes the shard down: detection + switch.
    expect(r.outages.byClass.planned).toMatchObject({ count: 1, max: 45 });
  });

  it("rolling on active-active: a replica at a time, never a shard outage", () => {
    const s = planned(
      { preset: "active-active", overrides: boot60 },
      { changes: [{ kind: "controller-upgrade", every: 5 * DAY, strategy: "rolling" }] },
      8 * DAY,
    );
    expect(run(s).outages.duration.count).toBe(0);
  });

  it("blue-green cuts each shard over in `cutover`, without a boot", () => {
    const s = planned(
      { preset: "single", overrides: boot60 },
      { changes: [{ kind: "controller-upgrade", every: 5 * DAY, strategy: "blue-green", cutover: 20 }] },
      8 * DAY,
    );
    expect(run(s).outages.byClass.planned).toMatchObject({ count: 1, max: 20 });
  });

  it("a node drain restarts each controller pod once, one node at a time", () => {
    const s = planned(
      { preset: "resilient-decoupled", overrides: { ...boot60, platform: { nodes: 5 } } },
      { changes: [{ kind: "node-drain", every: 5 * DAY, duration: 600, maxUnavailable: 1 }] },
      8 * DAY,
    );
    const t = expandTopology(s.topologies[0]!, 0);
    const r = run(s);
    expect(r.outages.byClass.planned).toMatchObject({ count: t.controllers.count, max: 60 });
    // Five nodes, 10 min each: the drain takes 50 min; the outages are 10 min apart.
    expect(r.incidents.sample[0]).toMatchObject({ componentClass: "planned", at: 5 * DAY });
  });

  it("leaves results without maintenance unchanged in shape", () => {
    const s = validateScenario(realisticScenario({ horizon: DAY, topologies: [{ preset: "single" }] }));
    const r = run(s);
    expect(r.outages.unplanned).toBeUndefined();
    expect(r.service.unplannedAvailability).toBeUndefined();
  });

  it("names the field when a change is malformed", () => {
    const bad = (m: unknown) => () => planned({ preset: "single" }, m as MaintenanceSpec);
    expect(bad({ changes: [{ kind: "controller-upgrade", every: DAY, strategy: "blue-green" }] })).toThrow(
      /maintenance\.changes\.0\.cutover/,
    );
    expect(bad({ changes: [{ kind: "kernel-patch", every: DAY }] })).toThrow(/maintenance\.changes\.0\.kind/);
    expect(bad({ window: { days: [7], from: 2 }, changes: [{ kind: "plugin-update", every: DAY }] })).toThrow(
      /maintenance\.window\.days\.0/,
    );
  });
});
