/**
 * Observed Fisher information by finite differences: the Hessian of the negative log-likelihood
 * at the maximum, and its inverse (the asymptotic covariance of the estimate). Central
 * differences with a step of 1e-4 on the unconstrained scale give about 8 significant digits,
 * far more than a standard error needs.
 */

/** Hessian of `f` at `x` by central differences. */
export function numericHessian(f: (x: readonly number[]) => number, x: readonly number[]): number[][] {
  const n = x.length;
  const h = x.map((v) => 1e-4 * Math.max(1, Math.abs(v)));
  const at = (di: number, si: number, dj: number, sj: number) => {
    const p = [...x];
    p[di] = p[di]! + si * h[di]!;
    p[dj] = p[dj]! + sj * h[dj]!;
    return f(p);
  };
  const f0 = f(x);
  const H: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    const hi = h[i]!;
    const plus = [...x];
    plus[i] = plus[i]! + hi;
    const minus = [...x];
    minus[i] = minus[i]! - hi;
    H[i]![i] = (f(plus) - 2 * f0 + f(minus)) / (hi * hi);
    for (let j = 0; j < i; j++) {
      const v = (at(i, 1, j, 1) - at(i, 1, j, -1) - at(i, -1, j, 1) + at(i, -1, j, -1)) / (4 * hi * h[j]!);
      H[i]![j] = v;
      H[j]![i] = v;
    }
  }
  return H;
}

/**
 * Inverse of a symmetric positive-definite matrix by Cholesky, or null when it is not positive
 * definite (a flat or saddle likelihood: no Wald interval exists).
 */
export function inverseSpd(a: readonly (readonly number[])[]): number[][] | null {
  const n = a.length;
  const L: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i]![j]!;
      for (let k = 0; k < j; k++) s -= L[i]![k]! * L[j]![k]!;
      if (i === j) {
        if (!(s > 0) || !Number.isFinite(s)) return null;
        L[i]![i] = Math.sqrt(s);
      } else L[i]![j] = s / L[j]![j]!;
    }
  }
  // inverse = (L⁻¹)ᵀ L⁻¹
  const Li: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    Li[i]![i] = 1 / L[i]![i]!;
    for (let j = 0; j < i; j++) {
      let s = 0;
      for (let k = j; k < i; k++) s -= L[i]![k]! * Li[k]![j]!;
      Li[i]![j] = s / L[i]![i]!;
    }
  }
  const inv: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = Math.max(i, j); k < n; k++) s += Li[k]![i]! * Li[k]![j]!;
      inv[i]![j] = s;
    }
  }
  return inv;
}
