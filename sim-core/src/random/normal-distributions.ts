/** Truncated normal and lognormal distributions, both sampled by inversion (one uniform per draw). */
import { normalCdf, normalPdf, normalQuantile } from "../stats/normal";
import type { Distribution } from "./distribution";
import { openUniform } from "./rng";
import type { SpecChecker } from "./spec-checker";

/**
 * `{ kind: "normal", mean, sd, min = 0, max = Infinity }`: N(mean, sd²) conditioned on [min, max].
 * `mean` and `sd` are the parameters of the untruncated normal; the `mean` of the returned
 * distribution is the exact truncated mean.
 */
export function normalDistribution(c: SpecChecker): Distribution {
  c.onlyFields(["kind", "mean", "sd", "min", "max"]);
  const mu = c.number("mean", { min: 0 });
  const sd = c.number("sd", { min: 0 });
  const min = c.optionalNumber("min", 0, { min: 0 });
  const max = c.optionalNumber("max", Infinity, { min: 0, max: Infinity });
  if (max < min) c.add("max", max, `a number ≥ min (${min})`);
  c.throwIfInvalid();
  if (sd === 0) {
    if (mu < min || mu > max) c.add("mean", mu, `a value in [min, max] = [${min}, ${max}] when sd is 0`);
    c.throwIfInvalid();
    return { kind: "normal", mean: mu, variance: 0, sample: () => mu };
  }
  const alpha = (min - mu) / sd;
  const beta = (max - mu) / sd;
  // Work in the tail that holds the interval, so tiny masses keep their relative precision.
  const flip = alpha > 0;
  const lo = normalCdf(flip ? -beta : alpha);
  const hi = normalCdf(flip ? -alpha : beta);
  const mass = hi - lo;
  if (!(mass > 0)) {
    c.add("min", min, `bounds holding a non-negligible part of N(${mu}, ${sd}²); [${min}, ${max}] holds ~0`);
    c.throwIfInvalid();
  }
  const phiA = normalPdf(alpha);
  const phiB = beta === Infinity ? 0 : normalPdf(beta);
  const lambda = (phiA - phiB) / mass;
  const spread = 1 + (alpha * phiA - (beta === Infinity ? 0 : beta * phiB)) / mass - lambda * lambda;
  return {
    kind: "normal",
    mean: mu + sd * lambda,
    variance: sd * sd * Math.max(0, spread),
    sample: (rng) => {
      const z = normalQuantile(lo + rng.next() * mass);
      const x = mu + sd * (flip ? -z : z);
      return x < min ? min : Math.min(x, max); // guard rounding at the bounds
    },
  };
}

/** z such that Φ(z) = 0.95. */
const Z95 = normalQuantile(0.95);

/**
 * `{ kind: "lognormal", mu, sigma }` (parameters of log X) or `{ kind: "lognormal", median, p95 }`
 * (0 < median ≤ p95, converted with mu = ln median, sigma = ln(p95 / median) / z₀.₉₅).
 */
export function lognormalDistribution(c: SpecChecker): Distribution {
  const byQuantiles = "median" in c.spec || "p95" in c.spec;
  const byLogs = "mu" in c.spec || "sigma" in c.spec;
  if (byQuantiles && byLogs) {
    c.add("mu", c.spec.mu, "either mu + sigma or median + p95, not both");
    c.throwIfInvalid();
  }
  let mu: number;
  let sigma: number;
  if (byQuantiles) {
    c.onlyFields(["kind", "median", "p95"]);
    const median = c.number("median", { min: 0, exclusiveMin: true });
    const p95 = c.number("p95", { min: 0, exclusiveMin: true });
    if (p95 < median) c.add("p95", p95, `a finite number ≥ median (${median})`);
    c.throwIfInvalid();
    mu = Math.log(median);
    sigma = Math.log(p95 / median) / Z95;
  } else {
    c.onlyFields(["kind", "mu", "sigma"]);
    mu = c.number("mu");
    sigma = c.number("sigma", { min: 0 });
    c.throwIfInvalid();
  }
  const s2 = sigma * sigma;
  return {
    kind: "lognormal",
    mean: Math.exp(mu + s2 / 2),
    variance: Math.expm1(s2) * Math.exp(2 * mu + s2),
    sample: (rng) => Math.exp(mu + sigma * normalQuantile(openUniform(rng))),
  };
}
