/**
 * Valid service-level objectives for every metric, as a line ("p99 outageDuration <= 2m") or an
 * object, with a statistic the metric accepts and a target in the metric's unit.
 */
import { METRIC_NAMES, METRIC_UNITS } from "@resilab/scenarios";
import { statAllowed } from "@resilab/sim-core";
import fc from "fast-check";
import type { DocValue } from "./yaml-text";

const STATS = ["mean", "max", "p50", "p90", "p95", "p99"] as const;

function target(metric: string): fc.Arbitrary<string> {
  switch (METRIC_UNITS[metric as keyof typeof METRIC_UNITS]) {
    case "duration":
      return fc.constantFrom("30s", "2m", "1h", "90", "1h30m");
    case "fraction":
      return fc.constantFrom("99.9%", "95%", "0.5", "100%", "0");
    case "count":
      return fc.constantFrom("0", "1", "25");
    case "perHour":
      return fc.constantFrom("10/h", "1/2m", "3");
    case "perDay":
      return fc.constantFrom("5/d", "20", "0.5/h");
    default:
      return fc.constantFrom("0", "12.5", "1e3");
  }
}

/** One objective over any metric sim-core knows. */
export const objective: fc.Arbitrary<DocValue> = fc
  .constantFrom(...METRIC_NAMES)
  .chain((metric) =>
    fc.record({
      metric: fc.constant(metric),
      stat: fc.option(fc.constantFrom(...STATS.filter((s) => statAllowed(metric, s))), { nil: undefined }),
      op: fc.constantFrom("<=", ">=", "≤", "≥"),
      target: target(metric),
      asLine: fc.boolean(),
    }),
  )
  .map(({ metric, stat, op, target: t, asLine }) => {
    if (asLine) return `${stat === undefined ? "" : `${stat} `}${metric} ${op} ${t}`;
    const o: Record<string, DocValue> = { metric, op: op === "≤" ? "<=" : op === "≥" ? ">=" : op, target: t };
    if (stat !== undefined) o.stat = stat;
    return o;
  });
