/**
 * Tiny seeded generator for the kernel's own tests (a 32-bit LCG, Numerical Recipes constants),
 * so they do not depend on the random-streams module. Not for models: use `RandomStreams`.
 */
export function lcg(seed: number): { next(): number } {
  let s = seed >>> 0;
  return {
    next(): number {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s / 4294967296;
    },
  };
}
