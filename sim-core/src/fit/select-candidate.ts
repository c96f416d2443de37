/**
 * Fits every candidate family to one sample and chooses one: among the candidates whose AIC is
 * within 2 of the best (those with "substantial support", Burnham & Anderson, *Model Selection and
 * Multimodel Inference*, 2nd ed. 2002, §2.6), the one with the fewest parameters, then the lowest
 * AIC. So an exponential (the simulator's default) is kept unless the data clearly need a shape.
 */
import { FIT_FAMILIES } from "./families";
import { ksDistance, type QqPoint, qqPoints } from "./goodness";
import { type CandidateFailure, type CandidateFit, fitCandidate, isFitted } from "./maximum-likelihood";
import { exposure, type Observation } from "./observations";

/** AIC difference within which a simpler candidate is preferred. */
export const AIC_SUPPORT = 2;

/** A fitted candidate with its fit quality. */
export interface RankedCandidate extends CandidateFit {
  /** AIC minus the lowest AIC among the candidates (0 for the best). */
  deltaAic: number;
  /** Kolmogorov–Smirnov distance to the Kaplan–Meier estimate. */
  ks: number;
  qq: QqPoint[];
}

/** The fit of one sample (one class's time to failure or time to repair). */
export interface SampleFit {
  /** Observed events and right-censored times. */
  events: number;
  censored: number;
  /** Sum of all times, censored included (seconds). */
  exposure: number;
  candidates: RankedCandidate[];
  failures: CandidateFailure[];
  /** The chosen candidate's family, or null when none could be fitted. */
  chosen: RankedCandidate | null;
  /** The observations, for plots (sorted by time). */
  observations: Observation[];
}

/** Fits all candidates to `observations` and chooses one. */
export function fitSample(observations: readonly Observation[]): SampleFit {
  const fits = FIT_FAMILIES.map((name) => fitCandidate(name, observations));
  const fitted = fits.filter(isFitted);
  const failures = fits.filter((f): f is CandidateFailure => !isFitted(f));
  const best = Math.min(...fitted.map((f) => f.aic));
  const candidates: RankedCandidate[] = fitted.map((f) => ({
    ...f,
    deltaAic: f.aic - best,
    ks: ksDistance(f, observations),
    qq: qqPoints(f, observations),
  }));
  const supported = candidates
    .filter((c) => c.deltaAic <= AIC_SUPPORT)
    .sort((a, b) => a.parameters.length - b.parameters.length || a.aic - b.aic);
  const { events, total } = exposure(observations);
  return {
    events,
    censored: observations.length - events,
    exposure: total,
    candidates,
    failures,
    chosen: supported[0] ?? null,
    observations: [...observations].sort((a, b) => a.time - b.time),
  };
}
