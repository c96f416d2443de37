import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors";
import {
  downtimeMinutesPerYear,
  kOfNAvailability,
  parallelAvailability,
  seriesAvailability,
  singleAvailability,
} from "./availability";
import { ctmcSteadyState, generatorMatrix } from "./ctmc";
import { twoUnitUnavailability } from "./two-unit";

// Worked examples of docs/parameters.md, "Validation oracles (closed forms)": "Single repairable
// component", "Series and parallel structures", "Two-unit Markov models", "k-out-of-n".
describe("availability of repairable components", () => {
  it("[Single repairable component]: MTBF 30 days, MTTR 10 min", () => {
    const a = singleAvailability(43_200, 10);
    expect(a).toBeCloseTo(0.99976857, 8);
    expect(downtimeMinutesPerYear(1 - a)).toBeCloseTo(121.6, 1);
  });

  it("[Series and parallel structures]: two AA replicas in parallel, in series with shared storage", () => {
    const pair = parallelAvailability([0.999, 0.999]);
    expect(pair).toBeCloseTo(0.999999, 12);
    expect(seriesAvailability([0.9995, pair])).toBeCloseTo(0.999499, 6);
    expect(seriesAvailability([])).toBe(1);
    expect(parallelAvailability([])).toBe(0);
  });

  it("[k-out-of-n]: k-of-n", () => {
    expect(kOfNAvailability(2, 3, 0.99)).toBeCloseTo(0.999702, 12);
    expect(kOfNAvailability(3, 5, 0.99)).toBeCloseTo(0.9999901, 7);
    expect(kOfNAvailability(1, 4, 0.9)).toBeCloseTo(parallelAvailability([0.9, 0.9, 0.9, 0.9]), 14);
    expect(kOfNAvailability(4, 4, 0.9)).toBeCloseTo(seriesAvailability([0.9, 0.9, 0.9, 0.9]), 14);
  });

  it("rejects bad parameters, naming them", () => {
    expect(() => singleAvailability(0, 1)).toThrow("mtbf: got 0; allowed: a finite number > 0");
    expect(() => singleAvailability(1, -1)).toThrow("mttr: got -1; allowed: a finite number ≥ 0");
    expect(() => seriesAvailability([0.5, 1.2])).toThrow(
      "availabilities.1: got 1.2; allowed: a probability in [0, 1]",
    );
    expect(() => kOfNAvailability(4, 3, 0.9)).toThrow("k: got 4; allowed: an integer in [1, n] = [1, 3]");
    expect(() => kOfNAvailability(1, 3, Number.NaN)).toThrow(ValidationError);
  });
});

describe("[Two-unit Markov models] two-unit Markov models", () => {
  const lambda = 1 / 720;
  const mu = 6;

  it("reproduces the worked examples", () => {
    expect(twoUnitUnavailability("hot-two-crews", lambda, mu)).toBeCloseTo(5.356e-8, 11);
    expect(twoUnitUnavailability("hot-one-crew", lambda, mu)).toBeCloseTo(1.0712e-7, 11);
    expect(twoUnitUnavailability("cold-one-crew", lambda, mu)).toBeCloseTo(5.357e-8, 11);
  });

  it("agrees with a direct CTMC solve to 10 digits", () => {
    // States: number of working units 2, 1, 0 (indices 0, 1, 2).
    const chains = {
      "hot-two-crews": [
        [0, 1, 2 * lambda],
        [1, 2, lambda],
        [1, 0, mu],
        [2, 1, 2 * mu],
      ],
      "hot-one-crew": [
        [0, 1, 2 * lambda],
        [1, 2, lambda],
        [1, 0, mu],
        [2, 1, mu],
      ],
      "cold-one-crew": [
        [0, 1, lambda],
        [1, 2, lambda],
        [1, 0, mu],
        [2, 1, mu],
      ],
    } as const;
    for (const [model, transitions] of Object.entries(chains)) {
      const pi = ctmcSteadyState(generatorMatrix(3, transitions as unknown as [number, number, number][]));
      const formula = twoUnitUnavailability(model as keyof typeof chains, lambda, mu);
      expect(Math.abs(pi[2]! - formula) / formula).toBeLessThan(1e-10);
    }
  });

  it("rejects a zero repair rate", () => {
    expect(() => twoUnitUnavailability("hot-one-crew", 1, 0)).toThrow(
      "repairRate: got 0; allowed: a finite number > 0",
    );
  });
});
