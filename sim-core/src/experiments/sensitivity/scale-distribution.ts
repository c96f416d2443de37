/**
 * A distribution of durations multiplied by a factor: the same shape, every quantile times
 * `factor` (so its mean is times `factor` too). This is how an assumption on a distribution
 * ("pod start 0.5×–2×") moves it. Only arithmetic on the parameters — except the `mu` of a
 * lognormal, which takes ln(factor) through the portable helpers' route (Math.log, the same
 * fdlibm port in Node and Chromium).
 */
import type { DistributionSpec } from "../../random/distribution-spec";

export function scaleDistribution(spec: DistributionSpec, factor: number): DistributionSpec {
  switch (spec.kind) {
    case "deterministic":
      return { kind: "deterministic", value: spec.value * factor };
    case "uniform":
      return { kind: "uniform", min: spec.min * factor, max: spec.max * factor };
    case "exponential":
      return { kind: "exponential", mean: spec.mean * factor };
    case "erlang":
      return { kind: "erlang", k: spec.k, mean: spec.mean * factor };
    case "gamma":
      return { kind: "gamma", shape: spec.shape, scale: spec.scale * factor };
    case "normal": {
      const out: DistributionSpec = { kind: "normal", mean: spec.mean * factor, sd: spec.sd * factor };
      if (spec.min !== undefined) out.min = spec.min * factor;
      if (spec.max !== undefined) out.max = spec.max * factor;
      return out;
    }
    case "lognormal":
      return "median" in spec
        ? { kind: "lognormal", median: spec.median * factor, p95: spec.p95 * factor }
        : { kind: "lognormal", mu: spec.mu + Math.log(factor), sigma: spec.sigma };
    case "weibull":
      return { kind: "weibull", shape: spec.shape, scale: spec.scale * factor };
    case "empirical":
      return { kind: "empirical", samples: spec.samples.map((s) => s * factor) };
    case "mixture":
      return {
        kind: "mixture",
        components: spec.components.map((c) => ({
          weight: c.weight,
          dist: scaleDistribution(c.dist, factor),
        })),
      };
  }
}
