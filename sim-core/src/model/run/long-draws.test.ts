import { describe, expect, it } from "vitest";
import { expandTopology } from "../expand-topology";
import { realisticScenario } from "../fixtures/realistic-scenario";
import { simulate } from "../simulate";
import { validateScenario } from "../validation/validate-scenario";
import { MAX_DRAW } from "./context";

describe("draws of heavy-tailed delays", () => {
  it("never leave the kernel's time range: a valid scenario whose draws have a far tail runs to the end", () => {
    // Operating-clock failures with a lognormal time to failure, median 8.5 s, σ = 8: its mean
    // (≈ 6.7 × 10¹⁴ s) is within bounds, but about 1 draw in 200 is beyond 2⁵³ µs ≈ 285 years,
    // which the kernel cannot schedule; the clock schedules the draw as soon as the agent works.
    // 100 busy agents draw until each one's draw outlasts the day: several such draws.
    const s = validateScenario(
      realisticScenario({
        horizon: 86_400,
        warmup: 0,
        workload: {
          teams: 4,
          triggers: [{ kind: "poisson", ratePerHour: 5000 }],
          pipeline: { stages: [{ name: "build", duration: { kind: "exponential", mean: 60 } }] },
        },
        faults: {
          executor: {
            mtbf: 600,
            mttr: 1,
            clock: "operating",
            timeToFailure: { kind: "lognormal", mu: Math.log(8.5), sigma: 8 },
          },
        },
        topologies: [{ preset: "single", overrides: { executors: { kind: "static", count: 100 } } }],
      }),
    );
    const r = simulate(s, expandTopology(s.topologies[0]!, 0), 0);
    expect(r.simulatedSeconds).toBe(86_400);
    expect(r.incidents.byClass.executor).toBeGreaterThan(100);
  });

  it("are capped at 2⁵⁰ µs, past any horizon shorter than 35 years, with room for a few in a row after 100 years", () => {
    expect(MAX_DRAW / 1e6 / (365 * 86_400)).toBeGreaterThan(35);
    expect(100 * 365 * 86_400 * 1e6 + 5 * MAX_DRAW).toBeLessThan(Number.MAX_SAFE_INTEGER);
  });
});
