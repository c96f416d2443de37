/** Human formatting of metric values and intervals for the terminal. */

import { METRIC_UNITS } from "@resilab/scenarios";
import type { Interval, MetricName } from "@resilab/sim-core";

/** Seconds as "42 s", "3.5 min", "2.1 h" or "1.5 d" (3 significant digits); "∞" unbounded, "–" none. */
export function formatSeconds(seconds: number): string {
  if (seconds === Number.POSITIVE_INFINITY) return "∞";
  if (!Number.isFinite(seconds)) return typeof seconds === "number" && seconds < 0 ? "−∞" : "–";
  const abs = Math.abs(seconds);
  const [value, unit] =
    abs < 90
      ? [seconds, "s"]
      : abs < 5400
        ? [seconds / 60, "min"]
        : abs < 172_800
          ? [seconds / 3600, "h"]
          : [seconds / 86_400, "d"];
  return `${Number(value.toPrecision(3))} ${unit}`;
}

/** A fraction as a percentage with enough digits to tell 99.9 % from 99.99 %. */
export function formatFraction(fraction: number): string {
  if (!Number.isFinite(fraction)) return String(fraction);
  const percent = fraction * 100;
  let digits = percent >= 99.9 && percent < 100 ? 3 : percent >= 99 && percent < 100 ? 2 : 1;
  // A fraction below 1 never reads as a perfect 100 % (a 1.5-minute outage a year is 99.9997 %),
  // nor above 0 as 0 %: add digits until the rounding no longer hides the difference.
  while (digits < 8 && fraction < 1 && Number(percent.toFixed(digits)) >= 100) digits++;
  while (digits < 8 && fraction > 0 && Number(percent.toFixed(digits)) <= 0) digits++;
  return `${percent.toFixed(digits)}%`;
}

/** A value of `metric` in its unit; a `difference` of fractions is in percentage points. */
export function formatMetric(metric: MetricName, value: number, difference = false): string {
  switch (METRIC_UNITS[metric]) {
    case "duration":
      return formatSeconds(value);
    case "fraction":
      return difference ? `${Number((value * 100).toPrecision(3))} pp` : formatFraction(value);
    case "perHour":
      return `${Number(value.toPrecision(3))}/h`;
    case "perDay":
      return `${Number(value.toPrecision(3))}/d`;
    default:
      return String(Number(value.toPrecision(4)));
  }
}

/**
 * `mean [lower, upper]` in the metric's unit; just the mean when the interval is empty; "–" when
 * there is no estimate (NaN: no events; the verdict's note says why).
 */
export function formatInterval(metric: MetricName, interval: Interval, difference = false): string {
  if (typeof interval.mean !== "number" || Number.isNaN(interval.mean)) return "–";
  const mean = formatMetric(metric, interval.mean, difference);
  if (Number.isFinite(interval.lower) && interval.upper === Number.POSITIVE_INFINITY) {
    // Open above: e.g. a p99 from too few events to bound it (quantile-verdict.ts).
    return `${mean} [${formatMetric(metric, interval.lower, difference)}, ∞)`;
  }
  if (!Number.isFinite(interval.halfWidth)) return `${mean} (no interval: n = ${interval.n})`;
  if (!(interval.halfWidth > 0)) return mean;
  return `${mean} [${formatMetric(metric, interval.lower, difference)}, ${formatMetric(metric, interval.upper, difference)}]`;
}
