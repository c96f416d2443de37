/**
 * The `assumptions:` block: scenario parameters an architect is not sure of, each with its
 * plausible range, for `resilab sensitivity` and `--uncertainty` runs:
 *
 *   assumptions:
 *     - { path: faults.controller.mttr, low: 15m, high: 2h }
 *     - { path: shared.failover.detection, factor: [0.5, 2], distribution: log-uniform }
 *     - { path: shared.executors.startup.podStart, factor: [0.5, 3] }   # a distribution: scaled
 *
 * Paths are those of `resilab sweep --param`. Values are human (durations, percentages, rates per
 * hour) and converted like the field they set. Whether each path exists is checked against the
 * whole scenario (`checkAssumptionPaths`), with a did-you-mean.
 */
import { resolveAssumptions, type Scenario, ValidationError } from "@resilab/sim-core";
import { z } from "zod";
import { parseDuration } from "../units/duration";
import { parsePercentage } from "../units/percentage";
import { parseRate } from "../units/rate";
import { strictObject } from "./strict-object";
import { name, oneOf } from "./values";

const VALUE_ALLOWED =
  'a number, a duration ("30m"), a percentage ("99.9%") or a rate per hour ("2/h"), in the unit of the field at path';

/** A number in the unit of the field it sets: plain, a duration (s), a percentage (fraction) or a rate (per hour). */
const humanValue = z.union([z.number(), z.string()], { error: VALUE_ALLOWED }).transform((value, ctx) => {
  const parsed =
    typeof value === "number"
      ? value
      : (parsePercentage(value) ?? parseDuration(value) ?? parseRate(value, 3600));
  if (parsed === undefined || !Number.isFinite(parsed)) {
    ctx.addIssue({ code: "custom", message: VALUE_ALLOWED, input: value });
    return z.NEVER;
  }
  return parsed;
});

const FACTOR_ALLOWED = "two factors [low, high] with 0 < low ≤ high, e.g. [0.5, 2]";

const assumption = strictObject({
  path: z
    .string({ error: "a dotted path such as faults.controller.mttr" })
    .describe("Dotted path of the parameter, as `resilab sweep --param` takes it."),
  name: name("Label in tables and charts; default: the path.").exactOptional(),
  low: humanValue.exactOptional().describe("Lowest plausible value (the field's unit)."),
  high: humanValue.exactOptional().describe("Highest plausible value (the field's unit)."),
  factor: z
    .tuple([z.number({ error: FACTOR_ALLOWED }), z.number({ error: FACTOR_ALLOWED })], {
      error: FACTOR_ALLOWED,
    })
    .exactOptional()
    .describe("Range as factors of the scenario's value; required for a distribution (it is scaled)."),
  distribution: oneOf(
    ["uniform", "log-uniform", "triangular"],
    "How --uncertainty draws it in its range: uniform (default), log-uniform, triangular (mode at the base).",
  ).exactOptional(),
});

/** The block: a list of assumptions. */
export const assumptions = z
  .array(assumption)
  .describe("Parameters whose value is uncertain, with their range: used by sensitivity and --uncertainty.");

/**
 * Checks every assumption against the whole (converted) scenario: the path must exist — in the
 * file or in the presets — and the range must suit it. Problems become issues at
 * `assumptions.<i>.<field>`, which the loader locates in the text.
 */
export function checkAssumptionPaths(
  scenario: Scenario & { assumptions?: unknown },
  ctx: z.RefinementCtx,
): void {
  const list = scenario.assumptions as Parameters<typeof resolveAssumptions>[1] | undefined;
  if (list === undefined || list.length === 0) return;
  try {
    resolveAssumptions(scenario, list);
  } catch (error) {
    // Anything but a finding about the assumptions is left to the scenario's own validation.
    if (!(error instanceof ValidationError)) return;
    for (const issue of error.issues) {
      if (!issue.path.startsWith("assumptions.")) continue;
      const path = issue.path.split(".").map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      const params: Record<string, unknown> = { allowed: issue.allowed };
      if (issue.hint !== undefined) params.hint = issue.hint;
      // The value as written (the loader renders it), found by walking the path.
      let input: unknown = scenario;
      for (const key of path) input = (input as Record<string | number, unknown> | undefined)?.[key];
      ctx.addIssue({ code: "custom", message: issue.allowed, path, params, input });
    }
  }
}
