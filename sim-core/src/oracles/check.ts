/** Argument checks shared by the oracle formulas: each names the parameter and what is allowed. */
import { invalid } from "../errors";

/** A finite number > 0. */
export function positive(name: string, x: number): number {
  if (!(x > 0 && x < Infinity)) invalid(name, x, "a finite number > 0");
  return x;
}

/** A finite number ≥ 0. */
export function nonNegative(name: string, x: number): number {
  if (!(x >= 0 && x < Infinity)) invalid(name, x, "a finite number ≥ 0");
  return x;
}

/** A probability in [0, 1]. */
export function probability(name: string, x: number): number {
  if (!(x >= 0 && x <= 1)) invalid(name, x, "a probability in [0, 1]");
  return x;
}

/** An integer ≥ min. */
export function integerAtLeast(name: string, x: number, min: number): number {
  if (!(Number.isSafeInteger(x) && x >= min)) invalid(name, x, `an integer ≥ ${min}`);
  return x;
}
