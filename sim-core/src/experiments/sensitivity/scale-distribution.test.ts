import { describe, expect, it } from "vitest";
import { distribution } from "../../random/distribution";
import type { DistributionSpec } from "../../random/distribution-spec";
import { scaleDistribution } from "./scale-distribution";

const SPECS: DistributionSpec[] = [
  { kind: "deterministic", value: 30 },
  { kind: "uniform", min: 1, max: 5 },
  { kind: "exponential", mean: 600 },
  { kind: "erlang", k: 3, mean: 90 },
  { kind: "gamma", shape: 2, scale: 40 },
  { kind: "normal", mean: 100, sd: 20, min: 10, max: 300 },
  { kind: "lognormal", median: 45, p95: 120 },
  { kind: "lognormal", mu: 3, sigma: 0.5 },
  { kind: "weibull", shape: 1.5, scale: 200 },
  { kind: "empirical", samples: [1, 2, 4, 8] },
  {
    kind: "mixture",
    components: [
      { weight: 0.9, dist: { kind: "uniform", min: 0, max: 1 } },
      { weight: 0.1, dist: { kind: "lognormal", median: 60, p95: 180 } },
    ],
  },
];

describe("scaling a distribution", () => {
  it.each(SPECS.map((s) => [s.kind, s] as const))("%s: mean × f and variance × f²", (_, spec) => {
    const base = distribution(spec);
    for (const f of [0.5, 2.5]) {
      const scaled = distribution(scaleDistribution(spec, f));
      expect(scaled.mean / base.mean).toBeCloseTo(f, 10);
      if (base.variance > 0) expect(scaled.variance / base.variance).toBeCloseTo(f * f, 8);
      else expect(scaled.variance).toBe(0);
    }
  });
});
