import { describe, expect, it } from "vitest";
import { activePassiveFirstOrder, activePassiveUnavailability } from "./active-passive";
import { downtimeMinutesPerYear } from "./availability";
import { twoUnitUnavailability } from "./two-unit";

// docs/parameters.md, "Active-passive with failover time and coverage": λ = λ_s = 1/720 h⁻¹,
// MTTR 30 min, T_f = 2 min, c = 0.95 (hours).
const base = { failureRate: 1 / 720, repairRate: 2, failoverTime: 2 / 60, coverage: 0.95 };

describe("[Active-passive with failover time and coverage] active-passive with failover time and coverage", () => {
  it("exact CTMC: U = 7.956e-5, A = 0.9999204, 41.8 min/yr", () => {
    const u = activePassiveUnavailability(base);
    expect(u).toBeCloseTo(7.956e-5, 8);
    expect(1 - u).toBeCloseTo(0.9999204, 7);
    expect(downtimeMinutesPerYear(u)).toBeCloseTo(41.8, 1);
  });

  it("first order: 7.870e-5 (41.4 min/yr), 1.1 % below the exact value", () => {
    const first = activePassiveFirstOrder(base);
    expect(first).toBeCloseTo(7.87e-5, 8);
    expect(downtimeMinutesPerYear(first)).toBeCloseTo(41.4, 1);
    expect(1 - first / activePassiveUnavailability(base)).toBeCloseTo(0.011, 3);
  });

  it.each([
    [1, 24.8],
    [0.99, 28.2],
    [0.95, 41.8],
    [0.9, 58.8],
    [0, 364.7],
  ])("sensitivity: c = %d gives %d min/yr", (coverage, minutes) => {
    const u = activePassiveUnavailability({ ...base, coverage });
    expect(Math.abs(downtimeMinutesPerYear(u) - minutes)).toBeLessThanOrEqual(0.05);
  });

  it("reduces to cold standby with one crew for instant, perfect failover and a standby that cannot fail", () => {
    const u = activePassiveUnavailability({
      ...base,
      coverage: 1,
      standbyFailureRate: 0,
      failoverTime: 1e-12,
    });
    const cold = twoUnitUnavailability("cold-one-crew", base.failureRate, base.repairRate);
    expect(Math.abs(u - cold) / cold).toBeLessThan(1e-6);
  });

  it("rejects bad parameters", () => {
    expect(() => activePassiveUnavailability({ ...base, coverage: 1.5 })).toThrow(
      "coverage: got 1.5; allowed: a probability in [0, 1]",
    );
    expect(() => activePassiveUnavailability({ ...base, failoverTime: 0 })).toThrow("failoverTime: got 0");
  });
});
