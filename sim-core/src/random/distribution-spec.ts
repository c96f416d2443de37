/**
 * Plain, JSON-serialisable description of a probability distribution. Values are in the caller's
 * unit (the CI/CD model uses seconds). `distribution(spec, path)` validates one and returns a sampler.
 */
export type DistributionSpec =
  | { kind: "deterministic"; value: number }
  | { kind: "uniform"; min: number; max: number }
  | { kind: "exponential"; mean: number }
  | { kind: "erlang"; k: number; mean: number }
  | { kind: "gamma"; shape: number; scale: number }
  /** Normal truncated to [min, max]; min defaults to 0 (durations are never negative). */
  | { kind: "normal"; mean: number; sd: number; min?: number; max?: number }
  | { kind: "lognormal"; mu: number; sigma: number }
  /** Lognormal given by its median and 95th percentile (p95 > median). */
  | { kind: "lognormal"; median: number; p95: number }
  | { kind: "weibull"; shape: number; scale: number }
  /** Resamples uniformly from the given samples. */
  | { kind: "empirical"; samples: number[] }
  | { kind: "mixture"; components: { weight: number; dist: DistributionSpec }[] };
