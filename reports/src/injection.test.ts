/**
 * Hostile scenario text through every output: markup in the scenario name and description,
 * topology names, objective names and incident component names must come out as text. Markup
 * formats are parsed and may contain only the elements and attributes we write; data formats
 * (JSON, CSV) must give the exact text back to a reader, and JSON holds no raw `<`.
 */

import { describe, expect, it } from "vitest";
import {
  availabilityOverTimeChart,
  availabilityOverTimeData,
  costVsAvailabilityChart,
  costVsAvailabilityData,
  escapeXml,
  incidentsJsonl,
  incidentTimelineChart,
  incidentTimelineData,
  interruptionDistributionChart,
  interruptionDistributionData,
  junitXml,
  leadTimeDistributionChart,
  leadTimeDistributionData,
  outageDistributionChart,
  outageDistributionData,
  pairedDifferencesChart,
  pairedDifferencesData,
  pipelinesJsonl,
  renderHtmlReport,
  renderSweepHtml,
  runsJsonl,
  summaryCsv,
  summaryMarkdown,
  sweepCsv,
  sweepCurvesChart,
  sweepCurvesSets,
  sweepMarkdown,
  toJson,
  verdictTableData,
  verdictTableHtml,
  worstIncidentWindow,
} from "./index";
import type { SweepResult } from "./sweep-result";
import { experimentFixture } from "./test-fixtures/experiment";
import { hostileFixture } from "./test-fixtures/hostile";
import { sweepFixture } from "./test-fixtures/sweep";
import { parseCsv } from "./test-support/csv-read";
import { checkMarkup } from "./test-support/markup-check";

const PAYLOAD = `<script>alert(1)</script><img src=x onerror="alert(2)">'&"|\n[x](javascript:alert(3)) \`code\` *b*`;
const result = hostileFixture(experimentFixture(), PAYLOAD);
const topology0 = `${PAYLOAD}topology-0`;

function hostileSweep(): SweepResult {
  const sweep = sweepFixture();
  const points = sweep.points.map((p) => ({ ...p, result: hostileFixture(p.result, PAYLOAD) }));
  const renamed = points[0]!.result.topologies.map((t) => t.topology);
  const index = sweep.points[0]!.result.topologies.findIndex((t) => t.topology === sweep.cheapest?.topology);
  return {
    ...sweep,
    scenario: points[0]!.result.scenario,
    parameter: `${PAYLOAD}parameter`,
    points,
    cheapest: sweep.cheapest ? { ...sweep.cheapest, topology: renamed[index]! } : null,
  };
}
const sweep = hostileSweep();

const SVG_ELEMENTS = ["svg", "title", "desc", "rect", "text", "g", "line", "path", "circle"];
const SVG_ATTRIBUTES = [
  "xmlns",
  "width",
  "height",
  "viewbox",
  "role",
  "aria-label",
  "font-family",
  "font-size",
  "font-weight",
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  // Presentation only: the white halo behind target-line labels.
  "stroke-linejoin",
  "paint-order",
  "x",
  "y",
  "x1",
  "x2",
  "y1",
  "y2",
  "cx",
  "cy",
  "r",
  "d",
  "transform",
  "text-anchor",
];
const HTML_ELEMENTS = [
  "html",
  "head",
  "meta",
  "title",
  "style",
  "body",
  "header",
  "main",
  "footer",
  "nav",
  "ol",
  "li",
  "a",
  "section",
  "h1",
  "h2",
  "p",
  "figure",
  "figcaption",
  "div",
  "table",
  "caption",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "strong",
  "span",
  "br",
  "small",
  ...SVG_ELEMENTS,
];
const HTML_ATTRIBUTES = [
  "lang",
  "charset",
  "name",
  "content",
  "http-equiv",
  "class",
  "id",
  "href",
  "aria-labelledby",
  "scope",
  "style",
  ...SVG_ATTRIBUTES,
];

/** Parses markup and checks that the payload created no element or attribute and is visible as text. */
function expectInert(
  markup: string,
  mode: "xml" | "html",
  elements: string[],
  attributes: string[],
  visible: string[],
): void {
  const found = checkMarkup(markup, mode);
  expect([...found.elements].filter((e) => !elements.includes(e))).toEqual([]);
  expect([...found.attributes].filter((a) => !attributes.includes(a))).toEqual([]);
  for (const v of visible) expect(found.text).toContain(v);
  expect(markup).not.toContain("<script");
  expect(markup).not.toContain("<img");
}

describe("hostile scenario text", () => {
  it("stays text in every chart and in the verdict table", () => {
    const timeline = incidentTimelineData(result);
    const charts = [
      outageDistributionChart(outageDistributionData(result)),
      interruptionDistributionChart(interruptionDistributionData(result)),
      leadTimeDistributionChart(leadTimeDistributionData(result)),
      pairedDifferencesChart(pairedDifferencesData(result)),
      availabilityOverTimeChart(availabilityOverTimeData(result)),
      costVsAvailabilityChart(costVsAvailabilityData(result)),
      incidentTimelineChart(timeline, { window: worstIncidentWindow(timeline)!, pipelines: true }),
      ...sweepCurvesSets(sweep).map((d) => sweepCurvesChart(d)),
    ];
    for (const svg of charts) expectInert(svg, "xml", SVG_ELEMENTS, SVG_ATTRIBUTES, [PAYLOAD]);
    const incidents = incidentTimelineChart(timeline);
    expectInert(incidents, "xml", SVG_ELEMENTS, SVG_ATTRIBUTES, [`${PAYLOAD}controller-0 (controller)`]);
    const table = verdictTableHtml(verdictTableData(result));
    expectInert(table, "html", HTML_ELEMENTS, HTML_ATTRIBUTES, [
      topology0,
      `${PAYLOAD}p99 outage ≤ 2 min`,
      `${PAYLOAD}4 outages still open at the horizon (censored)`,
    ]);
  });

  it("stays text in the HTML reports", () => {
    const html = renderHtmlReport(result);
    expectInert(html, "html", HTML_ELEMENTS, HTML_ATTRIBUTES, [
      `${PAYLOAD}scenario`,
      `${PAYLOAD}description`,
      topology0,
      `${PAYLOAD}availability ≥ 99.9 %`,
      `${PAYLOAD}store`,
    ]);
    expect(html).toContain(escapeXml(`${PAYLOAD}scenario`));
    const sweepHtml = renderSweepHtml(sweep);
    expectInert(sweepHtml, "html", HTML_ELEMENTS, HTML_ATTRIBUTES, [
      `${PAYLOAD}scenario`,
      `${PAYLOAD}parameter`,
      topology0,
    ]);
  });

  it("stays text in JUnit XML", () => {
    const xml = junitXml(result);
    const elements = [
      "testsuites",
      "testsuite",
      "properties",
      "property",
      "testcase",
      "failure",
      "skipped",
      "system-out",
    ];
    const attributes = [
      "name",
      "value",
      "tests",
      "failures",
      "errors",
      "skipped",
      "time",
      "classname",
      "message",
      "type",
    ];
    expectInert(xml, "xml", elements, attributes, [
      `${PAYLOAD}scenario`,
      `resilab.${topology0}`,
      `${PAYLOAD}no lost pipelines`,
    ]);
    expectInert(junitXml(result, { inconclusive: "skipped" }), "xml", elements, attributes, [topology0]);
  });

  it("cannot add HTML, links, emphasis, or table cells in Markdown", () => {
    for (const md of [summaryMarkdown(result), sweepMarkdown(sweep)]) {
      expect(md).not.toMatch(/[<>]/);
      expect(md).not.toMatch(/(?<!\\)\[x(?<!\\)\]/);
      expect(md).not.toMatch(/(?<!\\)`code/);
      for (const block of md.split("\n\n").filter((b) => b.startsWith("| "))) {
        const rows = block.trim().split("\n");
        const width = (row: string) => row.split(/(?<!\\)\|/).length;
        for (const row of rows) expect(width(row)).toBe(width(rows[0]!));
      }
    }
    expect(summaryMarkdown(result)).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("comes back unchanged from JSON and JSON Lines, with no raw markup characters", () => {
    const docs = [
      toJson(result),
      toJson(sweep),
      incidentsJsonl(result),
      pipelinesJsonl(result),
      runsJsonl(result),
    ];
    for (const d of docs) expect(d).not.toMatch(/[<>&]/);
    expect(JSON.parse(toJson(result)).scenario.name).toBe(`${PAYLOAD}scenario`);
    expect(JSON.parse(toJson(sweep)).parameter).toBe(`${PAYLOAD}parameter`);
    const first = JSON.parse(incidentsJsonl(result).split("\n")[0]!);
    expect([first.topology, first.component]).toEqual([topology0, `${PAYLOAD}controller-0`]);
    expect(JSON.parse(runsJsonl(result).split("\n")[0]!).topology).toBe(topology0);
  });

  it("comes back unchanged from CSV, and formula starts are neutralised", () => {
    const rows = parseCsv(summaryCsv(result));
    expect(rows[1]![2]).toBe(`${PAYLOAD}scenario`);
    expect(rows[1]![5]).toBe(topology0);
    expect(parseCsv(sweepCsv(sweep))[1]![5]).toBe(`${PAYLOAD}parameter`);
    for (const lead of ["=", "+", "-", "@"]) {
      const formula = hostileFixture(experimentFixture(), `${lead}HYPERLINK("http://evil","x")`);
      const cells = parseCsv(summaryCsv(formula)).slice(1);
      expect(cells.every((r) => r[2]!.startsWith(`'${lead}`) && r[5]!.startsWith(`'${lead}`))).toBe(true);
    }
  });
});
