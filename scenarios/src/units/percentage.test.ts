import { describe, expect, it } from "vitest";
import { parsePercentage } from "./percentage";

describe("parsePercentage", () => {
  it.each([
    ["99.9%", 0.999],
    ["99.99%", 0.9999],
    ["1.5%", 0.015],
    ["100%", 1],
    ["0%", 0],
    ["50 %", 0.5],
  ])("%s is %d (exactly, without division error)", (text, fraction) => {
    expect(parsePercentage(text)).toBe(fraction);
  });

  it.each(["99.9", "%", "-1%", "abc%", "1e2%"])("rejects %j", (text) => {
    expect(parsePercentage(text)).toBeUndefined();
  });
});
