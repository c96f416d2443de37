/**
 * The statistics of the regression gate: a one-sided paired t-test (replications on common
 * random numbers), a one-sided Welch t-test (independent samples) and the Holm–Bonferroni step-down
 * procedure that keeps the familywise error rate at α across every objective × topology.
 *
 * Every test is oriented so that a positive difference is *worse*: callers flip the sign of
 * metrics where higher is better. A p-value is then P(the data look this bad | no real change).
 */
import { studentTCdf, studentTQuantile } from "@resilab/sim-core";

/** The outcome of one one-sided test of "worse than the baseline". */
export interface OneSidedTest {
  /** Mean difference current − baseline in the worse direction (> 0 = worse). */
  difference: number;
  /** Two-sided 95 % interval of that difference (±Infinity without a spread estimate). */
  lower: number;
  upper: number;
  /** Observations: pairs (paired) or the smaller of the two samples (Welch). */
  n: number;
  /** Degrees of freedom of the t statistic (Welch–Satterthwaite for Welch). */
  df: number;
  /** One-sided p-value for H0 "not worse" against H1 "worse". */
  p: number;
}

function mean(xs: readonly number[]): number {
  let sum = 0;
  for (const x of xs) sum += x;
  return sum / xs.length;
}

function variance(xs: readonly number[], m: number): number {
  let sum = 0;
  for (const x of xs) sum += (x - m) * (x - m);
  return sum / (xs.length - 1);
}

/** p and interval from a difference, its standard error and df; a zero spread is decided exactly. */
function fromStatistic(difference: number, se: number, df: number, n: number): OneSidedTest {
  if (!(se > 0)) {
    // No spread at all (identical or deterministic values): the difference is known exactly.
    const p = difference > 0 ? 0 : 1;
    return { difference, lower: difference, upper: difference, n, df, p };
  }
  const half = studentTQuantile(0.975, df) * se;
  return {
    difference,
    lower: difference - half,
    upper: difference + half,
    n,
    df,
    p: studentTCdf(-difference / se, df),
  };
}

/**
 * Paired one-sided t-test on `differences[i]` = worse-direction change of replication i.
 * Needs at least 2 pairs; returns null otherwise.
 */
export function pairedWorseTest(differences: readonly number[]): OneSidedTest | null {
  const n = differences.length;
  if (n < 2) return null;
  const m = mean(differences);
  return fromStatistic(m, Math.sqrt(variance(differences, m) / n), n - 1, n);
}

/**
 * Welch's one-sided t-test that `current` is worse (larger) than `baseline`, for independent
 * samples of possibly different sizes and variances. Needs ≥ 2 values in each; null otherwise.
 */
export function welchWorseTest(current: readonly number[], baseline: readonly number[]): OneSidedTest | null {
  const [n1, n2] = [current.length, baseline.length];
  if (n1 < 2 || n2 < 2) return null;
  const [m1, m2] = [mean(current), mean(baseline)];
  const [a, b] = [variance(current, m1) / n1, variance(baseline, m2) / n2];
  const se = Math.sqrt(a + b);
  // Welch–Satterthwaite; with one variance zero it reduces to that sample's n − 1.
  const df = se > 0 ? (a + b) ** 2 / ((a * a) / (n1 - 1) + (b * b) / (n2 - 1)) : n1 + n2 - 2;
  return fromStatistic(m1 - m2, se, df, Math.min(n1, n2));
}

/** Holm's decision for one hypothesis of a family. */
export interface HolmDecision {
  /** The level its p-value was compared with: α / (m − rank + 1), rank 1 = smallest p. */
  threshold: number;
  rejected: boolean;
}

/**
 * Holm–Bonferroni step-down at familywise level `alpha`: sort the p-values, reject while
 * p(k) ≤ α / (m − k + 1), stop at the first that is not. Valid under any dependence between the
 * tests. Returns the decisions in the input order.
 */
export function holm(pValues: readonly number[], alpha: number): HolmDecision[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((x, y) => x.p - y.p || x.i - y.i);
  const out: HolmDecision[] = new Array(m);
  let stillRejecting = true;
  order.forEach(({ p, i }, k) => {
    const threshold = alpha / (m - k);
    stillRejecting = stillRejecting && p <= threshold;
    out[i] = { threshold, rejected: stillRejecting };
  });
  return out;
}
