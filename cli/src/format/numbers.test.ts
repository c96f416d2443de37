import { describe, expect, it } from "vitest";
import { formatFraction, formatInterval, formatSeconds } from "./numbers";

const interval = (mean: number, halfWidth: number, n = 10) => ({
  mean,
  halfWidth,
  lower: mean - halfWidth,
  upper: mean + halfWidth,
  n,
  level: 0.95,
});

describe("terminal number formats", () => {
  it("picks a readable time unit", () => {
    expect(formatSeconds(42)).toBe("42 s");
    expect(formatSeconds(210)).toBe("3.5 min");
    expect(formatSeconds(7560)).toBe("2.1 h");
    expect(formatSeconds(2_592_000)).toBe("30 d");
  });

  it("shows enough digits to tell nines apart", () => {
    expect(formatFraction(0.999)).toBe("99.900%");
    expect(formatFraction(0.9995)).toBe("99.950%");
    expect(formatFraction(0.995)).toBe("99.50%");
    expect(formatFraction(0.5)).toBe("50.0%");
  });

  it("never rounds an imperfect fraction to 100 % or a positive one to 0 %", () => {
    expect(formatFraction(1 - 1.5 / 525_600)).toBe("99.9997%");
    expect(formatFraction(0.99999)).toBe("99.999%");
    expect(formatFraction(1)).toBe("100.0%");
    expect(formatFraction(0.00001)).toBe("0.001%");
    expect(formatFraction(0)).toBe("0.0%");
  });

  it("formats intervals, differences in percentage points, and says when there is no interval", () => {
    expect(formatInterval("outageDuration", interval(120, 30))).toBe("2 min [1.5 min, 2.5 min]");
    expect(formatInterval("availability", interval(-0.003, 0.001), true)).toBe("-0.3 pp [-0.4 pp, -0.2 pp]");
    expect(formatInterval("availability", interval(0.999, 0))).toBe("99.900%");
    expect(formatInterval("leadTime", interval(600, Number.POSITIVE_INFINITY, 1))).toBe(
      "10 min (no interval: n = 1)",
    );
  });

  it("shows unbounded upper bounds as ∞ and an estimate without events as –, never 0 s", () => {
    const open = { ...interval(900, 300), upper: Number.POSITIVE_INFINITY };
    expect(formatInterval("outageDuration", open)).toBe("15 min [10 min, ∞)");
    expect(formatInterval("interruptionRecovery", interval(Number.NaN, Number.NaN))).toBe("–");
    expect(formatSeconds(Number.POSITIVE_INFINITY)).toBe("∞");
    expect(formatSeconds(Number.NaN)).toBe("–");
  });
});
