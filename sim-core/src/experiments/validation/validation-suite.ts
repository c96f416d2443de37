/**
 * The validation suite: the simulator against closed forms, on the CI/CD model itself. It ships
 * to users as `resilab validate` so anyone can see the engine is right before trusting it.
 */
import { expandTopology } from "../../model/expand-topology";
import { simulate } from "../../model/simulate";
import { validateScenario } from "../../model/validation/validate-scenario";
import type { Interval } from "../../stats/interval";
import { confidenceInterval } from "../../stats/interval";
import {
  activeActiveOneCrew,
  activeActivePair,
  activePassiveCoverage,
  coldStandby,
  kOfN,
  singleRepairable,
} from "./availability-cases";
import {
  executorPoolWait,
  flakyRetries,
  intakeBlocking,
  restartFromScratch,
  resumeAtStages,
  transferLine,
} from "./queue-and-work-cases";
import type { ValidationCase, ValidationProfile } from "./validation-case";

export const VALIDATION_CASES: readonly ValidationCase[] = [
  singleRepairable,
  activeActivePair,
  activeActiveOneCrew,
  coldStandby,
  activePassiveCoverage,
  kOfN,
  executorPoolWait,
  intakeBlocking,
  restartFromScratch,
  resumeAtStages,
  transferLine,
  flakyRetries,
];

export interface ValidationOutcome {
  id: string;
  title: string;
  reference: string;
  unit: string;
  expected: number;
  estimate: Interval;
  /** |estimate − expected| / expected. */
  relativeError: number;
  /** Little's law on the same runs: the largest |L − λW| / L over replications. */
  littleError: number;
  pass: boolean;
}

/** True when `expected` is inside the interval or within the relative-error floor of its mean. */
export function agrees(expected: number, estimate: Interval, relativeFloor: number): boolean {
  const gap = Math.abs(estimate.mean - expected);
  return gap <= estimate.halfWidth || gap <= relativeFloor * Math.abs(expected);
}

export function runValidationCase(
  c: ValidationCase,
  profile: ValidationProfile = "quick",
): ValidationOutcome {
  const scenario = validateScenario(c.scenario(profile));
  const topology = expandTopology(scenario.topologies[0]!, 0, scenario.shared);
  const values: number[] = [];
  let littleError = 0;
  for (let r = 0; r < scenario.replications; r++) {
    const run = simulate(scenario, topology, r);
    values.push(c.measure(run));
    const { L, lambdaW } = run.service.little;
    if (L > 0) littleError = Math.max(littleError, Math.abs(L - lambdaW) / L);
  }
  const estimate = confidenceInterval(values);
  return {
    id: c.id,
    title: c.title,
    reference: c.reference,
    unit: c.unit,
    expected: c.expected,
    estimate,
    relativeError: Math.abs(estimate.mean - c.expected) / Math.abs(c.expected),
    littleError,
    pass: agrees(c.expected, estimate, c.relativeFloor ?? 0.01),
  };
}

/** Runs every case; `onCase` sees each outcome as it completes. */
export function validationSuite(
  profile: ValidationProfile = "quick",
  onCase?: (o: ValidationOutcome) => void,
): ValidationOutcome[] {
  return VALIDATION_CASES.map((c) => {
    const outcome = runValidationCase(c, profile);
    onCase?.(outcome);
    return outcome;
  });
}
