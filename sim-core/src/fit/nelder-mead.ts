/**
 * Nelder–Mead minimisation (Nelder & Mead 1965, with the standard coefficients of Lagarias et al.,
 * "Convergence properties of the Nelder–Mead simplex method in low dimensions", SIAM J. Optim. 9
 * (1998)). Used for the 2-parameter likelihoods, where it needs no derivatives and never steps
 * outside the domain: a non-finite objective value (NaN, ±Infinity) counts as +Infinity.
 * Deterministic: same start, same steps, same result.
 */

/** Options of {@link nelderMead}. */
export interface NelderMeadOptions {
  /** Initial step along each axis; default 0.5 (the fit works on log-parameters: ×1.65). */
  step?: number;
  /** Stop when the simplex's values and points differ by less than this; default 1e-11. */
  tolerance?: number;
  /** Most objective evaluations per start; default 4000. */
  maxEvaluations?: number;
  /** Restarts from the best point with a fresh simplex (guards against a collapsed simplex); default 2. */
  restarts?: number;
}

/** The minimiser, its value and the evaluations used. */
export interface NelderMeadResult {
  point: number[];
  value: number;
  evaluations: number;
  converged: boolean;
}

const REFLECT = 1;
const EXPAND = 2;
const CONTRACT = 0.5;
const SHRINK = 0.5;

/** Minimises `f` from `start`. */
export function nelderMead(
  f: (x: readonly number[]) => number,
  start: readonly number[],
  options: NelderMeadOptions = {},
): NelderMeadResult {
  const safe = (x: readonly number[]) => {
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  let best = { point: [...start], value: safe(start), evaluations: 1, converged: false };
  const restarts = options.restarts ?? 2;
  for (let r = 0; r <= restarts; r++) {
    const run = simplexRun(safe, best.point, options);
    const improved = run.value < best.value;
    best = {
      point: improved ? run.point : best.point,
      value: Math.min(run.value, best.value),
      evaluations: best.evaluations + run.evaluations,
      converged: run.converged,
    };
    // A restart that finds nothing better confirms the minimum.
    if (!improved && r > 0) break;
  }
  return best;
}

function simplexRun(
  f: (x: readonly number[]) => number,
  start: readonly number[],
  options: NelderMeadOptions,
): NelderMeadResult {
  const n = start.length;
  const step = options.step ?? 0.5;
  const tolerance = options.tolerance ?? 1e-11;
  const maxEvaluations = options.maxEvaluations ?? 4000;
  let evaluations = 0;
  const evaluate = (x: number[]) => {
    evaluations++;
    return f(x);
  };
  const points: number[][] = [[...start]];
  for (let i = 0; i < n; i++) {
    const p = [...start];
    p[i] = p[i]! + step;
    points.push(p);
  }
  let values = points.map(evaluate);
  let converged = false;
  while (evaluations < maxEvaluations) {
    // Sort by value; ties keep their order (stable sort), so runs are reproducible.
    const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
    const sorted = order.map(([, i]) => points[i]!);
    values = order.map(([v]) => v);
    points.splice(0, points.length, ...sorted);
    const spread = values[n]! - values[0]!;
    let size = 0;
    for (let i = 1; i <= n; i++) {
      for (let j = 0; j < n; j++) size = Math.max(size, Math.abs(points[i]![j]! - points[0]![j]!));
    }
    if (
      Number.isFinite(values[n]!) &&
      spread <= tolerance * (1 + Math.abs(values[0]!)) &&
      size <= tolerance * 10
    ) {
      converged = true;
      break;
    }
    if (size < 1e-14) {
      converged = true;
      break;
    }
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] = centroid[j]! + points[i]![j]! / n;
    const worst = points[n]!;
    const along = (c: number) => centroid.map((m, j) => m + c * (m - worst[j]!));
    const reflected = along(REFLECT);
    const fr = evaluate(reflected);
    if (fr < values[0]!) {
      const expanded = along(EXPAND);
      const fe = evaluate(expanded);
      if (fe < fr) replaceWorst(points, values, expanded, fe);
      else replaceWorst(points, values, reflected, fr);
      continue;
    }
    if (fr < values[n - 1]!) {
      replaceWorst(points, values, reflected, fr);
      continue;
    }
    const outside = fr < values[n]!;
    const contracted = along(outside ? CONTRACT : -CONTRACT);
    const fc = evaluate(contracted);
    if (outside ? fc <= fr : fc < values[n]!) {
      replaceWorst(points, values, contracted, fc);
      continue;
    }
    for (let i = 1; i <= n; i++) {
      points[i] = points[i]!.map((v, j) => points[0]![j]! + SHRINK * (v - points[0]![j]!));
      values[i] = evaluate(points[i]!);
    }
  }
  let bestIndex = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! < values[bestIndex]!) bestIndex = i;
  return { point: points[bestIndex]!, value: values[bestIndex]!, evaluations, converged };
}

function replaceWorst(points: number[][], values: number[], point: number[], value: number): void {
  points[points.length - 1] = point;
  values[values.length - 1] = value;
}
