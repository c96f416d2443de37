/**
 * Steady state of a small continuous-time Markov chain: the exact reference for the availability
 * and transfer-line oracles (the simulator is checked against it, never the other way round).
 */
import { invalid } from "../errors";
import { solveLinear } from "./linear-solve";

/** One transition of a CTMC: from state `from` to state `to` at `rate` (per unit time). */
export type Transition = readonly [from: number, to: number, rate: number];

/**
 * The generator matrix Q of a chain with `states` states: Q[i][j] is the rate i → j and each
 * diagonal entry makes its row sum to zero. Repeated transitions add up; zero rates are ignored.
 */
export function generatorMatrix(states: number, transitions: readonly Transition[]): number[][] {
  if (!(Number.isSafeInteger(states) && states >= 1)) invalid("states", states, "an integer ≥ 1");
  const q = Array.from({ length: states }, () => new Array<number>(states).fill(0));
  transitions.forEach(([from, to, rate], i) => {
    for (const [field, s] of [
      ["from", from],
      ["to", to],
    ] as const) {
      if (!(Number.isSafeInteger(s) && s >= 0 && s < states))
        invalid(`transitions.${i}.${field}`, s, `a state in 0..${states - 1}`);
    }
    if (!(rate >= 0 && rate < Infinity)) invalid(`transitions.${i}.rate`, rate, "a finite rate ≥ 0");
    if (from === to || rate === 0) return;
    q[from]![to]! += rate;
    q[from]![from]! -= rate;
  });
  return q;
}

/**
 * Stationary distribution π of an irreducible CTMC: π Q = 0 with Σ π = 1, solved directly
 * (Gaussian elimination with partial pivoting on Qᵀ, one balance equation replaced by the
 * normalisation). Sum the probabilities of the *down* states to get an unavailability: 1 − Σ up
 * would lose the digits of a 1e-8 result.
 *
 * @param q - generator matrix (rows sum to 0, off-diagonal entries ≥ 0).
 */
export function ctmcSteadyState(q: readonly (readonly number[])[]): number[] {
  const n = q.length;
  if (n === 0 || q.some((row) => row.length !== n)) invalid("generator", q, "a non-empty square matrix");
  const a: number[][] = [];
  for (let i = 0; i < n - 1; i++) a.push(q.map((row) => row[i]!)); // balance equation of state i
  a.push(new Array<number>(n).fill(1));
  const b = new Array<number>(n).fill(0);
  b[n - 1] = 1;
  return solveLinear(a, b);
}
