/** Validation cases on availability: single repairable, 1-of-2 active-active (two crews, one crew), active-passive, k-of-n. */
import { activePassiveUnavailability } from "../../oracles/active-passive";
import { kOfNAvailability, parallelAvailability, singleAvailability } from "../../oracles/availability";
import { twoUnitUnavailability } from "../../oracles/two-unit";
import { NO_BOOT, oracleScenario, type ValidationCase, type ValidationProfile } from "./validation-case";

const HOUR = 3_600;
/** Γ(1 + 1/1.5): a Weibull with shape 1.5 has mean scale·Γ(1 + 1/shape). */
const GAMMA_1_PLUS_2_3 = 0.9027452929509336;
const years = (profile: ValidationProfile, quick: number, full: number) =>
  (profile === "quick" ? quick : full) * 365 * 86_400;

/**
 * docs/parameters.md, "Single repairable component": one VM controller, MTBF 100 h, MTTR 5 h (any
 * distributions with these means).
 */
export const singleRepairable: ValidationCase = {
  id: "single-repairable",
  title: "Single repairable controller: A = MTBF / (MTBF + MTTR)",
  reference: "docs/parameters.md#single-repairable-component",
  unit: "unavailability",
  expected: 1 - singleAvailability(100, 5),
  scenario: (profile) =>
    oracleScenario("single-repairable", {
      horizon: years(profile, 20, 100),
      // Weibull up times and lognormal repairs: the renewal-reward result holds for any distributions.
      faults: {
        controller: {
          mtbf: 100 * HOUR,
          mttr: 5 * HOUR,
          timeToFailure: { kind: "weibull", shape: 1.5, scale: (100 * HOUR) / GAMMA_1_PLUS_2_3 },
          repair: { kind: "lognormal", mu: Math.log(5 * HOUR) - 0.125, sigma: 0.5 },
        },
      },
      topologies: [{ preset: "single", overrides: { controllers: { boot: NO_BOOT } } }],
    }),
  measure: (run) => 1 - run.service.availability,
};

/** Two active-active replicas (MTBF 100 h, MTTR 10 h) behind an instant router, with `crews` repair crews. */
function replicaPair(name: string, crews: number, profile: ValidationProfile) {
  return oracleScenario(name, {
    horizon: years(profile, 20, 100),
    faults: { controller: { mtbf: 100 * HOUR, mttr: 10 * HOUR } },
    topologies: [
      {
        preset: "active-active",
        overrides: {
          controllers: { count: 2, boot: NO_BOOT, repairCrews: crews },
          router: { healthCheck: { period: 0, threshold: 1 } },
        },
      },
    ],
  });
}

/**
 * docs/parameters.md, "Series and parallel structures": two active-active replicas with independent repair
 * and an instant router: 1 − U².
 */
export const activeActivePair: ValidationCase = {
  id: "active-active-1-of-2",
  title: "Active-active, 1 of 2 replicas: A = 1 − (1 − A₁)²",
  reference: "docs/parameters.md#series-and-parallel-structures",
  unit: "unavailability",
  expected: 1 - parallelAvailability([singleAvailability(100, 10), singleAvailability(100, 10)]),
  scenario: (profile) => replicaPair("active-active-pair", 2, profile),
  measure: (run) => 1 - run.service.availability,
};

/**
 * docs/parameters.md, "Two-unit Markov models": the same pair with a single repair crew (the hot, 1-crew
 * Markov model).
 */
export const activeActiveOneCrew: ValidationCase = {
  id: "active-active-one-crew",
  title: "Active-active pair, one repair crew: U = 2ρ² / (1 + 2ρ + 2ρ²)",
  reference: "docs/parameters.md#two-unit-markov-models",
  unit: "unavailability",
  expected: twoUnitUnavailability("hot-one-crew", 1 / 100, 1 / 10),
  scenario: (profile) => replicaPair("active-active-one-crew", 1, profile),
  measure: (run) => 1 - run.service.availability,
};

/**
 * docs/parameters.md, "Two-unit Markov models": a cold standby (cannot fail while it waits), one crew,
 * instant perfect switch.
 */
export const coldStandby: ValidationCase = {
  id: "cold-standby",
  title: "Cold standby, one crew, instant switch: U = ρ² / (1 + ρ + ρ²)",
  reference: "docs/parameters.md#two-unit-markov-models",
  unit: "unavailability",
  expected: twoUnitUnavailability("cold-one-crew", 1 / 100, 1 / 10),
  scenario: (profile) =>
    oracleScenario("cold-standby", {
      horizon: years(profile, 50, 100),
      faults: { controller: { mtbf: 100 * HOUR, mttr: 10 * HOUR } },
      topologies: [
        {
          preset: "active-passive",
          overrides: {
            controllers: { boot: NO_BOOT, repairCrews: 1 },
            failover: { detection: 0, coverage: 1, standby: "cold", switchTime: NO_BOOT, replicationLag: 0 },
          },
        },
      ],
    }),
  measure: (run) => 1 - run.service.availability,
};

/**
 * docs/parameters.md, "Active-passive with failover time and coverage": primary + warm standby, exponential
 * failover 2 min, coverage 0.95, one repair crew.
 */
export const activePassiveCoverage: ValidationCase = {
  id: "active-passive-coverage",
  title: "Active-passive with failover time and coverage (exact CTMC)",
  reference: "docs/parameters.md#active-passive-with-failover-time-and-coverage",
  unit: "unavailability",
  expected: activePassiveUnavailability({
    failureRate: 1 / 720,
    repairRate: 2,
    failoverTime: 2 / 60,
    coverage: 0.95,
  }),
  relativeFloor: 0.03,
  scenario: (profile) =>
    oracleScenario("active-passive", {
      horizon: years(profile, 60, 100),
      replications: profile === "quick" ? 8 : 16,
      faults: { controller: { mtbf: 720 * HOUR, mttr: 1_800 } },
      topologies: [
        {
          preset: "active-passive",
          overrides: {
            controllers: { boot: NO_BOOT, repairCrews: 1 },
            failover: {
              detection: 0,
              coverage: 0.95,
              switchTime: { kind: "exponential", mean: 120 },
              replicationLag: 0,
            },
          },
        },
      ],
    }),
  measure: (run) => 1 - run.service.availability,
};

/** docs/parameters.md, "k-out-of-n": three replicas with a quorum of two (k-of-n), independent repair. */
export const kOfN: ValidationCase = {
  id: "k-of-n",
  title: "2-of-3 replicas (quorum): A = Σ C(n,i) Aⁱ (1 − A)ⁿ⁻ⁱ",
  reference: "docs/parameters.md#k-out-of-n",
  unit: "unavailability",
  expected: 1 - kOfNAvailability(2, 3, singleAvailability(100, 10)),
  scenario: (profile) =>
    oracleScenario("k-of-n", {
      horizon: years(profile, 50, 100),
      faults: { controller: { mtbf: 100 * HOUR, mttr: 10 * HOUR } },
      topologies: [
        {
          preset: "active-active",
          overrides: {
            controllers: { count: 3, quorum: 2, boot: NO_BOOT, repairCrews: 3 },
            router: { healthCheck: { period: 0, threshold: 1 } },
          },
        },
      ],
    }),
  measure: (run) => 1 - run.service.availability,
};
