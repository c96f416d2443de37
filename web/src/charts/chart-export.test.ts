import { describe, expect, it } from "vitest";
import { svgSize, withProvenance } from "./chart-export";

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

describe("withProvenance", () => {
  it("adds the escaped note below the chart and grows the document to hold it", () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="720" height="300" viewBox="0 0 720 300"><rect/></svg>';
    const out = withProvenance(svg, "resilab 0.1.0 · scenario <x> & y · seed 7");
    expect(svgSize(out)).toEqual({ width: 720, height: 318 });
    expect(out).toContain('viewBox="0 0 720 318"');
    expect(out).toMatch(
      /<text [^>]*y="313"[^>]*>resilab 0\.1\.0 · scenario &lt;x&gt; &amp; y · seed 7<\/text><\/svg>$/,
    );
    expect(withProvenance("not svg", "n")).toBe("not svg");
  });
});
