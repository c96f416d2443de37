/**
 * Distributions as people write them, converted to sim-core's `DistributionSpec` (seconds):
 * a bare duration is deterministic; otherwise an object with exactly one key naming the family,
 * e.g. `{exponential: "10m"}`, `{lognormal: {median: "30s", p95: "2m"}}`,
 * `{uniform: ["20s", "120s"]}`, `{mixture: [{weight: 0.9, dist: "1s"}, …]}`.
 */
import type { DistributionSpec } from "@resilab/sim-core";
import { z } from "zod";
import { strictObject } from "./strict-object";
import { duration, nonNegative } from "./values";

/** The family keys, in the order error messages list them. */
export const DISTRIBUTION_FAMILIES = [
  "deterministic",
  "exponential",
  "uniform",
  "erlang",
  "gamma",
  "normal",
  "lognormal",
  "weibull",
  "empirical",
  "mixture",
] as const;

const ONE_FAMILY = `exactly one of: ${DISTRIBUTION_FAMILIES.join(", ")}`;

const positive = (what: string) =>
  z.number({ error: `${what}: a number > 0` }).gt(0, { error: `${what}: a number > 0` });

const uniformSchema = z.union(
  [
    z.tuple([duration(), duration()], { error: 'a pair ["min", "max"] of durations' }),
    strictObject({ min: duration(), max: duration() }),
  ],
  { error: 'a pair ["min", "max"] of durations or {min, max}' },
);

const lognormalSchema = strictObject({
  median: duration("Median (seconds or a duration).").exactOptional(),
  p95: duration("95th percentile, greater than the median.").exactOptional(),
  mu: z.number().exactOptional().describe("Mean of the logarithm (log-seconds)."),
  sigma: positive("sigma").exactOptional().describe("Standard deviation of the logarithm."),
}).superRefine((value, ctx) => {
  const byQuantiles = value.median !== undefined && value.p95 !== undefined;
  const byLogParams = value.mu !== undefined && value.sigma !== undefined;
  if (byQuantiles === byLogParams) {
    ctx.addIssue({ code: "custom", message: "either {median, p95} or {mu, sigma}", input: value });
  }
});

function familiesShape(dist: z.ZodType<DistributionSpec>) {
  return {
    deterministic: duration("Always this duration.").exactOptional(),
    exponential: duration("Exponential with this mean.").exactOptional(),
    uniform: uniformSchema.exactOptional().describe('Uniform between two durations: ["20s", "2m"].'),
    erlang: strictObject({ k: z.number().int().min(1), mean: duration() }).exactOptional(),
    gamma: strictObject({ shape: positive("shape"), scale: duration() }).exactOptional(),
    normal: strictObject({
      mean: duration(),
      sd: duration(),
      min: duration().exactOptional(),
      max: duration().exactOptional(),
    })
      .exactOptional()
      .describe("Normal truncated to [min, max] (min defaults to 0)."),
    lognormal: lognormalSchema.exactOptional().describe("Lognormal by {median, p95} or by {mu, sigma}."),
    weibull: strictObject({ shape: positive("shape"), scale: duration() }).exactOptional(),
    empirical: z
      .array(duration())
      .min(1, { error: "a list of at least one duration" })
      .exactOptional()
      .describe("Resamples uniformly from these observed durations."),
    mixture: z
      .array(strictObject({ weight: nonNegative("Relative weight."), dist }))
      .min(1, { error: "a list of at least one {weight, dist}" })
      .exactOptional()
      .describe("Weighted mixture of distributions."),
  };
}

type FamilyInput = z.output<z.ZodObject<ReturnType<typeof familiesShape>>>;

/** Converts the one family the user named into the sim-core spec. */
function toSpec(value: FamilyInput): DistributionSpec | undefined {
  if (value.deterministic !== undefined) return { kind: "deterministic", value: value.deterministic };
  if (value.exponential !== undefined) return { kind: "exponential", mean: value.exponential };
  if (value.uniform !== undefined) {
    const [min, max] = Array.isArray(value.uniform) ? value.uniform : [value.uniform.min, value.uniform.max];
    return { kind: "uniform", min, max };
  }
  if (value.erlang !== undefined) return { kind: "erlang", k: value.erlang.k, mean: value.erlang.mean };
  if (value.gamma !== undefined) return { kind: "gamma", shape: value.gamma.shape, scale: value.gamma.scale };
  if (value.normal !== undefined) return { kind: "normal", ...value.normal };
  if (value.lognormal !== undefined) {
    const l = value.lognormal;
    return l.median !== undefined && l.p95 !== undefined
      ? { kind: "lognormal", median: l.median, p95: l.p95 }
      : { kind: "lognormal", mu: l.mu!, sigma: l.sigma! };
  }
  if (value.weibull !== undefined)
    return { kind: "weibull", shape: value.weibull.shape, scale: value.weibull.scale };
  if (value.empirical !== undefined) return { kind: "empirical", samples: value.empirical };
  if (value.mixture !== undefined) return { kind: "mixture", components: value.mixture };
  return undefined;
}

/** A distribution of durations (seconds): a bare duration or `{<family>: parameters}`. */
export const distribution: z.ZodType<DistributionSpec> = z.lazy(() =>
  z
    .union(
      [
        duration().transform((value): DistributionSpec => ({ kind: "deterministic", value })),
        strictObject(familiesShape(distribution))
          .meta({ minProperties: 1, maxProperties: 1 })
          .transform((value, ctx) => {
            // An unknown key (a misspelt family) is already reported; "exactly one" would only repeat it.
            if (ctx.issues.length > 0) return z.NEVER;
            const families = Object.keys(value).filter(
              (key) => value[key as keyof FamilyInput] !== undefined,
            );
            const spec = families.length === 1 ? toSpec(value) : undefined;
            if (spec === undefined) {
              ctx.addIssue({ code: "custom", message: ONE_FAMILY, input: value });
              return z.NEVER;
            }
            return spec;
          }),
      ],
      { error: `a duration (deterministic) or an object with ${ONE_FAMILY}` },
    )
    .meta({
      id: "distribution",
      description: 'A duration (deterministic) or {family: parameters}, e.g. {exponential: "10m"}.',
    }),
);
