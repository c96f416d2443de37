/**
 * Goodness of fit for right-censored durations, measured against the Kaplan–Meier estimate
 * (which uses the censored times correctly) rather than the raw event times (which would be
 * biased short when the longest durations are the censored ones):
 *
 * - the Kolmogorov–Smirnov distance D = sup |F̂_KM(t) − F(t)| over the range where the
 *   Kaplan–Meier estimate is defined (up to the last event). Without censoring it is the
 *   ordinary KS statistic. No p-value is reported: with estimated parameters (and censoring) the
 *   Kolmogorov distribution does not apply, so D is a distance to compare candidates and to read
 *   with the Q–Q plot, not a test;
 * - Q–Q points: each distinct event time against the fitted quantile at the Kaplan–Meier
 *   plotting position (the midpoint of its CDF step; without censoring and ties (i − ½)/n).
 */
import { FAMILIES } from "./families";
import type { CandidateFit } from "./maximum-likelihood";
import { kaplanMeierSteps, type Observation } from "./observations";

/** KS distance between the Kaplan–Meier CDF and the fitted CDF (0 when there is no event). */
export function ksDistance(fit: CandidateFit, observations: readonly Observation[]): number {
  const family = FAMILIES[fit.family];
  let d = 0;
  for (const step of kaplanMeierSteps(observations)) {
    const f = family.cdf(fit.theta, step.time);
    d = Math.max(d, Math.abs(f - step.before), Math.abs(f - step.after));
  }
  return d;
}

/** One Q–Q point: the fitted quantile and the observed event time at the same probability (seconds). */
export interface QqPoint {
  probability: number;
  fitted: number;
  observed: number;
}

/** Most Q–Q points kept per candidate: enough to see any misfit, small enough for a report. */
export const MAX_QQ_POINTS = 400;

/**
 * Q–Q points of `fit` against the observed events; above {@link MAX_QQ_POINTS} distinct event
 * times, evenly spaced ones (always the first and the last, where misfits show).
 */
export function qqPoints(fit: CandidateFit, observations: readonly Observation[]): QqPoint[] {
  const family = FAMILIES[fit.family];
  const steps = kaplanMeierSteps(observations);
  const kept =
    steps.length <= MAX_QQ_POINTS
      ? steps
      : Array.from(
          { length: MAX_QQ_POINTS },
          (_, i) => steps[Math.round((i * (steps.length - 1)) / (MAX_QQ_POINTS - 1))]!,
        );
  return kept.map((step) => {
    const probability = (step.before + step.after) / 2;
    return { probability, fitted: family.quantile(fit.theta, probability), observed: step.time };
  });
}
