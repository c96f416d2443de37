/**
 * The `people` block: the on-call responder's weekly schedule (sim-core `PeopleSpec`,
 * `run/on-call.ts`). Days are written as names, hours as numbers 0–24, the week start as
 * `"<day> HH:MM"`; the output is seconds and day numbers (0 = Monday).
 */
import { z } from "zod";
import { distribution } from "./distribution-schema";
import { strictObject } from "./strict-object";

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

const DAY_ALLOWED = `one of ${WEEKDAYS.map((d) => `"${d}"`).join(", ")}`;
const START_ALLOWED = 'a day and time of the week, e.g. "mon 00:00" or "sun 03:00"';
const START_PATTERN = /^(mon|tue|wed|thu|fri|sat|sun) ([01]\d|2[0-3]):([0-5]\d)$/;

const day = z.enum(WEEKDAYS, { error: DAY_ALLOWED }).transform((d) => WEEKDAYS.indexOf(d));

const hour = (description: string) =>
  z
    .number({ error: "an hour of the day from 0 to 24" })
    .min(0, { error: "an hour of the day from 0 to 24" })
    .max(24, { error: "an hour of the day from 0 to 24" })
    .describe(description);

const weekStart = z
  .string({ error: START_ALLOWED })
  .regex(START_PATTERN, START_ALLOWED)
  .transform((text) => {
    const [, d, h, m] = START_PATTERN.exec(text)!;
    return WEEKDAYS.indexOf(d as (typeof WEEKDAYS)[number]) * 86_400 + Number(h) * 3600 + Number(m) * 60;
  });

const shift = strictObject({
  days: z
    .array(day)
    .min(1, { error: "a list of at least one day" })
    .describe('Days the shift starts on, e.g. ["mon", "tue", "wed", "thu", "fri"].'),
  from: hour("Hour of day the shift starts (0–24)."),
  to: hour("Hour of day it ends (0–24); a `to` at or before `from` runs past midnight."),
  response: distribution.describe("Page → hands on keyboard during this shift."),
});

export const people = strictObject({
  weekStart: weekStart
    .exactOptional()
    .describe('The time of the week at simulation time 0; default "mon 00:00".'),
  response: distribution.describe("Page → hands on keyboard outside every shift (nights, weekends)."),
  schedule: z
    .array(shift)
    .exactOptional()
    .describe("On-call shifts, first match wins; a page outside every shift uses `response`."),
}).describe(
  "The on-call people: who is paged for a manual repair, a manual failover or a release rollback, and how fast they respond by time of the week. Default: none (repairs start at once).",
);
