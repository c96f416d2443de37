import { describe, expect, it } from "vitest";
import {
  displayUnit,
  durationUnit,
  formatDuration,
  formatDurationOrNone,
  formatInterval,
  formatMetricValue,
  formatNumber,
  metricFormatter,
} from "./format";

const iv = (mean: number, half: number) => ({
  mean,
  halfWidth: half,
  lower: mean - half,
  upper: mean + half,
  n: 30,
  level: 0.95,
});

describe("formatNumber", () => {
  it("gives about three significant digits, groups thousands and names odd values", () => {
    expect(formatNumber(0.012345)).toBe("0.0123");
    expect(formatNumber(4.5678)).toBe("4.57");
    expect(formatNumber(12345.6)).toBe("12,346");
    expect(formatNumber(-2.5)).toBe("−2.5");
    expect(formatNumber(-1e-15)).toBe("0");
    expect(formatNumber(Number.NaN)).toBe("n/a");
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe("∞");
  });
});

describe("durations", () => {
  it("switches unit at 2 min, 2 h and 2 d", () => {
    expect(formatDuration(95)).toBe("95 s");
    expect(formatDuration(119)).toBe("119 s");
    expect(formatDuration(150)).toBe("2.5 min");
    expect(formatDuration(7199)).toBe("120 min");
    expect(formatDuration(90_000)).toBe("25 h");
    expect(formatDuration(7 * 86_400)).toBe("7 d");
    expect(durationUnit(Number.NaN).name).toBe("s");
  });

  it("prints a missing value as n/a without a unit, in every kind of metric", () => {
    expect(formatDuration(Number.NaN)).toBe("n/a");
    expect(formatMetricValue("outageDuration", Number.NaN)).toBe("n/a");
    expect(formatMetricValue("availability", Number.NaN)).toBe("n/a");
    expect(formatMetricValue("cost", Number.NaN)).toBe("n/a");
    expect(metricFormatter("availability", [0.5], "difference").withUnit(Number.NaN)).toBe("n/a");
  });
});

describe("metric values", () => {
  it("shows availabilities with the decimals their nines need", () => {
    expect(formatMetricValue("availability", 0.5)).toBe("50.0 %");
    expect(formatMetricValue("availability", 0.999)).toBe("99.90 %");
    expect(formatMetricValue("availability", 0.99953)).toBe("99.953 %");
    expect(formatMetricValue("availability", 1)).toBe("100 %");
  });

  it("uses per-hour and per-day suffixes", () => {
    expect(formatMetricValue("cost", 2.6)).toBe("2.6/h");
    expect(formatMetricValue("deploymentsPerDay", 41)).toBe("41/day");
    expect(formatMetricValue("lostPipelines", 0.25)).toBe("0.25");
  });
});

describe("formatInterval", () => {
  it("puts all three numbers of a duration interval in one unit", () => {
    const f = formatInterval("outageDuration", iv(110, 20));
    expect(f.estimate).toBe("1.83 min");
    expect(f.range).toBe("1.5 to 2.17 min");
    expect(f.text).toBe("1.83 min (95 % CI 1.5 to 2.17 min, n = 30)");
  });

  it("shows an interval open above as unbounded (∞), also when read back from JSON as null", () => {
    const open = {
      mean: 1500,
      lower: 900,
      upper: Number.POSITIVE_INFINITY,
      halfWidth: Number.POSITIVE_INFINITY,
      n: 30,
      level: 0.95,
    };
    expect(formatInterval("outageDuration", open).range).toBe("15 min to ∞");
    const read = JSON.parse(JSON.stringify(open));
    expect(formatInterval("outageDuration", read).range).toBe("15 min to ∞");
    expect(formatInterval("interruptionRecovery", open).text).toBe("25 min (95 % CI 15 min to ∞, n = 30)");
  });

  it("never shows an empty estimate (no events) as a number", () => {
    const none = {
      mean: Number.NaN,
      lower: Number.NaN,
      upper: Number.NaN,
      halfWidth: Number.NaN,
      n: 30,
      level: 0.95,
    };
    const f = formatInterval("outageDuration", none);
    expect(f.estimate).toBe("no estimate");
    expect(f.text).not.toMatch(/\d s/);
    expect(formatDurationOrNone(Number.POSITIVE_INFINITY)).toBe("∞");
    expect(formatDurationOrNone(Number.NaN)).toBe("–");
    expect(formatDurationOrNone(150)).toBe("2.5 min");
  });

  it("formats availability differences in percentage points", () => {
    const f = formatInterval("availability", iv(0.0004, 0.0001), "difference");
    expect(f.estimate).toBe("0.04 pp");
    expect(f.range).toBe("0.03 to 0.05 pp");
  });
});

describe("displayUnit", () => {
  it("picks the axis unit from the largest magnitude", () => {
    expect(displayUnit("outageDuration", [30, 2400])).toEqual({ factor: 60, unit: "min" });
    expect(displayUnit("availability", [0.99])).toEqual({ factor: 0.01, unit: "%" });
    expect(displayUnit("availability", [0.001], "difference")).toEqual({ factor: 0.01, unit: "pp" });
    expect(displayUnit("cost", [3])).toEqual({ factor: 1, unit: "/h" });
  });
});
