import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDuration, parseDuration } from "./duration";

describe("parseDuration", () => {
  it.each([
    ["30s", 30],
    ["5m", 300],
    ["5min", 300],
    ["2h", 7200],
    ["1d", 86_400],
    ["1w", 604_800],
    ["250ms", 0.25],
    ["1h30m", 5400],
    ["1d 12h", 129_600],
    ["1.5h", 5400],
    ["90", 90],
    ["0", 0],
    [" 10s ", 10],
  ])("%s is %d s", (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each(["", "5 minutes", "m", "-5s", "5x", "1h30", "s5", "5m m", "1..5s"])("rejects %j", (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe("formatDuration", () => {
  it.each([
    [0, "0s"],
    [5400, "1h30m"],
    [86_400 + 61, "1d1m1s"],
    [0.25, "250ms"],
  ])("%d s is %s", (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it("round-trips whole seconds through parseDuration", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 9 }),
        (seconds) => parseDuration(formatDuration(seconds)) === seconds,
      ),
    );
  });
});
