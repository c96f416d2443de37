import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pow } from "./portable-math";

describe("pow", () => {
  it("is exact for small integer exponents", () => {
    expect(pow(3, 4)).toBe(81);
    expect(pow(2, 10)).toBe(1024);
    expect(pow(2, -2)).toBe(0.25);
    expect(pow(7, 0)).toBe(1);
  });
  it("agrees with Math.pow to 1e-13 relative for fractional exponents", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        fc.double({ min: -20, max: 20, noNaN: true }),
        (x, y) => {
          const expected = x ** y;
          if (!Number.isFinite(expected) || expected === 0) return;
          expect(Math.abs(pow(x, y) - expected) / expected).toBeLessThan(1e-13);
        },
      ),
    );
  });
  it("handles zero and negative bases", () => {
    expect(pow(0, 0.5)).toBe(0);
    expect(Number.isNaN(pow(-2, 0.5))).toBe(true);
    expect(pow(-2, 3)).toBe(-8);
  });
});
