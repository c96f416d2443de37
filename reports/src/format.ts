/**
 * Number formatting shared by every output: durations in the largest readable unit,
 * availabilities with as many decimals as their nines need, intervals with one unit for all
 * three numbers. d3-format does the digit work; negative numbers use the typographic minus.
 */

import type { Interval } from "@resilab/sim-core";
import { format } from "d3";
import { metricInfo } from "./metrics";

/** A formatter for a set of values that should share a unit (an interval, an axis). */
export interface ValueFormatter {
  /** The number with its unit, e.g. "2.5 min". */
  withUnit(value: number): string;
  /** The number alone, in the shared unit, e.g. "2.5". */
  bare(value: number): string;
  /** The shared unit, e.g. "min", "%", "/h"; empty for plain counts. */
  unit: string;
}

const sig3 = format(".3~r");
const grouped = format(",.0f");

/** A plain number with about three significant digits ("0.0123", "4.56", "1,234"); "n/a" for NaN. */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return "n/a";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "−∞";
  if (Math.abs(value) < 1e-12) return "0";
  return Math.abs(value) >= 1000 ? grouped(value) : sig3(value);
}

/** A missing value (NaN) reads "n/a" alone: a unit after it ("n/a s") would claim a measurement. */
function orNa(value: number, text: string): string {
  return Number.isNaN(value) ? "n/a" : text;
}

interface DurationUnit {
  name: string;
  seconds: number;
}

const DURATION_UNITS: readonly DurationUnit[] = [
  { name: "s", seconds: 1 },
  { name: "min", seconds: 60 },
  { name: "h", seconds: 3600 },
  { name: "d", seconds: 86_400 },
];

/** The unit a duration of `seconds` reads best in: below 2 min in s, below 2 h in min, below 2 d in h. */
export function durationUnit(seconds: number): DurationUnit {
  const abs = Math.abs(seconds);
  if (!(abs >= 120)) return DURATION_UNITS[0]!;
  if (abs < 7200) return DURATION_UNITS[1]!;
  if (abs < 172_800) return DURATION_UNITS[2]!;
  return DURATION_UNITS[3]!;
}

/** A duration in seconds as readable text, e.g. 95 → "95 s", 150 → "2.5 min", 90000 → "25 h". */
export function formatDuration(seconds: number): string {
  return durationFormatter([seconds]).withUnit(seconds);
}

function durationFormatter(values: readonly number[]): ValueFormatter {
  const unit = durationUnit(Math.max(0, ...values.filter(Number.isFinite).map(Math.abs)));
  const bare = (v: number) => formatNumber(v / unit.seconds);
  return { unit: unit.name, bare, withUnit: (v) => orNa(v, `${bare(v)} ${unit.name}`) };
}

/** Decimals a percentage needs to show the first two significant digits of its distance from 100 %. */
function percentDecimals(fraction: number): number {
  if (!Number.isFinite(fraction) || fraction >= 1 || fraction <= 0) return 0;
  const shortfall = Math.min(1 - fraction, 1);
  return Math.min(4, Math.max(1, Math.ceil(-Math.log10(shortfall)) - 1));
}

function percentFormatter(values: readonly number[]): ValueFormatter {
  const decimals = Math.max(1, ...values.map(percentDecimals));
  const fixed = format(`.${decimals}f`);
  const bare = (v: number) => {
    if (!Number.isFinite(v)) return formatNumber(v);
    if (v === 1) return "100";
    if (v === 0) return "0";
    return fixed(v * 100);
  };
  return { unit: "%", bare, withUnit: (v) => orNa(v, `${bare(v)} %`) };
}

function suffixFormatter(unit: string): ValueFormatter {
  const sep = unit.startsWith("/") || unit === "" ? "" : " ";
  return { unit, bare: formatNumber, withUnit: (v) => orNa(v, `${formatNumber(v)}${sep}${unit}`) };
}

/** Fractions as percentage points ("−0.042 pp"): differences of availabilities sit near 0, not 1. */
function percentPointFormatter(): ValueFormatter {
  const bare = (v: number) => formatNumber(v * 100);
  return { unit: "pp", bare, withUnit: (v) => orNa(v, `${bare(v)} pp`) };
}

/**
 * A formatter for values of `metric` that keeps one unit across all `values` (e.g. an interval).
 * `kind: "difference"` formats fractions as percentage points instead of percentages.
 */
export function metricFormatter(
  metric: string,
  values: readonly number[],
  kind: "level" | "difference" = "level",
): ValueFormatter {
  switch (metricInfo(metric).unit) {
    case "seconds":
      return durationFormatter(values);
    case "fraction":
      return kind === "difference" ? percentPointFormatter() : percentFormatter(values);
    case "per-hour":
    case "cost-per-hour":
      return suffixFormatter("/h");
    case "per-day":
      return suffixFormatter("/day");
    default:
      return suffixFormatter("");
  }
}

/** One value of `metric` with its unit, e.g. ("availability", 0.9995) → "99.95 %". */
export function formatMetricValue(metric: string, value: number): string {
  return metricFormatter(metric, [value]).withUnit(value);
}

/** An interval's parts, formatted with one shared unit. */
export interface FormattedInterval {
  /** The estimate with its unit, e.g. "340 s"; "no estimate" when there is none (NaN: no events). */
  estimate: string;
  /** The bounds with the unit once, e.g. "300 to 380 s"; "300 s to ∞" when open above (unbounded). */
  range: string;
  /** Confidence level as a percentage, e.g. "95 %". */
  level: string;
  /** Everything in one phrase, e.g. "340 s (95 % CI 300 to 380 s, n = 30)". */
  text: string;
}

/** Formats a confidence interval of `metric` (or of a difference of it) so its numbers share one unit. */
export function formatInterval(
  metric: string,
  interval: Interval,
  kind: "level" | "difference" = "level",
): FormattedInterval {
  const finite = [interval.mean, interval.lower, interval.upper].filter((v) => Number.isFinite(v));
  const f = metricFormatter(metric, finite, kind);
  const unit = f.unit === "" ? "" : f.unit.startsWith("/") ? f.unit : ` ${f.unit}`;
  const estimate = hasEstimate(interval) ? f.withUnit(interval.mean) : "no estimate";
  // An interval open above (a quantile with censored or too few events to bound it) reads
  // "x to ∞". A result.json read back has null there (JSON has no Infinity).
  const range = !hasEstimate(interval)
    ? "none"
    : isUnbounded(interval)
      ? `${f.bare(interval.lower)}${unit} to ∞`
      : `${f.bare(interval.lower)} to ${f.bare(interval.upper)}${unit}`;
  const level = `${formatNumber(interval.level * 100)} %`;
  return { estimate, range, level, text: `${estimate} (${level} CI ${range}, n = ${interval.n})` };
}

/** True when the interval has a point estimate (NaN, or null read back from JSON, means no events). */
export function hasEstimate(interval: Interval): boolean {
  return typeof interval.mean === "number" && !Number.isNaN(interval.mean);
}

/** True when the interval is open above: upper = Infinity (or null in a result.json read back). */
export function isUnbounded(interval: Interval): boolean {
  const upper = interval.upper as number | null;
  return upper === Number.POSITIVE_INFINITY || (upper === null && Number.isFinite(interval.lower));
}

/**
 * A duration that may be infinite (work that never ran again, a quantile among censored events)
 * or missing: "∞" and "–" instead of "∞ s" and "n/a s".
 */
export function formatDurationOrNone(seconds: number | null): string {
  if (seconds === null || Number.isNaN(seconds)) return "–";
  if (seconds === Number.POSITIVE_INFINITY) return "∞";
  return formatDuration(seconds);
}

/** How to show values of a metric on an axis: divide by `factor`, label with `unit`. */
export interface DisplayUnit {
  /** Metric units per display unit: 60 for minutes, 0.01 for percent or percentage points, else 1. */
  factor: number;
  /** Axis unit, e.g. "min", "%", "pp", "/h"; empty for plain counts. */
  unit: string;
}

/**
 * The display unit for an axis over `values` of `metric`, so the scale can be built in display
 * units and get round ticks there (2 min, 4 min) rather than round seconds shown as minutes.
 */
export function displayUnit(
  metric: string,
  values: readonly number[],
  kind: "level" | "difference" = "level",
): DisplayUnit {
  const info = metricInfo(metric);
  if (info.unit === "seconds") {
    const u = durationUnit(Math.max(0, ...values.filter(Number.isFinite).map(Math.abs)));
    return { factor: u.seconds, unit: u.name };
  }
  if (info.unit === "fraction") return { factor: 0.01, unit: kind === "difference" ? "pp" : "%" };
  return { factor: 1, unit: metricFormatter(metric, values).unit || info.unitLabel };
}
