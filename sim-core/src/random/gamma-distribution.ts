/** Gamma distribution, sampled with Marsaglia & Tsang's squeeze method. */
import { normalQuantile } from "../stats/normal";
import { pow } from "../stats/portable-math";
import type { Distribution } from "./distribution";
import { openUniform, type Rng } from "./rng";
import type { SpecChecker } from "./spec-checker";

/** A standard normal draw by inversion: exactly one uniform per draw. */
export function standardNormal(rng: Rng): number {
  return normalQuantile(openUniform(rng));
}

/**
 * One Gamma(shape, 1) draw. Marsaglia & Tsang, "A simple method for generating gamma variables",
 * ACM TOMS 26 (2000) 363–372; shape < 1 uses their boost Gamma(shape + 1) · U^(1/shape).
 */
export function sampleStandardGamma(rng: Rng, shape: number): number {
  if (shape < 1) return sampleStandardGamma(rng, shape + 1) * pow(openUniform(rng), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = standardNormal(rng);
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const u = openUniform(rng);
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v; // squeeze: accepts ~98 % without a log
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** `{ kind: "gamma", shape, scale }`: shape > 0, scale ≥ 0; mean shape·scale, variance shape·scale². */
export function gammaDistribution(c: SpecChecker): Distribution {
  c.onlyFields(["kind", "shape", "scale"]);
  const shape = c.number("shape", { min: 0, exclusiveMin: true });
  const scale = c.number("scale", { min: 0 });
  c.throwIfInvalid();
  return {
    kind: "gamma",
    mean: shape * scale,
    variance: shape * scale * scale,
    sample: (rng) => scale * sampleStandardGamma(rng, shape),
  };
}
