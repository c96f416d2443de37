/** Exact sample quantile. */
import { invalid } from "../errors";

/**
 * The p-quantile of sorted data, Hyndman & Fan type 7 (the default of R, numpy and Excel's
 * PERCENTILE.INC): linear interpolation between order statistics at h = (n − 1)p.
 *
 * @param sorted - data sorted ascending (not checked, to keep this O(1)); at least one value.
 * @param p - probability in [0, 1].
 */
export function quantile(sorted: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 1)) invalid("p", p, "a number in [0, 1]");
  const n = sorted.length;
  if (n === 0) invalid("sorted", sorted, "a non-empty sorted array of numbers");
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const x = sorted[lo]!;
  return lo + 1 < n ? x + (h - lo) * (sorted[lo + 1]! - x) : x;
}
