/**
 * Maximum-likelihood fit of one family to right-censored durations:
 *   log L(θ) = Σ_events log f(tᵢ; θ) + Σ_censored log S(tᵢ; θ).
 * The exponential has the closed form mean = total exposure / events; the two-parameter
 * families are minimised with Nelder–Mead on the unconstrained scale. Standard errors come from
 * the observed Fisher information (the Hessian of −log L at the maximum); 95 % intervals are
 * Wald intervals on that scale, so they stay positive for positive parameters.
 */
import type { DistributionSpec } from "../random/distribution-spec";
import { FAMILIES, type FitFamily, type FitFamilyName, naturalParameters } from "./families";
import { inverseSpd, numericHessian } from "./information";
import { nelderMead } from "./nelder-mead";
import { exposure, type Observation } from "./observations";

/** z such that P(|Z| ≤ z) = 0.95 for a standard normal Z. */
export const Z95 = 1.959963984540054;

/** A natural parameter with its standard error and 95 % interval (null when not estimable). */
export interface ParameterEstimate {
  name: string;
  value: number;
  /** Standard error on the natural scale (delta method from the optimisation scale). */
  se: number | null;
  lower: number | null;
  upper: number | null;
}

/** One fitted candidate. */
export interface CandidateFit {
  family: FitFamilyName;
  /** The optimum on the unconstrained scale (for quantiles and plots). */
  theta: number[];
  parameters: ParameterEstimate[];
  /** The fitted distribution's mean with its 95 % interval (delta method), seconds. */
  mean: ParameterEstimate;
  logLikelihood: number;
  /** Akaike information criterion 2p − 2 log L. */
  aic: number;
  spec: DistributionSpec;
  converged: boolean;
}

/** A candidate that could not be fitted, and why. */
export interface CandidateFailure {
  family: FitFamilyName;
  reason: string;
}

/** −log L of `family` at θ. */
export function negativeLogLikelihood(
  family: FitFamily,
  theta: readonly number[],
  observations: readonly Observation[],
): number {
  let sum = 0;
  for (const o of observations)
    sum -= o.event ? family.logPdf(theta, o.time) : family.logSurvival(theta, o.time);
  return Number.isNaN(sum) ? Number.POSITIVE_INFINITY : sum;
}

function startingPoint(name: FitFamilyName, observations: readonly Observation[]): number[] {
  const { events, total } = exposure(observations);
  const logMean = Math.log(total / events);
  const times = observations.filter((o) => o.event).map((o) => o.time);
  const logs = times.map((t) => Math.log(t));
  const mlog = logs.reduce((a, b) => a + b, 0) / logs.length;
  const slog = Math.sqrt(
    logs.reduce((a, b) => a + (b - mlog) * (b - mlog), 0) / Math.max(1, logs.length - 1),
  );
  if (name === "lognormal") return [mlog, Math.log(slog > 0 ? slog : 1)];
  if (name === "gamma") {
    const m = times.reduce((a, b) => a + b, 0) / times.length;
    const v = times.reduce((a, b) => a + (b - m) * (b - m), 0) / Math.max(1, times.length - 1);
    const shape = v > 0 ? (m * m) / v : 1;
    return [Math.log(shape), logMean - Math.log(shape)];
  }
  return [0, logMean]; // Weibull from shape 1: the exponential optimum
}

function estimate(
  name: string,
  theta: number,
  variance: number | null,
  logScale: boolean,
): ParameterEstimate {
  const value = logScale ? Math.exp(theta) : theta;
  if (variance === null || !(variance >= 0) || !Number.isFinite(variance)) {
    return { name, value, se: null, lower: null, upper: null };
  }
  const sd = Math.sqrt(variance);
  const lower = theta - Z95 * sd;
  const upper = theta + Z95 * sd;
  return logScale
    ? { name, value, se: value * sd, lower: Math.exp(lower), upper: Math.exp(upper) }
    : { name, value, se: sd, lower, upper };
}

/** Fits `name` to `observations`; a failure names its reason (too few events, no convergence). */
export function fitCandidate(
  name: FitFamilyName,
  observations: readonly Observation[],
): CandidateFit | CandidateFailure {
  const family = FAMILIES[name];
  const p = family.parameters.length;
  const { events, total } = exposure(observations);
  const distinct = new Set(observations.filter((o) => o.event).map((o) => o.time)).size;
  if (events < p || distinct < p) {
    return {
      family: name,
      reason: `needs at least ${p} distinct observed event${p > 1 ? "s" : ""}, has ${distinct}`,
    };
  }
  const nll = (theta: readonly number[]) => negativeLogLikelihood(family, theta, observations);
  let theta: number[];
  let covariance: number[][] | null;
  let converged = true;
  if (name === "exponential") {
    // Closed form: d log L / d log θ = −d + T/θ = 0 → θ = T/d; information for log θ is d.
    theta = [Math.log(total / events)];
    covariance = [[1 / events]];
  } else {
    const result = nelderMead(nll, startingPoint(name, observations));
    theta = result.point;
    converged = result.converged;
    covariance = inverseSpd(numericHessian(nll, theta));
  }
  const value = nll(theta);
  if (!Number.isFinite(value)) return { family: name, reason: "the likelihood has no finite maximum" };
  const parameters = family.parameters.map((pn, i) =>
    estimate(pn, theta[i]!, covariance?.[i]?.[i] ?? null, family.logScale[i]!),
  );
  return {
    family: name,
    theta,
    parameters,
    mean: meanEstimate(family, theta, covariance),
    logLikelihood: -value,
    aic: 2 * p + 2 * value,
    spec: family.spec(theta),
    converged,
  };
}

/** The mean with a delta-method interval on the log scale (a mean is positive). */
function meanEstimate(
  family: FitFamily,
  theta: readonly number[],
  covariance: number[][] | null,
): ParameterEstimate {
  const logMean = Math.log(family.mean(theta));
  if (covariance === null || !Number.isFinite(logMean)) return estimate("mean", logMean, null, true);
  const gradient = theta.map((v, i) => {
    const h = 1e-5 * Math.max(1, Math.abs(v));
    const plus = [...theta];
    const minus = [...theta];
    plus[i] = v + h;
    minus[i] = v - h;
    return (Math.log(family.mean(plus)) - Math.log(family.mean(minus))) / (2 * h);
  });
  let variance = 0;
  for (let i = 0; i < theta.length; i++) {
    for (let j = 0; j < theta.length; j++) variance += gradient[i]! * covariance[i]![j]! * gradient[j]!;
  }
  return estimate("mean", logMean, variance, true);
}

/** True when `fit` is a fitted candidate rather than a failure. */
export function isFitted(fit: CandidateFit | CandidateFailure): fit is CandidateFit {
  return "theta" in fit;
}

/** The natural parameters of a fitted candidate, by name. */
export function parameterValues(fit: CandidateFit): Record<string, number> {
  const values = naturalParameters(FAMILIES[fit.family], fit.theta);
  return Object.fromEntries(FAMILIES[fit.family].parameters.map((n, i) => [n, values[i]!]));
}
