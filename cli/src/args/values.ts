/** Parsers for flag values; each names the flag, the value and what is allowed. */
import { parseDuration, parsePercentage, parseRate } from "@resilab/scenarios";
import { UsageError } from "../errors";

/** Which shard of a task list to run: `index` of `count`, 1-based as written (`--shard 3/16`). */
export interface Shard {
  index: number;
  count: number;
}

function bad(flag: string, value: string, allowed: string, verb?: string): never {
  throw new UsageError(`--${flag}: got ${JSON.stringify(value)}; allowed: ${allowed}`, verb);
}

/** A whole number in [min, max]. */
export function parseInteger(
  flag: string,
  value: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const allowed =
    max === Number.MAX_SAFE_INTEGER ? `a whole number ≥ ${min}` : `a whole number in [${min}, ${max}]`;
  if (!/^\d+$/.test(value.trim())) bad(flag, value, allowed);
  const n = Number(value.trim());
  if (!Number.isSafeInteger(n) || n < min || n > max) bad(flag, value, allowed);
  return n;
}

/** A duration in seconds (`"30d"`, `"12h"`, a number of seconds), > 0. */
export function parseDurationFlag(flag: string, value: string): number {
  const seconds = parseDuration(value);
  if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0) {
    bad(flag, value, 'a duration > 0 such as "30d", "12h", "90m" or a number of seconds');
  }
  return seconds;
}

/** `i/n` with 1 ≤ i ≤ n ≤ 100000. */
export function parseShard(value: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = match ? Number(match[1]) : Number.NaN;
  const count = match ? Number(match[2]) : Number.NaN;
  if (!match || count < 1 || count > 100_000 || index < 1 || index > count) {
    bad("shard", value, '"i/n" with 1 ≤ i ≤ n, e.g. "3/16" (shard 3 of 16)');
  }
  return { index, count };
}

/** One sweep value: a number, a duration (seconds), a percentage (fraction) or a rate (per hour). */
function parseSweepValue(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(trimmed)) return Number(trimmed);
  return parsePercentage(trimmed) ?? parseDuration(trimmed) ?? parseRate(trimmed, 3600);
}

/** `--values 5m,10m,30m`, `--values 0.9,0.95,99%` or an integer range `--values 1..8`. */
export function parseSweepValues(value: string): number[] {
  const allowed =
    'a comma-separated list of numbers, durations ("5m"), percentages ("95%") or rates ("2/h"), or a range "1..8"';
  const range = /^\s*(\d+)\s*\.\.\s*(\d+)\s*$/.exec(value);
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    if (to < from || to - from > 10_000) bad("values", value, allowed);
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }
  const values = value.split(",").map(parseSweepValue);
  if (values.length === 0 || values.some((v) => v === undefined || !Number.isFinite(v)))
    bad("values", value, allowed);
  return values as number[];
}
