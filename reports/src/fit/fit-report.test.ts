import { fitIncidents, syntheticHistory } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { checkMarkup } from "../test-support/markup-check";
import { findElements } from "../test-support/svg-read";
import { renderFitHtml } from "./fit-report";
import { qqPlotChart, qqPlotData } from "./qq-plot";

const T0 = Date.UTC(2026, 0, 1) / 1000;
const LENGTH = 200 * 86_400;
const HOSTILE = '<script>alert(1)</script>"&.csv';

function exampleFit() {
  const incidents = syntheticHistory({
    cls: "controller",
    components: 1,
    timeToFailure: { kind: "weibull", shape: 1.4, scale: 3 * 86_400 },
    repair: { kind: "lognormal", mu: 7, sigma: 0.8 },
    start: T0,
    length: LENGTH,
    seed: 3,
  });
  const table = {
    format: "generic incident CSV",
    columns: { class: "class" },
    ignoredColumns: [HOSTILE],
    incidents,
  };
  return fitIncidents(HOSTILE, table, { windowStart: T0, windowEnd: T0 + LENGTH });
}

describe("renderFitHtml", () => {
  it("is well-formed HTML with no script, the input names as text, and one Q–Q plot per sample", () => {
    const fit = exampleFit();
    const html = renderFitHtml(fit, {
      tool: { name: "resilab", version: "0.0.0" },
      inputHash: "abc",
      yaml: "faults: {}\n",
    });
    const summary = checkMarkup(html, "html");
    expect(summary.elements.has("script")).toBe(false);
    expect(summary.text).toContain(HOSTILE);
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(summary.text).toMatch(/(exponential|weibull|lognormal|gamma) \(chosen\)/);
    expect(html).toBe(
      renderFitHtml(fit, {
        tool: { name: "resilab", version: "0.0.0" },
        inputHash: "abc",
        yaml: "faults: {}\n",
      }),
    );
  });
});

describe("qqPlotChart", () => {
  it("plots one marker per observed event for each candidate, the chosen one filled", () => {
    const sample = exampleFit().classes[0]!.timeToFailure;
    const data = qqPlotData(sample);
    expect(data.series.map((s) => s.label.replace(" (chosen)", ""))).toEqual([
      "exponential",
      "weibull",
      "lognormal",
      "gamma",
    ]);
    expect(data.series.filter((s) => s.chosen)).toHaveLength(1);
    const svg = qqPlotChart(data);
    checkMarkup(svg, "xml");
    // Markers: circles, squares (6 px rects), diamonds and triangles (paths); only the chosen filled.
    const distinct = new Set(sample.observations.filter((o) => o.event).map((o) => o.time)).size;
    const markers = [
      ...findElements(svg, "circle"),
      ...findElements(svg, "rect").filter((r) => r.attrs.width === "6"),
      ...findElements(svg, "path"),
    ];
    expect(markers).toHaveLength(4 * distinct);
    expect(markers.filter((m) => m.attrs.fill !== "none")).toHaveLength(distinct);
  });

  it("the chosen candidate's points follow the diagonal for data drawn from it", () => {
    const sample = exampleFit().classes[0]!.timeToFailure;
    const chosen = qqPlotData(sample).series.find((s) => s.chosen)!;
    // Median absolute log-ratio observed/fitted: small when the fit is right.
    const ratios = chosen.points.map((p) => Math.abs(Math.log(p.observed / p.fitted))).sort((a, b) => a - b);
    expect(ratios[Math.floor(ratios.length / 2)]!).toBeLessThan(0.15);
  });
});
