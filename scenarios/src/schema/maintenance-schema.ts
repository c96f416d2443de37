/**
 * The `maintenance` block: planned changes and the weekly window they run in (sim-core
 * `MaintenanceSpec`, `run/maintenance.ts`). Days are names, the window's start an hour 0–24.
 */
import { z } from "zod";
import { WEEKDAYS } from "./people-schema";
import { strictObject } from "./strict-object";
import { count, duration, oneOf } from "./values";

const DAY_ALLOWED = `one of ${WEEKDAYS.map((d) => `"${d}"`).join(", ")}`;
const day = z.enum(WEEKDAYS, { error: DAY_ALLOWED }).transform((d) => WEEKDAYS.indexOf(d));

const controllerChange = strictObject({
  kind: oneOf(
    ["controller-upgrade", "plugin-update"],
    "A new controller version, or plugin updates (which need a controller restart too).",
  ),
  every: duration('How often, e.g. "2w" (at the next window start when there is a window).'),
  strategy: oneOf(
    ["full-restart", "rolling", "blue-green"],
    "full-restart (default): every controller at once; rolling: one at a time, standbys first; blue-green: a new set beside the old, each shard cut over in cutover.",
  ).exactOptional(),
  duration: duration("Work before each restarted controller boots; default 0.").exactOptional(),
  cutover: duration(
    "Blue-green: how long a shard stops while it moves to the new set (required).",
  ).exactOptional(),
});

const nodeDrain = strictObject({
  kind: z.literal("node-drain", { error: '"node-drain"' }),
  every: duration('How often, e.g. "4w".'),
  duration: duration("How long each node is down (reboot, OS or kubelet upgrade)."),
  maxUnavailable: count(1, "Disruption budget: nodes drained at once; default 1.").exactOptional(),
});

const change = z
  .discriminatedUnion("kind", [controllerChange, nodeDrain], {
    error: 'one of "controller-upgrade", "plugin-update", "node-drain"',
  })
  .describe("A planned change, repeated every `every`.");

export const maintenance = strictObject({
  window: strictObject({
    days: z.array(day).min(1, { error: "a list of at least one day" }).describe('Days, e.g. ["sun"].'),
    from: z
      .number({ error: "an hour of the day from 0 to 24" })
      .min(0, { error: "an hour of the day from 0 to 24" })
      .max(24, { error: "an hour of the day from 0 to 24" })
      .describe("Hour of day the window starts; changes start then."),
  })
    .exactOptional()
    .describe("A weekly maintenance window on the people.weekStart calendar (time 0 = Monday 00:00)."),
  changes: z
    .array(change)
    .min(1, { error: "a list of at least one change" })
    .describe("The planned changes."),
}).describe(
  "Planned changes (controller upgrades, plugin updates, node drains) and their window; outages they cause are reported apart as planned. Default: none.",
);
