/**
 * Human durations: `"250ms"`, `"30s"`, `"5m"`, `"2h"`, `"1d"`, `"1w"` and combinations such as
 * `"1h30m"` or `"1d 12h"`. A plain number (or numeric string) is seconds. Results are seconds.
 */

/** Seconds per unit; `m` and `min` are minutes (months are never meant in an SLO). */
export const DURATION_UNITS: Readonly<Record<string, number>> = {
  ms: 0.001,
  s: 1,
  sec: 1,
  m: 60,
  min: 60,
  h: 3600,
  hr: 3600,
  d: 86_400,
  day: 86_400,
  days: 86_400,
  w: 604_800,
};

const NUMBER = String.raw`\d+(?:\.\d+)?(?:[eE][+-]?\d+)?`;
const UNIT = "(?:ms|sec|min|hr|days|day|s|m|h|d|w)";

/** Matches a whole duration string (for the JSON Schema and the zod check). */
export const DURATION_PATTERN = new RegExp(`^\\s*(?:${NUMBER}|(?:${NUMBER}\\s*${UNIT}\\s*)+)\\s*$`);

const PART = new RegExp(`(${NUMBER})\\s*(${UNIT})`, "g");

/** What the error messages say a duration may look like. */
export const DURATION_ALLOWED =
  'a duration such as "30s", "5m", "1h30m", "250ms", "2d", or a number of seconds';

/** Converts a decimal string scaled by a power of ten without the rounding error of a division. */
export function scaledDecimal(text: string, exponent: number): number {
  return Number(`${text}e${exponent}`);
}

/** Parses a duration string to seconds; undefined when it is not a duration. */
export function parseDuration(text: string): number | undefined {
  if (!DURATION_PATTERN.test(text)) return undefined;
  const trimmed = text.trim();
  if (/^[\d.eE+-]+$/.test(trimmed)) return Number(trimmed);
  let total = 0;
  for (const match of trimmed.matchAll(PART)) {
    const [, amount, unit] = match;
    const perUnit = DURATION_UNITS[unit!]!;
    // Milliseconds via exponent so "250ms" is exactly 0.25, not 0.25000000000000006.
    total += perUnit === 0.001 ? scaledDecimal(amount!, -3) : Number(amount) * perUnit;
  }
  return total;
}

/** Seconds as the shortest exact human string (`5400` → `"1h30m"`), for messages and dumps. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return String(seconds);
  if (seconds === 0) return "0s";
  if (!Number.isInteger(seconds))
    return seconds < 1 ? `${+(seconds * 1000).toPrecision(12)}ms` : `${seconds}s`;
  const parts: string[] = [];
  let rest = seconds;
  for (const [unit, size] of [
    ["d", 86_400],
    ["h", 3600],
    ["m", 60],
    ["s", 1],
  ] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join("");
}
