/** Weibull distribution (the usual shape for wear-out and infant-mortality failure times). */

import { pow } from "../stats/portable-math";
import { gammaFunction } from "../stats/special-functions";
import type { Distribution } from "./distribution";
import type { SpecChecker } from "./spec-checker";

/**
 * `{ kind: "weibull", shape, scale }`: shape k > 0, scale λ ≥ 0; P(X > x) = exp(−(x/λ)^k).
 * Mean λΓ(1 + 1/k), variance λ²[Γ(1 + 2/k) − Γ(1 + 1/k)²]. Sampled by inversion.
 */
export function weibullDistribution(c: SpecChecker): Distribution {
  c.onlyFields(["kind", "shape", "scale"]);
  const shape = c.number("shape", { min: 0, exclusiveMin: true });
  const scale = c.number("scale", { min: 0 });
  c.throwIfInvalid();
  const g1 = gammaFunction(1 + 1 / shape);
  const g2 = gammaFunction(1 + 2 / shape);
  const inverseShape = 1 / shape;
  return {
    kind: "weibull",
    mean: scale * g1,
    variance: scale * scale * Math.max(0, g2 - g1 * g1),
    sample: (rng) => scale * pow(-Math.log(1 - rng.next()), inverseShape),
  };
}
