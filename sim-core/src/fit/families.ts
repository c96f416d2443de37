/**
 * The four candidate families of a fit, each written for maximum likelihood with right-censoring:
 * log-density for an observed event, log-survival for a censored time, CDF and quantile for the
 * Q–Q plot and Kolmogorov–Smirnov distance, and the mean. Parameters are optimised on an
 * unconstrained scale θ (logarithms of the positive parameters, μ as is), so the optimiser never
 * leaves the parameter space and Wald intervals on θ map to intervals that stay positive.
 *
 * Durations are seconds. The parameterisations are the simulator's (`DistributionSpec`):
 * exponential {mean}, Weibull {shape, scale}, lognormal {mu, sigma} of log-seconds, gamma {shape, scale}.
 */
import type { DistributionSpec } from "../random/distribution-spec";
import { normalCdf, normalQuantile } from "../stats/normal";
import { pow } from "../stats/portable-math";
import { gammaFunction, logGamma, regularizedGammaP, regularizedGammaQ } from "../stats/special-functions";

/** The candidate families, in the order reports list them. */
export const FIT_FAMILIES = ["exponential", "weibull", "lognormal", "gamma"] as const;
export type FitFamilyName = (typeof FIT_FAMILIES)[number];

const LOG_SQRT_2PI = 0.9189385332046728;

/** One family: densities on the unconstrained scale θ and the conversions to named parameters. */
export interface FitFamily {
  readonly name: FitFamilyName;
  /** Names of the natural parameters, in θ order (e.g. ["shape", "scale"]). */
  readonly parameters: readonly string[];
  /** Whether natural parameter i is θ_i (false) or exp(θ_i) (true). */
  readonly logScale: readonly boolean[];
  logPdf(theta: readonly number[], t: number): number;
  logSurvival(theta: readonly number[], t: number): number;
  cdf(theta: readonly number[], t: number): number;
  quantile(theta: readonly number[], p: number): number;
  mean(theta: readonly number[]): number;
  /** The simulator's spec (seconds) for these parameters. */
  spec(theta: readonly number[]): DistributionSpec;
}

const exponential: FitFamily = {
  name: "exponential",
  parameters: ["mean"],
  logScale: [true],
  logPdf: ([lm], t) => -lm! - t / Math.exp(lm!),
  logSurvival: ([lm], t) => -t / Math.exp(lm!),
  cdf: ([lm], t) => -Math.expm1(-t / Math.exp(lm!)),
  quantile: ([lm], p) => -Math.exp(lm!) * Math.log1p(-p),
  mean: ([lm]) => Math.exp(lm!),
  spec: ([lm]) => ({ kind: "exponential", mean: Math.exp(lm!) }),
};

/** (t/λ)^k computed as exp(k·(ln t − ln λ)): the same bits on every engine (no Math.pow). */
function weibullH(lk: number, ll: number, t: number): number {
  return Math.exp(Math.exp(lk) * (Math.log(t) - ll));
}

const weibull: FitFamily = {
  name: "weibull",
  parameters: ["shape", "scale"],
  logScale: [true, true],
  logPdf: ([lk, ll], t) => {
    const k = Math.exp(lk!);
    return lk! - ll! + (k - 1) * (Math.log(t) - ll!) - weibullH(lk!, ll!, t);
  },
  logSurvival: ([lk, ll], t) => -weibullH(lk!, ll!, t),
  cdf: ([lk, ll], t) => (t <= 0 ? 0 : -Math.expm1(-weibullH(lk!, ll!, t))),
  quantile: ([lk, ll], p) => Math.exp(ll!) * pow(-Math.log1p(-p), Math.exp(-lk!)),
  mean: ([lk, ll]) => Math.exp(ll!) * gammaFunction(1 + Math.exp(-lk!)),
  spec: ([lk, ll]) => ({ kind: "weibull", shape: Math.exp(lk!), scale: Math.exp(ll!) }),
};

/** log(1 − Φ(z)) without cancellation in either tail. */
function logNormalUpper(z: number): number {
  return z > 0 ? Math.log(normalCdf(-z)) : Math.log1p(-normalCdf(z));
}

const lognormal: FitFamily = {
  name: "lognormal",
  parameters: ["mu", "sigma"],
  logScale: [false, true],
  logPdf: ([mu, ls], t) => {
    const lt = Math.log(t);
    const z = (lt - mu!) / Math.exp(ls!);
    return -lt - ls! - LOG_SQRT_2PI - 0.5 * z * z;
  },
  logSurvival: ([mu, ls], t) => logNormalUpper((Math.log(t) - mu!) / Math.exp(ls!)),
  cdf: ([mu, ls], t) => (t <= 0 ? 0 : normalCdf((Math.log(t) - mu!) / Math.exp(ls!))),
  quantile: ([mu, ls], p) => Math.exp(mu! + Math.exp(ls!) * normalQuantile(p)),
  mean: ([mu, ls]) => {
    const s = Math.exp(ls!);
    return Math.exp(mu! + 0.5 * s * s);
  },
  spec: ([mu, ls]) => ({ kind: "lognormal", mu: mu!, sigma: Math.exp(ls!) }),
};

/** Gamma quantile by bisection on P(k, x) in log-space: slow but sure, used only for plots. */
function gammaQuantile(k: number, scale: number, p: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return Number.POSITIVE_INFINITY;
  let lo = -60;
  let hi = 10;
  while (regularizedGammaP(k, Math.exp(hi)) < p && hi < 700) hi += 10;
  for (let i = 0; i < 200 && hi - lo > 1e-13; i++) {
    const mid = 0.5 * (lo + hi);
    if (regularizedGammaP(k, Math.exp(mid)) < p) lo = mid;
    else hi = mid;
  }
  return scale * Math.exp(0.5 * (lo + hi));
}

// log Γ(k) of the last shape asked for: the likelihood calls logPdf once per observation with
// the same θ, and log Γ dominates the cost. A cache of one value keeps it pure and deterministic.
let cachedLogShape = Number.NaN;
let cachedLogGamma = Number.NaN;
function logGammaOfShape(lk: number): number {
  if (lk !== cachedLogShape) {
    cachedLogShape = lk;
    cachedLogGamma = logGamma(Math.exp(lk));
  }
  return cachedLogGamma;
}

const gamma: FitFamily = {
  name: "gamma",
  parameters: ["shape", "scale"],
  logScale: [true, true],
  logPdf: ([lk, ls], t) => {
    const k = Math.exp(lk!);
    return -logGammaOfShape(lk!) - k * ls! + (k - 1) * Math.log(t) - t / Math.exp(ls!);
  },
  logSurvival: ([lk, ls], t) => Math.log(regularizedGammaQ(Math.exp(lk!), t / Math.exp(ls!))),
  cdf: ([lk, ls], t) => (t <= 0 ? 0 : regularizedGammaP(Math.exp(lk!), t / Math.exp(ls!))),
  quantile: ([lk, ls], p) => gammaQuantile(Math.exp(lk!), Math.exp(ls!), p),
  mean: ([lk, ls]) => Math.exp(lk! + ls!),
  spec: ([lk, ls]) => ({ kind: "gamma", shape: Math.exp(lk!), scale: Math.exp(ls!) }),
};

/** The family called `name`. */
export const FAMILIES: Readonly<Record<FitFamilyName, FitFamily>> = {
  exponential,
  weibull,
  lognormal,
  gamma,
};

/** Natural parameter values of θ (exp where the family optimises a logarithm). */
export function naturalParameters(family: FitFamily, theta: readonly number[]): number[] {
  return theta.map((v, i) => (family.logScale[i] ? Math.exp(v) : v));
}
