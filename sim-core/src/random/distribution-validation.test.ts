import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors";
import { distribution } from "./distribution";
import type { DistributionSpec } from "./distribution-spec";

/** The ValidationError message for `spec`, or fails the test if none is thrown. */
function messageOf(spec: unknown, path?: string): string {
  try {
    distribution(spec as DistributionSpec, path);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).message;
  }
  throw new Error(`expected a ValidationError for ${JSON.stringify(spec)}`);
}

describe("distribution validation", () => {
  it.each([
    [{ kind: "exponential", mean: -1 }, "distribution.mean: got -1; allowed: a finite number ≥ 0"],
    [{ kind: "exponential", mean: Number.NaN }, "distribution.mean: got NaN; allowed: a finite number ≥ 0"],
    [{ kind: "exponential", mean: "60" }, 'distribution.mean: got "60"; allowed: a finite number ≥ 0'],
    [{ kind: "exponential" }, "distribution.mean: got undefined; allowed: a finite number ≥ 0"],
    [
      { kind: "deterministic", value: Infinity },
      "distribution.value: got Infinity; allowed: a finite number ≥ 0",
    ],
    [{ kind: "uniform", min: 5, max: 2 }, "distribution.max: got 2; allowed: a finite number ≥ min (5)"],
    [{ kind: "erlang", k: 2.5, mean: 3 }, "distribution.k: got 2.5; allowed: an integer ≥ 1"],
    [{ kind: "gamma", shape: 0, scale: 1 }, "distribution.shape: got 0; allowed: a finite number > 0"],
    [{ kind: "weibull", shape: 1, scale: -3 }, "distribution.scale: got -3; allowed: a finite number ≥ 0"],
    [{ kind: "normal", mean: 5, sd: -1 }, "distribution.sd: got -1; allowed: a finite number ≥ 0"],
    [
      { kind: "normal", mean: 5, sd: 1, min: 4, max: 3 },
      "distribution.max: got 3; allowed: a number ≥ min (4)",
    ],
    [{ kind: "normal", mean: 5, sd: 0, min: 6 }, "distribution.mean: got 5; allowed: a value in [min, max]"],
    [{ kind: "normal", mean: 0, sd: 1, min: 50 }, "distribution.min: got 50; allowed: bounds holding"],
    [
      { kind: "lognormal", median: 60, p95: 30 },
      "distribution.p95: got 30; allowed: a finite number ≥ median (60)",
    ],
    [{ kind: "lognormal", median: 0, p95: 30 }, "distribution.median: got 0; allowed: a finite number > 0"],
    [
      { kind: "lognormal", mu: 1, sigma: 1, p95: 3 },
      "distribution.mu: got 1; allowed: either mu + sigma or median + p95",
    ],
    [
      { kind: "empirical", samples: [] },
      "distribution.samples: got an array of 0; allowed: a non-empty array",
    ],
    [
      { kind: "empirical", samples: [1, -2, 3] },
      "distribution.samples.1: got -2; allowed: a finite number ≥ 0",
    ],
    [
      { kind: "mixture", components: [] },
      "distribution.components: got an array of 0; allowed: a non-empty array",
    ],
    [
      { kind: "mixture", components: [{ weight: 1.5, dist: { kind: "deterministic", value: 1 } }] },
      "distribution.components.0.weight: got 1.5; allowed: a number in [0, 1]",
    ],
    [
      { kind: "mixture", components: [{ weight: 0, dist: { kind: "deterministic", value: 1 } }] },
      "distribution.components: got an array of 1; allowed: weights summing to a positive number",
    ],
    [
      { kind: "mixture", components: [{ weight: 1, dist: { kind: "exponential", mean: -5 } }] },
      "distribution.components.0.dist.mean: got -5; allowed: a finite number ≥ 0",
    ],
    [
      { kind: "exponental", mean: 3 },
      'distribution.kind: got "exponental"; allowed: one of deterministic, uniform',
    ],
    [{ mean: 3 }, "distribution.kind: got undefined; allowed: one of"],
    [42, 'distribution: got 42; allowed: a distribution object, e.g. { kind: "exponential", mean: 600 }'],
    [null, "distribution: got null; allowed: a distribution object"],
  ])("rejects %j", (spec, expected) => {
    expect(messageOf(spec)).toContain(expected);
  });

  it("suggests the kind a typo meant", () => {
    expect(messageOf({ kind: "exponental", mean: 3 })).toContain('did you mean "exponential"?');
  });

  it("names an unknown field and suggests the right one", () => {
    const message = messageOf({ kind: "exponential", meen: 3, mean: 3 });
    expect(message).toContain(
      "distribution.meen: got 3; allowed: no such field; fields of this kind: kind, mean",
    );
    expect(message).toContain('did you mean "mean"?');
  });

  it("reports every bad field at once", () => {
    const error = (() => {
      try {
        distribution({ kind: "uniform", min: -1, max: Number.NaN });
      } catch (e) {
        return e as ValidationError;
      }
      throw new Error("no error");
    })();
    expect(error.issues.map((i) => i.path)).toEqual(["distribution.min", "distribution.max"]);
  });

  it("uses the caller's path", () => {
    expect(messageOf({ kind: "exponential", mean: -1 }, "topologies.0.controllers.mttr")).toContain(
      "topologies.0.controllers.mttr.mean: got -1",
    );
  });

  it("accepts degenerate but meaningful parameters", () => {
    expect(distribution({ kind: "exponential", mean: 0 }).sample({ next: () => 0.5 })).toBe(0);
    expect(distribution({ kind: "lognormal", median: 60, p95: 60 }).sample({ next: () => 0.1 })).toBeCloseTo(
      60,
      10,
    );
    expect(distribution({ kind: "uniform", min: 3, max: 3 }).sample({ next: () => 0.7 })).toBe(3);
  });
});
