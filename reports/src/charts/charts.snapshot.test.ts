import { ValidationError } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { experimentFixture } from "../test-fixtures/experiment";
import { sweepFixture } from "../test-fixtures/sweep";
import { checkMarkup } from "../test-support/markup-check";
import { coloursUsed, normaliseSvg } from "../test-support/svg-read";
import { availabilityOverTimeChart, availabilityOverTimeData } from "./availability-over-time";
import { costVsAvailabilityChart, costVsAvailabilityData } from "./cost-vs-availability";
import { incidentTimelineChart } from "./incident-timeline";
import { leadTimeDistributionChart, leadTimeDistributionData } from "./lead-time-distribution";
import type { ChartOptions } from "./options";
import {
  interruptionDistributionChart,
  interruptionDistributionData,
  outageDistributionChart,
  outageDistributionData,
} from "./outage-distribution";
import { pairedDifferencesChart, pairedDifferencesData } from "./paired-differences";
import { GRID, INK, MUTED, OKABE_ITO } from "./palette";
import { sweepCurvesChart } from "./sweep-curves";
import { sweepMetricCurvesData, sweepObjectiveCurvesData } from "./sweep-data";
import { incidentTimelineData, worstIncidentWindow } from "./timeline-data";
import { verdictTableData, verdictTableHtml } from "./verdict-table";

const result = experimentFixture();
const sweep = sweepFixture();
const timeline = incidentTimelineData(result);

/** Every SVG chart, as (name, render with options). */
const CHARTS: [string, (o: ChartOptions) => string][] = [
  ["outage-distribution", (o) => outageDistributionChart(outageDistributionData(result), o)],
  [
    "interruption-distribution",
    (o) => interruptionDistributionChart(interruptionDistributionData(result), o),
  ],
  ["lead-time-distribution", (o) => leadTimeDistributionChart(leadTimeDistributionData(result), o)],
  ["paired-differences", (o) => pairedDifferencesChart(pairedDifferencesData(result), o)],
  ["availability-over-time", (o) => availabilityOverTimeChart(availabilityOverTimeData(result), o)],
  ["incident-timeline", (o) => incidentTimelineChart(timeline, o)],
  [
    "incident-timeline-zoom",
    (o) => incidentTimelineChart(timeline, { ...o, window: worstIncidentWindow(timeline)!, pipelines: true }),
  ],
  ["cost-vs-availability", (o) => costVsAvailabilityChart(costVsAvailabilityData(result), o)],
  ["sweep-curves-outage", (o) => sweepCurvesChart(sweepObjectiveCurvesData(sweep, "p99 outage ≤ 2 min"), o)],
  [
    "sweep-curves-availability",
    (o) => sweepCurvesChart(sweepObjectiveCurvesData(sweep, "availability ≥ 99.9 %"), o),
  ],
  ["sweep-curves-cost", (o) => sweepCurvesChart(sweepMetricCurvesData(sweep, "cost"), o)],
];

const ALLOWED_COLOURS = new Set(
  [...Object.values(OKABE_ITO), INK, MUTED, GRID, "#FFFFFF"].map((c) => c.toUpperCase()),
);

describe.each(CHARTS)("%s chart", (name, render) => {
  const svg = render({});

  it("matches its golden SVG (numbers rounded to 3 decimals)", async () => {
    await expect(normaliseSvg(svg)).toMatchFileSnapshot(`./__snapshots__/${name}.svg`);
  });

  it("is a well-formed, titled, accessible SVG", () => {
    const summary = checkMarkup(svg, "xml");
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+" role="img" aria-label="[^"]{20,}"/,
    );
    expect(svg).toMatch(/^<svg[^>]*><title>[^<]+<\/title><desc>[^<]+<\/desc>/);
    expect(
      [...summary.elements].filter(
        (e) => !["svg", "title", "desc", "rect", "text", "g", "line", "path", "circle"].includes(e),
      ),
    ).toEqual([]);
  });

  it("uses only Okabe–Ito colours and greys", () => {
    expect([...coloursUsed(svg)].filter((c) => !ALLOWED_COLOURS.has(c))).toEqual([]);
  });

  it("labels its axes with units", () => {
    expect(svg).toMatch(
      /\((log scale|%|pp|min|s|h|\/h|days|hours|minutes|currency units per hour)\)<\/text>/,
    );
  });

  it("takes its size and title from the options", () => {
    const sized = render({ width: 500, height: 420, title: "Custom title" });
    expect(sized).toMatch(/^<svg [^>]*width="500" height="420" viewBox="0 0 500 420"/);
    expect(sized).toContain("<title>Custom title</title>");
    checkMarkup(sized, "xml");
  });

  it("carries a provenance note when asked, visibly and in its description", () => {
    const noted = render({ note: "resilab 0.1.0 · scenario hash 3f2a · seed 42" });
    expect(noted).toMatch(/<desc>[^<]*resilab 0\.1\.0 · scenario hash 3f2a · seed 42\.<\/desc>/);
    expect(noted).toMatch(
      /<text [^>]*font-size="9"[^>]*>resilab 0\.1\.0 · scenario hash 3f2a · seed 42<\/text><\/svg>$/,
    );
    expect(svg).not.toContain("scenario hash");
  });

  it("rejects a size it cannot draw", () => {
    expect(() => render({ width: 0 })).toThrow(ValidationError);
    expect(() => render({ height: Number.NaN })).toThrow(/height: got NaN/);
  });

  it("is deterministic", () => {
    expect(render({})).toBe(svg);
  });
});

describe("verdict table", () => {
  it("matches its golden HTML", async () => {
    const html = verdictTableHtml(verdictTableData(result));
    await expect(`${html.replace(/></g, ">\n<")}\n`).toMatchFileSnapshot(
      "./__snapshots__/verdict-table.html",
    );
  });
});
