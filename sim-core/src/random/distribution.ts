/**
 * `distribution(spec, path)`: validates a plain {@link DistributionSpec} and returns a sampler
 * with its exact mean and variance.
 *
 * Every distribution here describes a non-negative quantity (a duration, a size, a count), so
 * every sample is ≥ 0 and the kernel can use it as a delay.
 */
import { describeValue, type Issue, invalid, ValidationError } from "../errors";
import { didYouMean } from "./did-you-mean";
import type { DistributionSpec } from "./distribution-spec";
import { gammaDistribution } from "./gamma-distribution";
import { mixtureDistribution } from "./mixture-distribution";
import { lognormalDistribution, normalDistribution } from "./normal-distributions";
import type { Rng } from "./rng";
import {
  deterministicDistribution,
  empiricalDistribution,
  erlangDistribution,
  exponentialDistribution,
  uniformDistribution,
} from "./simple-distributions";
import { SpecChecker } from "./spec-checker";
import { weibullDistribution } from "./weibull-distribution";

/** The `kind` of a distribution spec. */
export type DistributionKind = DistributionSpec["kind"];

/** A validated distribution: a sampler plus its exact moments, in the caller's unit. */
export interface Distribution {
  readonly kind: DistributionKind;
  /** Exact mean E[X] (Infinity if it does not exist). */
  readonly mean: number;
  /** Exact variance Var[X] (Infinity if it does not exist). */
  readonly variance: number;
  /** Draws one value ≥ 0, consuming numbers from `rng` only. */
  sample(rng: Rng): number;
}

type Builder = (checker: SpecChecker) => Distribution;

const BUILDERS: Readonly<Record<DistributionKind, Builder>> = {
  deterministic: deterministicDistribution,
  uniform: uniformDistribution,
  exponential: exponentialDistribution,
  erlang: erlangDistribution,
  gamma: gammaDistribution,
  normal: normalDistribution,
  lognormal: lognormalDistribution,
  weibull: weibullDistribution,
  empirical: empiricalDistribution,
  mixture: (checker) => mixtureDistribution(checker, distribution),
};

/** Every supported `kind`, in documentation order. */
export const DISTRIBUTION_KINDS: readonly DistributionKind[] = Object.keys(BUILDERS) as DistributionKind[];

/**
 * Validates `spec` and returns its distribution.
 *
 * @param spec - a plain object such as `{ kind: "exponential", mean: 600 }` (parsed JSON/YAML is fine).
 * @param path - dotted path of the spec in the user's input, used in error messages; default `"distribution"`.
 * @throws ValidationError naming every bad field (`path.field`), its value and what is allowed.
 */
export function distribution(spec: DistributionSpec, path = "distribution"): Distribution {
  const raw: unknown = spec;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    invalid(path, raw, 'a distribution object, e.g. { kind: "exponential", mean: 600 }');
  }
  const record = raw as Record<string, unknown>;
  const kind = record.kind;
  const builder =
    typeof kind === "string" && Object.hasOwn(BUILDERS, kind)
      ? BUILDERS[kind as DistributionKind]
      : undefined;
  if (builder === undefined) {
    const guess = typeof kind === "string" ? didYouMean(kind, DISTRIBUTION_KINDS) : undefined;
    const issue: Issue = {
      path: path === "" ? "kind" : `${path}.kind`,
      value: describeValue(kind),
      allowed: `one of ${DISTRIBUTION_KINDS.join(", ")}`,
    };
    if (guess !== undefined) issue.hint = `did you mean "${guess}"?`;
    throw new ValidationError([issue]);
  }
  return builder(new SpecChecker(path, record));
}
