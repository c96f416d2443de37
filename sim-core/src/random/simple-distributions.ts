/**
 * Distributions with one-line samplers: deterministic, uniform, exponential, Erlang, empirical.
 * Each builder validates its fields through a {@link SpecChecker}.
 */
import type { Distribution } from "./distribution";
import { sampleStandardGamma } from "./gamma-distribution";
import type { Rng } from "./rng";
import type { SpecChecker } from "./spec-checker";

const NON_NEGATIVE = { min: 0 } as const;

/** `{ kind: "deterministic", value }`: always `value` (≥ 0); consumes no random numbers. */
export function deterministicDistribution(c: SpecChecker): Distribution {
  c.onlyFields(["kind", "value"]);
  const value = c.number("value", NON_NEGATIVE);
  c.throwIfInvalid();
  return { kind: "deterministic", mean: value, variance: 0, sample: () => value };
}

/** `{ kind: "uniform", min, max }`: uniform on [min, max), 0 ≤ min ≤ max. */
export function uniformDistribution(c: SpecChecker): Distribution {
  c.onlyFields(["kind", "min", "max"]);
  const min = c.number("min", NON_NEGATIVE);
  const max = c.number("max", NON_NEGATIVE);
  if (max < min) c.add("max", max, `a finite number ≥ min (${min})`);
  c.throwIfInvalid();
  const width = max - min;
  return {
    kind: "uniform",
    mean: (min + max) / 2,
    variance: (width * width) / 12,
    sample: (rng) => min + width * rng.next(),
  };
}

/** `{ kind: "exponential", mean }`: exponential with the given mean (≥ 0), by inversion. */
export function exponentialDistribution(c: SpecChecker): Distribution {
  c.onlyFields(["kind", "mean"]);
  const mean = c.number("mean", NON_NEGATIVE);
  c.throwIfInvalid();
  // 1 − u is in (0, 1], so the log is finite; inversion keeps common random numbers monotone.
  return {
    kind: "exponential",
    mean,
    variance: mean * mean,
    sample: (rng) => -mean * Math.log(1 - rng.next()),
  };
}

/**
 * Up to this many phases, an Erlang draw is a product of uniforms (exact, k draws). The product of
 * 32 values ≥ 2^-32 stays ≥ 2^-1024 > 0, so its log is finite. Above it, Marsaglia–Tsang's gamma
 * sampler is used (same law, O(1) draws per sample).
 */
const MAX_PRODUCT_PHASES = 32;

/** `{ kind: "erlang", k, mean }`: sum of k exponential phases (k an integer ≥ 1), each of mean `mean / k`. */
export function erlangDistribution(c: SpecChecker): Distribution {
  c.onlyFields(["kind", "k", "mean"]);
  const k = c.number("k", { min: 1, integer: true });
  const mean = c.number("mean", NON_NEGATIVE);
  c.throwIfInvalid();
  const phaseMean = mean / k;
  const sample =
    k > MAX_PRODUCT_PHASES
      ? (rng: Rng) => phaseMean * sampleStandardGamma(rng, k)
      : (rng: Rng) => {
          let product = 1;
          for (let i = 0; i < k; i++) product *= 1 - rng.next();
          return -phaseMean * Math.log(product);
        };
  return { kind: "erlang", mean, variance: (mean * mean) / k, sample };
}

/** How many bad entries of an empirical sample list are reported before "and N more". */
const MAX_REPORTED = 3;

/** `{ kind: "empirical", samples }`: resamples the given values (each ≥ 0) uniformly. */
export function empiricalDistribution(c: SpecChecker): Distribution {
  c.onlyFields(["kind", "samples"]);
  const raw = c.spec.samples;
  if (!Array.isArray(raw) || raw.length === 0) {
    c.add("samples", raw, "a non-empty array of finite numbers ≥ 0");
    c.throwIfInvalid();
  }
  const values = (raw as unknown[]).slice();
  let bad = 0;
  values.forEach((v, i) => {
    if (typeof v === "number" && Number.isFinite(v) && v >= 0) return;
    if (++bad <= MAX_REPORTED) c.add(`samples.${i}`, v, "a finite number ≥ 0");
  });
  if (bad > MAX_REPORTED)
    c.add("samples", raw, `finite numbers ≥ 0 (${bad - MAX_REPORTED} more bad entries)`);
  c.throwIfInvalid();
  const samples = values as number[];
  const n = samples.length;
  let mean = 0;
  for (const x of samples) mean += x;
  mean /= n;
  let sq = 0;
  for (const x of samples) sq += (x - mean) * (x - mean);
  return {
    kind: "empirical",
    mean,
    variance: sq / n, // resampling draws from the empirical law itself: population variance
    sample: (rng) => samples[Math.floor(rng.next() * n)]!,
  };
}
