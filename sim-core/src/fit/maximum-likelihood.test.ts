import { describe, expect, it } from "vitest";
import { distribution } from "../random/distribution";
import { RandomStreams } from "../random/random-streams";
import type { FitFamilyName } from "./families";
import { type CandidateFit, fitCandidate, isFitted } from "./maximum-likelihood";
import type { Observation } from "./observations";

// Twelve durations, three right-censored (event false).
const TIMES = [12, 35, 7.5, 60, 22, 90, 15, 48, 5, 130, 27, 70];
const EVENTS = [true, true, true, false, true, true, true, false, true, true, true, false];
const SAMPLE: Observation[] = TIMES.map((time, i) => ({ time, event: EVENTS[i]! }));

function fitted(name: FitFamilyName, obs: readonly Observation[]): CandidateFit {
  const fit = fitCandidate(name, obs);
  if (!isFitted(fit)) throw new Error(fit.reason);
  return fit;
}

describe("fitCandidate", () => {
  it("exponential with censoring: mean = total exposure / events, SE = mean/√events", () => {
    const fit = fitted("exponential", SAMPLE);
    const total = TIMES.reduce((a, b) => a + b, 0);
    expect(fit.parameters[0]!.value).toBeCloseTo(total / 9, 10);
    // Dropping the censored rows would give (total − 260)/9; counting them as events total/12.
    expect(fit.parameters[0]!.value).not.toBeCloseTo((total - 260) / 9, 3);
    expect(fit.parameters[0]!.value).not.toBeCloseTo(total / 12, 3);
    expect(fit.parameters[0]!.se).toBeCloseTo(total / 9 / 3, 10);
    expect(fit.parameters[0]!.lower).toBeCloseTo((total / 9) * Math.exp(-1.959963984540054 / 3), 10);
  });

  // Reference optima: scipy 1.17.1 stats.{weibull_min,lognorm,gamma} logpdf/logsf, minimised with
  // Nelder-Mead (xatol 1e-12) on the same data.
  it.each([
    ["weibull", [1.0123034883339739, 57.979958528750075], -45.53434277984786],
    ["lognormal", [3.5611957015779114, 1.2027263432179918], -45.14114600428084],
    ["gamma", [1.05695909582047, 54.23129567756111], -45.52600980655336],
  ] as const)("%s matches an independent censored MLE (scipy)", (name, params, logLik) => {
    const fit = fitted(name, SAMPLE);
    expect(fit.converged).toBe(true);
    expect(fit.parameters[0]!.value).toBeCloseTo(params[0], 5);
    expect(fit.parameters[1]!.value / params[1]).toBeCloseTo(1, 6);
    expect(fit.logLikelihood).toBeCloseTo(logLik, 8);
    expect(fit.aic).toBeCloseTo(4 - 2 * logLik, 7);
  });

  it("refuses a two-parameter family with fewer than two distinct events", () => {
    const fit = fitCandidate("weibull", [
      { time: 5, event: true },
      { time: 9, event: false },
    ]);
    expect(isFitted(fit)).toBe(false);
    expect(fitCandidate("exponential", [{ time: 5, event: false }])).toMatchObject({
      reason: expect.stringContaining("at least 1"),
    });
  });

  it.each([
    ["weibull", { kind: "weibull", shape: 1.7, scale: 3600 }, [1.7, 3600]],
    ["gamma", { kind: "gamma", shape: 2.5, scale: 600 }, [2.5, 600]],
    ["lognormal", { kind: "lognormal", mu: 7, sigma: 0.8 }, [7, 0.8]],
  ] as const)("recovers %s parameters from the simulator's own samples, censored", (name, spec, truth) => {
    const rng = new RandomStreams(11).stream(`fit/${name}`);
    const d = distribution(spec);
    // Censor at a fixed time near the 80th percentile: about a fifth of the sample is censored.
    const cut = d.mean * 1.6;
    const obs: Observation[] = [];
    for (let i = 0; i < 400; i++) {
      const t = d.sample(rng);
      obs.push(t > cut ? { time: cut, event: false } : { time: t, event: true });
    }
    expect(obs.filter((o) => !o.event).length).toBeGreaterThan(20);
    const fit = fitted(name, obs);
    fit.parameters.forEach((p, i) => {
      expect(p.lower!).toBeLessThan(truth[i]!);
      expect(p.upper!).toBeGreaterThan(truth[i]!);
    });
    expect(fit.mean.lower!).toBeLessThan(d.mean);
    expect(fit.mean.upper!).toBeGreaterThan(d.mean);
  });
});
