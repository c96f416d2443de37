/** Dense linear solver for the small systems of the oracles (CTMC steady states). */
import { SimulationError } from "../errors";

/**
 * Solves A x = b by Gaussian elimination with partial pivoting. O(n³) time, O(n²) memory: meant
 * for n up to a few hundred (a 4·51-state transfer line solves in milliseconds).
 *
 * @param a - square matrix, row-major (not modified).
 * @param b - right-hand side of length n (not modified).
 * @throws SimulationError("model") if the matrix is singular to working precision.
 */
export function solveLinear(a: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  if (a.length !== n || a.some((row) => row.length !== n)) {
    throw new RangeError(`solveLinear: need an ${n}×${n} matrix for a right-hand side of length ${n}`);
  }
  const m = a.map((row) => Float64Array.from(row));
  const x = Float64Array.from(b);
  // Singularity threshold relative to the largest entry, so scaling the system does not matter.
  let scale = 0;
  for (const row of m) for (const v of row) scale = Math.max(scale, Math.abs(v));
  const tiny = scale * n * Number.EPSILON;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    if (!(Math.abs(m[pivot]![col]!) > tiny)) {
      throw new SimulationError("model", `solveLinear: matrix is singular (column ${col})`);
    }
    if (pivot !== col) {
      [m[col], m[pivot]] = [m[pivot]!, m[col]!];
      [x[col], x[pivot]] = [x[pivot]!, x[col]!];
    }
    const rowCol = m[col]!;
    const diag = rowCol[col]!;
    for (let r = col + 1; r < n; r++) {
      const row = m[r]!;
      const factor = row[col]! / diag;
      if (factor === 0) continue;
      for (let c = col; c < n; c++) row[c]! -= factor * rowCol[c]!;
      x[r]! -= factor * x[col]!;
    }
  }
  const out = new Array<number>(n);
  for (let r = n - 1; r >= 0; r--) {
    const row = m[r]!;
    let s = x[r]!;
    for (let c = r + 1; c < n; c++) s -= row[c]! * out[c]!;
    out[r] = s / row[r]!;
  }
  return out;
}
