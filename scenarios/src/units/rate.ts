/**
 * Human rates: `"2/h"`, `"30/min"`, `"9/s"`, `"5/d"`, `"1/10m"` (one per ten minutes). The
 * denominator is any duration; a plain number is already in the field's unit.
 */
import { DURATION_PATTERN, parseDuration } from "./duration";

const NUMBER = String.raw`\d+(?:\.\d+)?(?:[eE][+-]?\d+)?`;

/** Matches `<number>/<duration>` where the duration may omit its leading 1 (`/h`). */
export const RATE_PATTERN = new RegExp(
  `^\\s*${NUMBER}\\s*/\\s*(?:${NUMBER})?\\s*[a-z]+(?:\\s*${NUMBER}\\s*[a-z]+)*\\s*$`,
);

/** What the error messages say a rate may look like. */
export function rateAllowed(unit: "hour" | "second" | "day"): string {
  return `a rate such as "2/h", "30/min", "9/s", "1/10m", or a number per ${unit}`;
}

/** Parses a rate string to events per `perSeconds` (3600 = per hour); undefined when malformed. */
export function parseRate(text: string, perSeconds: number): number | undefined {
  if (!RATE_PATTERN.test(text)) return undefined;
  const slash = text.indexOf("/");
  const amount = Number(text.slice(0, slash).trim());
  let window = text.slice(slash + 1).trim();
  if (/^[a-z]/.test(window)) window = `1${window}`;
  if (!DURATION_PATTERN.test(window)) return undefined;
  const seconds = parseDuration(window);
  if (seconds === undefined || seconds <= 0) return undefined;
  // Divide last: "30/min" per hour = 30 * 3600 / 60 = 1800 exactly.
  return (amount * perSeconds) / seconds;
}
