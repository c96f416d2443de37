/**
 * Closed-form shapes for the hand-built fixtures: intervals, log-normal distribution summaries
 * and a fixed pseudo-random sequence, so every fixture is identical on every run.
 */
import type { DistributionSummary, Interval } from "@resilab/sim-core";

/** Standard-normal quantiles of the reported percentiles. */
export const Z = { p50: 0, p90: 1.2816, p95: 1.6449, p99: 2.3263 };

/** A small deterministic sequence in [0, 1) (Park–Miller), so fixtures never depend on Math.random. */
export function sequence(seed: number): () => number {
  let s = seed % 2_147_483_647 || 1;
  return () => {
    s = (s * 48_271) % 2_147_483_647;
    return (s - 1) / 2_147_483_646;
  };
}

/** A 95 % interval around `mean` with half-width `half` from `n` samples. */
export function interval(mean: number, half: number, n = 4): Interval {
  return { mean, halfWidth: half, lower: mean - half, upper: mean + half, n, level: 0.95 };
}

function erf(x: number): number {
  // Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7): plenty for fixture histograms.
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-x * x);
  return x >= 0 ? y : -y;
}

/** A log-normal distribution summary with `count` events, median `median` s and log-sd `sigma`. */
export function logNormalSummary(median: number, sigma: number, count: number): DistributionSummary {
  const q = (z: number) => median * Math.exp(sigma * z);
  const bounds = Array.from({ length: 25 }, (_, i) => 10 ** (i / 4));
  const cdf = (x: number) => 0.5 * (1 + erf(Math.log(x / median) / (sigma * Math.SQRT2)));
  const counts = bounds.map((b, i) => Math.round(count * (cdf(b) - (i === 0 ? 0 : cdf(bounds[i - 1]!)))));
  return {
    count,
    mean: median * Math.exp((sigma * sigma) / 2),
    max: q(2.8),
    p50: q(Z.p50),
    p90: q(Z.p90),
    p95: q(Z.p95),
    p99: q(Z.p99),
    histogram: { bounds, counts },
  };
}
