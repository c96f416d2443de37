/**
 * Draws of the uncertain parameters for the outer loop of an uncertainty run: a Latin hypercube
 * (each parameter's range cut into `draws` equally likely strata, one draw in each, strata paired
 * at random), so even 20 draws cover every range evenly. Each parameter's shape maps the uniform
 * draw onto its range: uniform, log-uniform (as likely ×0.5 as ×2) or triangular (mode at the
 * base value). Seeded by the scenario seed on the named stream `uncertainty/draws`.
 */
import { RandomStreams } from "../../random/random-streams";
import { pow } from "../../stats/portable-math";
import type { Parameter } from "../sensitivity/assumption-types";

/** The value of `p` at probability `u` of its draw distribution (inverse CDF). */
export function drawValue(p: Parameter, u: number): number {
  const { low: a, high: b } = p;
  let v: number;
  if (p.draw === "log-uniform") v = a * pow(b / a, u);
  else if (p.draw === "triangular") {
    const c = Math.min(b, Math.max(a, p.base));
    const fc = (c - a) / (b - a);
    v = u < fc ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
  } else v = a + u * (b - a);
  return p.integer ? Math.round(v) : v;
}

/** `draws` Latin-hypercube draws of every parameter: `values[d][j]`. */
export function drawParameters(parameters: readonly Parameter[], draws: number, seed: number): number[][] {
  const rng = new RandomStreams(seed, 0).stream("uncertainty/draws");
  const columns = parameters.map((p) => {
    const strata = Array.from({ length: draws }, (_, i) => i);
    for (let i = draws - 1; i > 0; i--) {
      const j = Math.min(i, Math.floor(rng.next() * (i + 1)));
      [strata[i], strata[j]] = [strata[j]!, strata[i]!];
    }
    return strata.map((s) => drawValue(p, (s + rng.next()) / draws));
  });
  return Array.from({ length: draws }, (_, d) => columns.map((c) => c[d]!));
}
