/**
 * `controllers.load` in whole runs: off (absent or zero) leaves the trace untouched; on, a single
 * controller fails at its base rate × (1 + growth × L / capacity) for its mean load L (Little's L,
 * from the faults-off run), and each boot grows by `bootPerAgent` × agents attached.
 */
import { describe, expect, it } from "vitest";
import { expandTopology } from "../expand-topology";
import { realisticScenario } from "../fixtures/realistic-scenario";
import type { ControllerSpec, Scenario } from "../scenario-types";
import { simulate } from "../simulate";
import { validateScenario } from "../validation/validate-scenario";

const DAY = 86_400;

/** One VM-hosted controller (capacity 20) failing once a day, static agents, as given. */
function scenario(load: ControllerSpec["load"] | undefined, horizonDays = 120): Scenario {
  return validateScenario(
    realisticScenario({
      horizon: horizonDays * DAY,
      warmup: 0,
      faults: { controller: { mtbf: DAY, mttr: 300, modes: { crash: 1 } } },
      topologies: [
        {
          preset: "single",
          overrides: {
            executors: { kind: "static", count: 30 },
            controllers: { capacity: 20, ...(load === undefined ? {} : { load }) },
          },
        },
      ],
    }),
  );
}

const run = (s: Scenario, faultsOn = true) =>
  simulate(s, expandTopology(s.topologies[0]!, 0), 0, { faultsOn });

describe("controller load in a run", () => {
  it("off — absent, or every term zero — gives the identical trace", () => {
    const plain = run(scenario(undefined, 30));
    for (const load of [{}, { failureGrowth: 0, bootPerAgent: 0 }]) {
      const same = run(scenario(load, 30));
      expect(same.fingerprint).toBe(plain.fingerprint);
      expect(JSON.stringify(same)).toBe(JSON.stringify(plain));
    }
  });

  it("fails at base × (1 + growth × L / capacity), L the controller's mean load", () => {
    const growth = 3;
    const L = run(scenario(undefined), false).service.little.L;
    const off = run(scenario(undefined)).incidents.byClass.controller!;
    const on = run(scenario({ failureGrowth: growth })).incidents.byClass.controller!;
    const expected = 1 + (growth * L) / 20;
    expect(expected).toBeGreaterThan(1.5); // the load matters here
    // The ratio of two Poisson counts, within its 99.9 % interval (taken as independent, which
    // over-states it: both runs spend the same drawn budgets).
    const tolerance = 3.29 * expected * Math.sqrt(1 / on + 1 / off);
    expect(Math.abs(on / off - expected)).toBeLessThan(tolerance);
  });

  it("keeps the model's invariants with replicas that adopt a lost one's pipelines", () => {
    const s = validateScenario(
      realisticScenario({
        horizon: 10 * DAY,
        faults: { controller: { mtbf: DAY, mttr: 1800, modes: { crash: 0.7, hang: 0.3 } } },
        topologies: [
          {
            preset: "active-active",
            overrides: { controllers: { capacity: 8, load: { failureGrowth: 5, bootPerAgent: 1 } } },
          },
        ],
      }),
    );
    const result = simulate(s, expandTopology(s.topologies[0]!, 0), 0, { checkInvariants: 3600 });
    expect(result.incidents.byClass.controller).toBeGreaterThan(20); // 3 replicas, ×1 to ×6 a day
  });

  it("boots bootPerAgent × agents attached longer", () => {
    // One scripted crash, nothing else: the outage is the restart (CrashLoopBackOff, boot).
    const crash = (load: ControllerSpec["load"] | undefined) => {
      const s = scenario(load, 2);
      return run({ ...s, faults: { chaos: [{ at: DAY, target: "controller-0", kind: "crash" }] } }).outages
        .duration;
    };
    const plain = crash(undefined);
    const loaded = crash({ bootPerAgent: 2 });
    expect(plain.count).toBe(1);
    expect(loaded.count).toBe(1);
    expect(loaded.max - plain.max).toBeCloseTo(2 * 30, 6); // 30 static agents, all up
  });
});
