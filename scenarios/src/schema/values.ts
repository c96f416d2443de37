/**
 * Zod builders for the scalar values of the scenario format. Each accepts the human string and
 * the plain number, and outputs the plain number in the unit the sim-core `Scenario` expects
 * (seconds, per hour, fractions). Every builder names what is allowed, which the loader prints.
 */
import { z } from "zod";
import { DURATION_ALLOWED, DURATION_PATTERN, parseDuration } from "../units/duration";
import { FRACTION_ALLOWED, PERCENT_PATTERN, parsePercentage } from "../units/percentage";
import { parseRate, RATE_PATTERN, rateAllowed } from "../units/rate";

/** A duration in seconds (≥ 0): `"30s"`, `"5m"`, `"1h30m"` or a number of seconds. */
export function duration(description?: string) {
  const schema = z
    .union(
      [z.number().min(0, { error: DURATION_ALLOWED }), z.string().regex(DURATION_PATTERN, DURATION_ALLOWED)],
      {
        error: DURATION_ALLOWED,
      },
    )
    .transform((value, ctx) => {
      const seconds = typeof value === "number" ? value : parseDuration(value);
      if (seconds === undefined || !Number.isFinite(seconds)) {
        ctx.addIssue({ code: "custom", message: DURATION_ALLOWED, input: value });
        return z.NEVER;
      }
      return seconds;
    });
  return description === undefined ? schema : schema.describe(description);
}

/** A rate converted to events per `unit`: `"2/h"`, `"30/min"`, `"9/s"` or a plain number in that unit. */
export function rate(unit: "hour" | "second" | "day", description?: string) {
  const perSeconds = { hour: 3600, second: 1, day: 86_400 }[unit];
  const allowed = rateAllowed(unit);
  const schema = z
    .union([z.number().min(0, { error: allowed }), z.string().regex(RATE_PATTERN, allowed)], {
      error: allowed,
    })
    .transform((value, ctx) => {
      const converted = typeof value === "number" ? value : parseRate(value, perSeconds);
      if (converted === undefined || !Number.isFinite(converted)) {
        ctx.addIssue({ code: "custom", message: allowed, input: value });
        return z.NEVER;
      }
      return converted;
    });
  return description === undefined ? schema : schema.describe(description);
}

/** A probability or fraction in [0, 1]: `"99.9%"`, `"1.5%"` or a number. */
export function fraction(description?: string) {
  const schema = z
    .union(
      [
        z.number().min(0, { error: FRACTION_ALLOWED }).max(1, { error: FRACTION_ALLOWED }),
        z.string().regex(PERCENT_PATTERN, FRACTION_ALLOWED),
      ],
      { error: FRACTION_ALLOWED },
    )
    .transform((value, ctx) => {
      const result = typeof value === "number" ? value : parsePercentage(value);
      if (result === undefined || result > 1) {
        ctx.addIssue({ code: "custom", message: FRACTION_ALLOWED, input: value });
        return z.NEVER;
      }
      return result;
    });
  return description === undefined ? schema : schema.describe(description);
}

/** A whole number ≥ `min`. */
export function count(min = 0, description?: string) {
  const allowed = `a whole number ≥ ${min}`;
  const schema = z.number({ error: allowed }).int({ error: allowed }).min(min, { error: allowed });
  return description === undefined ? schema : schema.describe(description);
}

const UNLIMITED_ALLOWED = 'a whole number ≥ 0 or "unlimited"';

/** A whole number ≥ 0, or `"unlimited"` (Infinity in the scenario). */
export function countOrUnlimited(description?: string) {
  const schema = z
    .union(
      [
        z.number().int({ error: UNLIMITED_ALLOWED }).min(0, { error: UNLIMITED_ALLOWED }),
        z.literal("unlimited", { error: UNLIMITED_ALLOWED }),
      ],
      { error: UNLIMITED_ALLOWED },
    )
    .transform((value) => (value === "unlimited" ? Number.POSITIVE_INFINITY : value));
  return description === undefined ? schema : schema.describe(description);
}

/** A finite number ≥ `min` (prices, factors). */
export function nonNegative(description?: string, min = 0) {
  const allowed = `a number ≥ ${min}`;
  const schema = z.number({ error: allowed }).min(min, { error: allowed });
  return description === undefined ? schema : schema.describe(description);
}

/** One of the listed words. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, description?: string) {
  const allowed = `one of ${values.map((v) => `"${v}"`).join(", ")}`;
  const schema = z.enum(values, { error: allowed });
  return description === undefined ? schema : schema.describe(description);
}

/** A non-empty single-line name. */
export function name(description?: string) {
  const allowed = "a non-empty name of at most 200 characters";
  const schema = z.string({ error: allowed }).min(1, { error: allowed }).max(200, { error: allowed });
  return description === undefined ? schema : schema.describe(description);
}
