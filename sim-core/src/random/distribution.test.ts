import { describe, expect, it } from "vitest";
import { type Distribution, distribution } from "./distribution";
import type { DistributionSpec } from "./distribution-spec";
import { RandomStreams } from "./random-streams";
import type { Rng } from "./rng";

const N = 200_000;
/** Two-sided z for the moment checks: a false alarm has probability ~6e-5 per check. */
const Z = 4;

interface Moments {
  mean: number;
  variance: number;
  seMean: number;
  seVariance: number;
}

/** Sample mean and variance with their standard errors (the variance's from the 4th moment). */
function moments(xs: Float64Array): Moments {
  const n = xs.length;
  let mean = 0;
  for (const x of xs) mean += x;
  mean /= n;
  let m2 = 0;
  let m4 = 0;
  for (const x of xs) {
    const d2 = (x - mean) * (x - mean);
    m2 += d2;
    m4 += d2 * d2;
  }
  const variance = m2 / (n - 1);
  m4 /= n;
  return {
    mean,
    variance,
    seMean: Math.sqrt(variance / n),
    seVariance: Math.sqrt(Math.max(0, m4 - variance * variance) / n),
  };
}

function draw(d: Distribution, rng: Rng, n = N): Float64Array {
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = d.sample(rng);
  return xs;
}

/** Asserts that the sample moments agree with (mean, variance) within Z standard errors. */
function expectMoments(xs: Float64Array, mean: number, variance: number): void {
  const m = moments(xs);
  expect(Math.abs(m.mean - mean)).toBeLessThanOrEqual(Z * m.seMean);
  expect(Math.abs(m.variance - variance)).toBeLessThanOrEqual(Z * m.seVariance);
}

const CASES: [string, DistributionSpec, number, number][] = [
  // label, spec, known mean, known variance (computed by hand from the textbook formulas)
  ["uniform", { kind: "uniform", min: 2, max: 10 }, 6, 64 / 12],
  ["exponential", { kind: "exponential", mean: 600 }, 600, 360_000],
  ["erlang k=3", { kind: "erlang", k: 3, mean: 90 }, 90, 2700],
  ["erlang k=32 (product path)", { kind: "erlang", k: 32, mean: 64 }, 64, 128],
  ["erlang k=1000 (gamma path)", { kind: "erlang", k: 1000, mean: 50 }, 50, 2.5],
  ["gamma shape 2.5", { kind: "gamma", shape: 2.5, scale: 4 }, 10, 40],
  ["gamma shape 0.3 (boost)", { kind: "gamma", shape: 0.3, scale: 10 }, 3, 30],
  ["gamma shape 1", { kind: "gamma", shape: 1, scale: 7 }, 7, 49],
  // Truncated-normal and Weibull moments below are from scipy.stats (truncnorm, weibull_min).
  ["normal, light truncation", { kind: "normal", mean: 10, sd: 3 }, 10.004628823033226, 8.953690343665064],
  // N(1, 2²) on [0, ∞): α = −0.5, λ = φ(0.5)/Φ(0.5) = 0.509160; var = 4(1 − 0.5λ − λ²).
  [
    "normal, heavy truncation",
    { kind: "normal", mean: 1, sd: 2 },
    1 + 2 * 0.5091604,
    4 * (1 - 0.5 * 0.5091604 - 0.5091604 ** 2),
  ],
  [
    "normal, upper tail [3, 4]",
    { kind: "normal", mean: 0, sd: 1, min: 3, max: 4 },
    3.2604542855900243,
    0.04927779377738217,
  ],
  [
    "lognormal mu/sigma",
    { kind: "lognormal", mu: 3, sigma: 0.5 },
    Math.exp(3.125),
    Math.expm1(0.25) * Math.exp(6.25),
  ],
  ["weibull shape 1.5", { kind: "weibull", shape: 1.5, scale: 100 }, 90.27452929509336, 3756.9028481393198],
  ["weibull shape 0.7", { kind: "weibull", shape: 0.7, scale: 10 }, 12.658235060572835, 342.6835553653154],
  ["empirical", { kind: "empirical", samples: [1, 2, 2, 3, 10] }, 3.6, 10.64],
  [
    "mixture",
    {
      kind: "mixture",
      components: [
        { weight: 0.9, dist: { kind: "exponential", mean: 60 } },
        { weight: 0.1, dist: { kind: "uniform", min: 600, max: 1200 } },
      ],
    },
    0.9 * 60 + 0.1 * 900,
    0.9 * 7200 + 0.1 * (30_000 + 810_000) - 144 ** 2,
  ],
];

describe("distribution moments", () => {
  it.each(CASES)(
    "%s: exact mean and variance, and samples agree with them",
    (label, spec, mean, variance) => {
      const d = distribution(spec);
      expect(d.mean).toBeCloseTo(mean, 4);
      expect(d.variance / variance).toBeCloseTo(1, 4);
      const xs = draw(d, new RandomStreams(42, 0).stream(`moments/${label}`));
      expect(xs.every((x) => Number.isFinite(x) && x >= 0)).toBe(true);
      expectMoments(xs, mean, variance);
    },
  );

  it("has teeth: a 1 % error in the mean is detected", () => {
    const d = distribution({ kind: "uniform", min: 2, max: 10 });
    const m = moments(draw(d, new RandomStreams(42, 0).stream("teeth")));
    expect(Z * m.seMean).toBeLessThan(0.01 * 6);
    expect(Math.abs(m.mean - 6 * 1.01)).toBeGreaterThan(Z * m.seMean);
  });

  it("deterministic returns its value and consumes no random numbers", () => {
    const d = distribution({ kind: "deterministic", value: 5 });
    const rng: Rng = {
      next: () => {
        throw new Error("drawn");
      },
    };
    expect(d.sample(rng)).toBe(5);
    expect([d.mean, d.variance]).toEqual([5, 0]);
  });

  it("lognormal from median and p95 has that median and p95", () => {
    const d = distribution({ kind: "lognormal", median: 60, p95: 300 });
    const xs = draw(d, new RandomStreams(7, 0).stream("lognormal/quantiles"));
    for (const [x, p] of [
      [60, 0.5],
      [300, 0.95],
    ] as const) {
      const below = xs.filter((v) => v <= x).length / xs.length;
      expect(Math.abs(below - p)).toBeLessThanOrEqual(Z * Math.sqrt((p * (1 - p)) / xs.length));
    }
    const sigma = Math.log(5) / 1.6448536269514722;
    expect(d.mean).toBeCloseTo(60 * Math.exp((sigma * sigma) / 2), 8);
    expectMoments(xs, d.mean, d.variance);
  });

  it("a normal with sd 0 is its mean", () => {
    const d = distribution({ kind: "normal", mean: 4, sd: 0 });
    expect(d.sample({ next: () => 0.3 })).toBe(4);
    expect(d.variance).toBe(0);
  });

  it("truncated normal samples stay in [min, max]", () => {
    const d = distribution({ kind: "normal", mean: 5, sd: 10, min: 2, max: 6 });
    const xs = draw(d, new RandomStreams(1, 0).stream("bounds"), 20_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...xs)).toBeLessThanOrEqual(6);
    expectMoments(xs, d.mean, d.variance);
  });

  it("mixture never picks a zero-weight component", () => {
    const d = distribution({
      kind: "mixture",
      components: [
        { weight: 1, dist: { kind: "deterministic", value: 1 } },
        { weight: 0, dist: { kind: "deterministic", value: 2 } },
      ],
    });
    expect(d.sample({ next: () => 0.9999999999 })).toBe(1);
  });

  it("inversion samplers are monotone in the uniform (common random numbers stay paired)", () => {
    const specs: DistributionSpec[] = [
      { kind: "exponential", mean: 3 },
      { kind: "weibull", shape: 2, scale: 3 },
      { kind: "lognormal", mu: 1, sigma: 1 },
      { kind: "normal", mean: 3, sd: 2 },
    ];
    for (const spec of specs) {
      const d = distribution(spec);
      const values = [0, 0.1, 0.5, 0.9, 0.999999].map((u) => d.sample({ next: () => u }));
      expect(values).toEqual([...values].sort((a, b) => a - b));
    }
  });

  it("same stream seed gives the same samples for every kind", () => {
    for (const [label, spec] of CASES) {
      const a = draw(distribution(spec), new RandomStreams("s", 3).stream(label), 50);
      const b = draw(distribution(spec), new RandomStreams("s", 3).stream(label), 50);
      expect(a).toEqual(b);
    }
  });
});
