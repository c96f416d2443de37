import { describe, expect, it } from "vitest";
import { parseRate } from "./rate";

describe("parseRate", () => {
  it.each([
    ["2/h", 3600, 2],
    ["30/min", 3600, 1800],
    ["9/s", 1, 9],
    ["9/s", 3600, 32_400],
    ["1/10m", 3600, 6],
    ["5/d", 86_400, 5],
    ["120 / 2h", 3600, 60],
  ])("%s per %d s is %d", (text, per, expected) => {
    expect(parseRate(text, per)).toBe(expected);
  });

  it.each(["2", "2/", "/h", "2/x", "2/0s", "two/h", "2/h/h"])("rejects %j", (text) => {
    expect(parseRate(text, 3600)).toBeUndefined();
  });
});
