/** Finite mixture of distributions (e.g. "90 % of builds are cached and fast, 10 % are cold"). */
import { type Issue, ValidationError } from "../errors";
import type { Distribution } from "./distribution";
import type { DistributionSpec } from "./distribution-spec";
import type { SpecChecker } from "./spec-checker";

type Build = (spec: DistributionSpec, path: string) => Distribution;

/**
 * `{ kind: "mixture", components: [{ weight, dist }, ...] }`: each weight in [0, 1], their sum > 0;
 * weights are normalised by their sum. One uniform picks the component, which then samples.
 * `build` is `distribution` itself (passed in to avoid an import cycle).
 */
export function mixtureDistribution(c: SpecChecker, build: Build): Distribution {
  c.onlyFields(["kind", "components"]);
  const raw = c.spec.components;
  if (!Array.isArray(raw) || raw.length === 0) {
    c.add("components", raw, "a non-empty array of { weight, dist }");
    c.throwIfInvalid();
  }
  const items = raw as unknown[];
  const weights: number[] = [];
  const parts: Distribution[] = [];
  items.forEach((item, i) => {
    const at = `components.${i}`;
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      c.add(at, item, "an object { weight, dist }");
      return;
    }
    const { weight, dist, ...rest } = item as Record<string, unknown>;
    for (const key of Object.keys(rest))
      c.add(`${at}.${key}`, rest[key], "no such field; a component has weight and dist");
    if (typeof weight !== "number" || !(weight >= 0 && weight <= 1))
      c.add(`${at}.weight`, weight, "a number in [0, 1]");
    else weights[i] = weight;
    try {
      parts[i] = build(dist as DistributionSpec, c.at(`${at}.dist`));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      c.issues.push(...(error.issues as Issue[]));
    }
  });
  c.throwIfInvalid();
  const total = weights.reduce((s, w) => s + w, 0);
  if (!(total > 0)) c.add("components", raw, "weights summing to a positive number (all are 0)");
  c.throwIfInvalid();
  const probabilities = weights.map((w) => w / total);
  const cumulative: number[] = [];
  let acc = 0;
  for (const p of probabilities) cumulative.push((acc += p));
  // A zero-weight tail must never be picked, even when rounding leaves cumulative[last] < 1.
  let last = probabilities.length - 1;
  while (probabilities[last] === 0) last--;
  let mean = 0;
  let second = 0;
  parts.forEach((d, i) => {
    mean += probabilities[i]! * d.mean;
    second += probabilities[i]! * (d.variance + d.mean * d.mean);
  });
  return {
    kind: "mixture",
    mean,
    variance: Math.max(0, second - mean * mean),
    sample: (rng) => {
      const u = rng.next();
      let i = 0;
      while (i < last && u >= cumulative[i]!) i++;
      return parts[i]!.sample(rng);
    },
  };
}
