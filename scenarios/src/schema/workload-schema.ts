/** The workload: teams, trigger sources, the pipeline's stages and optional end-user traffic. */
import { z } from "zod";
import { distribution } from "./distribution-schema";
import { strictObject } from "./strict-object";
import { count, duration, fraction, name, rate } from "./values";

const teams = z
  .array(count(0))
  .exactOptional()
  .describe("Only these team indices trigger (default: all, uniformly).");

const poisson = strictObject({
  kind: z.literal("poisson"),
  ratePerHour: rate("hour", 'Triggers per hour: a number or a rate such as "30/h" or "1/2m".'),
  teams,
});

const businessHours = strictObject({
  kind: z.literal("business-hours"),
  ratePerHour: rate("hour", "Triggers per hour inside business hours."),
  startHour: z.number().min(0).max(24).exactOptional().describe("Hour of day business starts; default 9."),
  endHour: z.number().min(0).max(24).exactOptional().describe("Hour of day business ends; default 17."),
  daysPerWeek: count(1)
    .max(7)
    .exactOptional()
    .describe("Working days per week from the start of the run; default 5."),
  teams,
});

const burst = strictObject({
  kind: z.literal("burst"),
  meanInterval: duration("Mean time between bursts (exponential)."),
  size: count(1, "Triggers per burst."),
  teams,
});

const saturated = strictObject(
  { kind: z.literal("saturated") },
  "An endless backlog: the line is never starved.",
);

/** One trigger source, chosen by `kind`. */
export const trigger = z.discriminatedUnion("kind", [poisson, businessHours, burst, saturated], {
  error: 'a trigger with kind "poisson", "business-hours", "burst" or "saturated"',
});

const stage = strictObject({
  name: name("Stage name, unique within the pipeline."),
  duration: distribution.describe("Working time of one attempt."),
  flakyProbability: fraction("Probability that an attempt fails on its own; default 0.").exactOptional(),
  retries: count(0, "Retries after a flaky failure; default 0.").exactOptional(),
  label: name('Executor label the stage needs; default "default".').exactOptional(),
  after: z
    .array(name())
    .exactOptional()
    .describe("Stages it waits for; default the one before it; [] starts at once."),
  checkpoints: count(0, "Checkpoints inside the stage (equal spacing); default 0.").exactOptional(),
});

/** Teams, triggers, pipeline and end-user traffic. */
export const workload = strictObject({
  teams: count(1, "Number of teams; each trigger belongs to one team."),
  triggers: z.array(trigger).min(1, { error: "a list of at least one trigger source" }),
  pipeline: strictObject({
    stages: z.array(stage).min(1, { error: "a list of at least one stage" }),
  }),
  endUser: strictObject({
    requestsPerSecond: rate("second", 'End-user requests per second: a number or "50/s".'),
    blockedThreshold: duration("A request blocked longer than this counts as an outage, e.g. 3s."),
  })
    .exactOptional()
    .describe("End-user requests that need the service (retail-style)."),
});
