import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors";
import {
  checkDelay,
  checkTime,
  DAY,
  HOUR,
  MAX_TIME,
  MILLISECOND,
  MINUTE,
  SECOND,
  seconds,
  toSeconds,
} from "./time";

function issueOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).issues[0]!;
  }
  throw new Error("expected a ValidationError");
}

describe("time", () => {
  it("has microsecond units", () => {
    expect([MILLISECOND, SECOND, MINUTE, HOUR, DAY]).toEqual([1e3, 1e6, 6e7, 3.6e9, 8.64e10]);
    expect(MAX_TIME).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("converts seconds to whole microseconds and back", () => {
    expect(seconds(1.5)).toBe(1_500_000);
    expect(seconds(1e-7)).toBe(0);
    expect(seconds(2.0000006)).toBe(2_000_001);
    expect(toSeconds(seconds(3.25))).toBe(3.25);
  });

  it.each([
    [Number.NaN, "NaN"],
    [-1, "-1"],
    [1e10, "10000000000"],
    [Number.POSITIVE_INFINITY, "Infinity"],
  ])("rejects seconds(%s) naming the value and the range", (x, shown) => {
    const issue = issueOf(() => seconds(x, "mttr"));
    expect(issue.path).toBe("mttr");
    expect(issue.value).toBe(shown);
    expect(issue.allowed).toContain("number of seconds in [0,");
  });

  it("checks delays: integer, ≥ 0, within MAX_TIME", () => {
    expect(checkDelay(0, 0)).toBe(0);
    expect(checkDelay(5, MAX_TIME - 5)).toBe(5);
    for (const bad of [-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) {
      const issue = issueOf(() => checkDelay(bad, 0));
      expect(issue.path).toBe("delay");
      expect(issue.value).toBe(String(bad));
      expect(issue.allowed).toContain("integer number of microseconds");
    }
    const late = issueOf(() => checkDelay(10, MAX_TIME - 5));
    expect(late.allowed).toContain("at most 5 µs from now");
  });

  it("checks absolute times", () => {
    expect(checkTime(MAX_TIME, "until")).toBe(MAX_TIME);
    const issue = issueOf(() => checkTime(-3, "until"));
    expect(issue).toMatchObject({ path: "until", value: "-3" });
  });
});
