// Types for seedrandom's stand-alone alea module. We import `seedrandom/lib/alea.js` rather than
// the package index: the index also loads ARC4 (which touches Node's crypto and the global
// unseeded generator at load time) and five other generators we never use. The explicit `.js`
// suffix resolves in Node ESM, tsx, vitest and vite alike (seedrandom has no `exports` map).
declare module "seedrandom/lib/alea.js" {
  interface AleaPrng {
    /** Uniform in [0, 1) with 32-bit resolution. */
    (): number;
    /** Uniform in [0, 1) with 53-bit resolution (two draws). */
    double(): number;
    /** Signed 32-bit integer. */
    int32(): number;
    quick(): number;
  }
  function alea(seed: string): AleaPrng;
  export default alea;
}
