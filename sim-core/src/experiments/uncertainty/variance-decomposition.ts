/**
 * A two-level variance decomposition of an estimate over parameter draws. Draw d gives an
 * estimate e_d of the objective (over R replications) with its own 95 % interval. Then
 *
 *   Var(e_d) = Var_θ(m(θ))  +  E_θ[noise variance of e_d]
 *              parameters       simulation noise (replications)
 *
 * where m(θ) is the objective's true value at parameters θ. The noise part of each draw is read
 * from its interval (half-width / 1.96)²; the parameter part is the rest (never below 0): the
 * classic one-way random-effects (ANOVA) estimate, with the within-draw mean square replaced by
 * the interval each estimate already carries — which also works for pooled quantiles, where
 * replications have no per-replication value.
 */
import { quantile } from "../../stats/quantile";
import { studentTQuantile } from "../../stats/student-t";

/** z of a two-sided 95 % normal interval. */
const Z95 = 1.959963984540054;

export interface VarianceDecomposition {
  /** Mean of the draws' estimates: the objective averaged over the parameter distribution. */
  mean: number;
  /** 95 % t interval of that mean (draws are independent). */
  meanLower: number;
  meanUpper: number;
  /** 2.5 % and 97.5 % quantiles of the draws' estimates: where the objective lies given what is uncertain. */
  lower: number;
  upper: number;
  /** Variance of the estimates across draws, and its two parts. */
  total: number;
  parameters: number;
  noise: number;
  /** parameters / total, in [0, 1] (the noise share is the rest); NaN without any variance. */
  parameterShare: number;
  /** Draws with a finite estimate. */
  n: number;
}

/** Decomposes the estimates `values[d]` with their 95 % bounds `lower[d]`, `upper[d]`. */
export function decomposeVariance(
  values: readonly number[],
  lower: readonly number[],
  upper: readonly number[],
): VarianceDecomposition {
  const idx = values.map((_, i) => i).filter((i) => Number.isFinite(values[i]!));
  const xs = idx.map((i) => values[i]!);
  const n = xs.length;
  const nan = Number.NaN;
  if (n === 0) {
    return {
      mean: nan,
      meanLower: nan,
      meanUpper: nan,
      lower: nan,
      upper: nan,
      total: nan,
      parameters: nan,
      noise: nan,
      parameterShare: nan,
      n: 0,
    };
  }
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const total = n > 1 ? xs.reduce((a, b) => a + (b - mean) * (b - mean), 0) / (n - 1) : 0;
  const noises = idx
    .map((i) => (upper[i]! - lower[i]!) / (2 * Z95))
    .filter((h) => Number.isFinite(h))
    .map((h) => h * h);
  const noise = noises.length > 0 ? noises.reduce((a, b) => a + b, 0) / noises.length : nan;
  const parameters = Number.isFinite(noise) ? Math.max(0, total - noise) : nan;
  // Share of the spread between draws due to the parameters; the rest is replication noise.
  const parameterShare = total > 0 ? parameters / total : noise > 0 ? 0 : nan;
  const half = n > 1 ? studentTQuantile(0.975, n - 1) * Math.sqrt(total / n) : nan;
  const sorted = [...xs].sort((a, b) => a - b);
  return {
    mean,
    meanLower: mean - half,
    meanUpper: mean + half,
    lower: quantile(sorted, 0.025),
    upper: quantile(sorted, 0.975),
    total,
    parameters,
    noise,
    parameterShare,
    n,
  };
}
