import { describe, expect, it } from "vitest";
import { svgSize } from "./chart-export";

describe("svgSize", () => {
  it("reads the declared size, then the viewBox, then falls back", () => {
    expect(svgSize('<svg xmlns="x" width="720" height="340" viewBox="0 0 720 340">')).toEqual({
      width: 720,
      height: 340,
    });
    expect(svgSize('<svg viewBox="0 0 500 250.5"><rect width="3" height="4"/></svg>')).toEqual({
      width: 500,
      height: 250.5,
    });
    expect(svgSize("<svg><rect/></svg>")).toEqual({ width: 720, height: 400 });
  });
});
