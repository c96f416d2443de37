/**
 * A source of uniform random numbers. Every random decision in a simulation draws from an `Rng`
 * obtained from {@link RandomStreams}, never from the global unseeded generator.
 */
export interface Rng {
  /** Next uniform number in [0, 1), with 32-bit resolution (a multiple of 2^-32). */
  next(): number;
}

/** 2^-33: half of the 32-bit cell of an `Rng` draw. */
const HALF_CELL = 1.1641532182693481e-10;

/**
 * Draws a uniform number strictly inside (0, 1): the midpoint of the 32-bit cell of `rng.next()`.
 * Inverse-CDF samplers use it so that `log(u)` and `normalQuantile(u)` are always finite.
 */
export function openUniform(rng: Rng): number {
  return rng.next() + HALF_CELL;
}
