/**
 * The statistics of the performance gate: the ratio of current to base time with a confidence
 * interval, and the decision against a threshold.
 *
 * Runs alternate (base, current, then current, base, …), and each round's two runs are paired:
 * they ran back to back, so slow drifts of the machine (thermal, neighbours) hit both. The
 * per-round log-ratios ln(current / base) are summarised with a Student t interval and
 * exponentiated: a ratio interval that is symmetric on the log scale, the natural scale of
 * "x % slower".
 */
import { studentTQuantile } from "@resilab/sim-core";

/** A ratio current / base with its interval. */
export interface RatioInterval {
  /** Geometric mean of the per-round ratios. */
  ratio: number;
  lower: number;
  upper: number;
  rounds: number;
  level: number;
}

/** The gate's decision. */
export type PerfVerdict = "pass" | "warn" | "fail";

/** The ratio interval from paired per-round times (same length ≥ 2, all > 0). */
export function logRatioInterval(
  current: readonly number[],
  base: readonly number[],
  level = 0.95,
): RatioInterval {
  const n = current.length;
  if (n < 2 || base.length !== n) throw new Error(`need ≥ 2 paired rounds, got ${n} and ${base.length}`);
  if ([...current, ...base].some((t) => !(t > 0))) throw new Error("times must be > 0");
  const logs = current.map((c, i) => Math.log(c / base[i]!));
  const mean = logs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(logs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
  const half = studentTQuantile(1 - (1 - level) / 2, n - 1) * (sd / Math.sqrt(n));
  return {
    ratio: Math.exp(mean),
    lower: Math.exp(mean - half),
    upper: Math.exp(mean + half),
    rounds: n,
    level,
  };
}

/**
 * `fail` when the whole interval is above `threshold` (slower by more than the threshold, with
 * 95 % confidence: a true ratio at or below it fails at most 2.5 % of the time); `warn` when the
 * estimate or the upper end is above it (possibly slower: run more rounds); `pass` otherwise.
 */
export function perfVerdict(interval: RatioInterval, threshold: number): PerfVerdict {
  if (interval.lower > threshold) return "fail";
  if (interval.upper > threshold) return "warn";
  return "pass";
}
