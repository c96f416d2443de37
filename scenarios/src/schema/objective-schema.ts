/**
 * One service-level objective: a line such as `"p99 outageDuration <= 2m"` or an object
 * `{metric, stat?, op, target, name?}` whose target is written in the metric's unit.
 */
import { type Objective, objectiveLabel, statAllowed, statsAllowedFor } from "@resilab/sim-core";
import { z } from "zod";
import type { IssueParams } from "./issue-params";
import { METRIC_NAMES, parseObjectiveText, parseTarget, STATS, targetAllowed } from "./objective-text";
import { strictObject } from "./strict-object";
import { oneOf } from "./values";

const LINE_ALLOWED = 'an objective line such as "p99 outageDuration <= 2m" or an object {metric, op, target}';

/** The shape of a line, for editors; the transform below reports which part is wrong. */
const LINE_PATTERN = /^\s*(?:\S+\s+)?[A-Za-z]+\s*(?:<=|>=|≤|≥|<|>|==|=)\s*\S.*$/;

const objectiveLine = z
  .string()
  .regex(LINE_PATTERN, LINE_ALLOWED)
  .describe('"[stat] metric <= target" or "[stat] metric >= target", e.g. "p99 outageDuration <= 2m".')
  .transform((text, ctx): Objective => {
    const parsed = parseObjectiveText(text);
    if (!Array.isArray(parsed)) return parsed;
    for (const problem of parsed) {
      const allowed = problem.field === "" ? problem.allowed : `${problem.field}: ${problem.allowed}`;
      const params: IssueParams = { value: problem.value, allowed };
      if (problem.hint !== undefined) params.hint = problem.hint;
      ctx.addIssue({ code: "custom", message: allowed, input: text, params });
    }
    return z.NEVER;
  });

const objectiveObject = strictObject({
  name: z.string().exactOptional().describe("Label shown in reports; default: generated."),
  metric: oneOf(
    METRIC_NAMES as [string, ...string[]],
    "The metric the objective is about, e.g. outageDuration (a team shard's service outage) or " +
      "interruptionRecovery (from a failure until the work it interrupted runs again).",
  ),
  stat: oneOf(STATS, 'For per-event metrics: "mean" (default), "max" or a percentile.').exactOptional(),
  op: z.enum(["<=", ">="], { error: '"<=" or ">="' }),
  target: z
    .union([z.number(), z.string()], { error: "a number or a string in the metric's unit" })
    .describe('Target in the metric\'s unit: "2m" for times, "99.9%" for fractions, "12/h" for throughput.'),
}).transform((value, ctx): Objective => {
  const metric = value.metric as Objective["metric"];
  if (value.stat !== undefined && !statAllowed(metric, value.stat)) {
    const allowed = statsAllowedFor(metric);
    const params: IssueParams = { value: value.stat, allowed, hint: `objective "${objectiveLabel(value)}"` };
    ctx.addIssue({ code: "custom", message: allowed, path: ["stat"], input: value.stat, params });
    return z.NEVER;
  }
  const target = parseTarget(metric, value.target);
  if (target === undefined) {
    ctx.addIssue({ code: "custom", message: targetAllowed(metric), path: ["target"], input: value.target });
    return z.NEVER;
  }
  const objective: Objective = { metric, op: value.op, target };
  if (value.name !== undefined) objective.name = value.name;
  if (value.stat !== undefined) objective.stat = value.stat;
  return objective;
});

/** One objective of the agreed service level. */
export const objective = z.union([objectiveLine, objectiveObject], { error: LINE_ALLOWED });
