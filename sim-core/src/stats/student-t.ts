/**
 * Student's t distribution: CDF and quantile (inverse CDF) for any real degrees of freedom > 0.
 * The quantile drives every t-based confidence interval; it matches scipy's `t.ppf` to ~1e-12
 * (see `student-t.test.ts`).
 */
import { normalQuantile } from "./normal";
import { pow } from "./portable-math";
import { logGamma, regularizedBeta } from "./special-functions";

/** Upper tail P(T > t) for t ≥ 0. */
function upperTail(t: number, df: number): number {
  const t2 = t * t;
  // P(T > t) = I_x(df/2, 1/2) / 2 with x = df / (df + t²); pass 1 − x exactly to avoid cancellation.
  return 0.5 * regularizedBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
}

/** Density of Student's t with `df` degrees of freedom. */
export function studentTPdf(t: number, df: number): number {
  const logC = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logC - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/** CDF P(T ≤ t) of Student's t with `df` > 0 degrees of freedom (df = Infinity gives the normal). */
export function studentTCdf(t: number, df: number): number {
  checkDf(df);
  if (Number.isNaN(t)) return Number.NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const tail = upperTail(Math.abs(t), df);
  return t < 0 ? tail : 1 - tail;
}

/**
 * Quantile (inverse CDF) of Student's t: the t with P(T ≤ t) = p.
 *
 * @param p - probability in [0, 1] (±Infinity at the ends).
 * @param df - degrees of freedom, a real number > 0; Infinity gives the normal quantile.
 */
export function studentTQuantile(p: number, df: number): number {
  checkDf(df);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`studentTQuantile: p must be in [0, 1], got ${p}`);
  if (p === 0.5) return 0;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p < 0.5 ? p : 1 - p;
  const t = tailQuantile(q, df);
  return p < 0.5 ? -t : t;
}

/** Above this many degrees of freedom the quantile is the Cornish–Fisher expansion. */
const CORNISH_FISHER_DF = 1e4;

/** The t ≥ 0 with P(T > t) = q, for q in (0, 1/2). */
function tailQuantile(q: number, df: number): number {
  if (df === Infinity) return -normalQuantile(q);
  if (df === 1) return 1 / Math.tan(Math.PI * q); // Cauchy
  if (df === 2) return (1 - 2 * q) / Math.sqrt(2 * q * (1 - q));
  let t = cornishFisher(q, df);
  // For large df the expansion's O(df^-5) remainder is far below rounding, while the incomplete
  // beta loses digits (log Γ of huge arguments cancels): return the expansion itself.
  if (df > CORNISH_FISHER_DF) return t;
  // Bracket the root: the tail decreases in t.
  let lo = 0;
  let hi = Math.max(t, 1);
  while (upperTail(hi, df) > q) {
    lo = hi;
    hi *= 2;
  }
  if (!(t > lo && t < hi)) t = (lo + hi) / 2;
  // Safeguarded Newton: f(t) = tail(t) − q is decreasing with f'(t) = −pdf(t).
  for (let i = 0; i < 200; i++) {
    const f = upperTail(t, df) - q;
    if (f === 0) return t;
    if (f > 0) lo = t;
    else hi = t;
    let next = t + f / studentTPdf(t, df);
    if (!(next > lo && next < hi)) next = lo > 0 ? Math.sqrt(lo * hi) : (lo + hi) / 2;
    if (Math.abs(next - t) <= 1e-15 * t || hi - lo <= 1e-15 * hi) return next;
    t = next;
  }
  return t;
}

// Cornish–Fisher expansion of the t quantile around the normal one (Abramowitz & Stegun 26.7.5).
function cornishFisher(q: number, df: number): number {
  const z = -normalQuantile(q);
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + g1 / df + g2 / pow(df, 2) + g3 / pow(df, 3) + g4 / pow(df, 4);
}

function checkDf(df: number): void {
  if (!(df > 0)) throw new RangeError(`Student t: degrees of freedom must be > 0, got ${df}`);
}
