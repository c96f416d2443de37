import { ValidationError } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { experimentFixture } from "../test-fixtures/experiment";
import { sweepFixture } from "../test-fixtures/sweep";
import { checkMarkup } from "../test-support/markup-check";
import { renderHtmlReport } from "./report";
import { renderSweepHtml } from "./sweep-report";

/** A standalone report may name the SVG namespace, but must not fetch or run anything. */
function expectSelfContained(html: string): void {
  expect(html).not.toMatch(/<script|<link|<iframe|<object|<embed|<img|\ssrc=|@import|url\(/i);
  const urls = [...html.matchAll(/https?:\/\/[^\s"'<)]+/g)].map((m) => m[0]);
  expect(new Set(urls)).toEqual(new Set(["http://www.w3.org/2000/svg"]));
  expect(html).toContain(
    `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;;`,
  );
}

function sectionOf(html: string, id: string): string {
  return html.split(`<section id="${id}"`)[1]!.split("</section>")[0]!;
}

describe("renderHtmlReport", () => {
  const result = experimentFixture();
  const html = renderHtmlReport(result);

  it("is one well-formed, self-contained HTML document", () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    checkMarkup(html, "html");
    expectSelfContained(html);
  });

  it("has every section of the report, in order, each with a chart or table", () => {
    const ids = [...html.matchAll(/<section id="([a-z-]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual([
      "verdicts",
      "outages",
      "interruptions",
      "differences",
      "lead-time",
      "availability",
      "timeline",
      "cost",
      "metrics",
    ]);
    const sections = html.split("<section ").slice(1);
    for (const s of sections) expect(s).toMatch(/<svg |<table /);
    expect(sections[6]!.match(/<svg /g)).toHaveLength(2);
  });

  it("shows the replay key in the header and the footer, and the cheapest design", () => {
    const key = "resilab 0.1.0 · scenario hash 3f2a9c81d04b7e65 · seed 42 · 4 replications · horizon 7 d";
    expect(html.split(key)).toHaveLength(3);
    expect(html).toContain("Cheapest design meeting every objective: resilient-decoupled at 2.6/h.");
    expect(html).toContain('<meta name="generator" content="resilab 0.1.0">');
  });

  it("is deterministic", () => {
    expect(renderHtmlReport(experimentFixture())).toBe(html);
  });

  it("still renders without objectives, differences or runs", () => {
    const bare = renderHtmlReport({ ...result, verdicts: [], differences: [], runs: [] });
    checkMarkup(bare, "html");
    expect(bare).toContain("The scenario sets no service-level objectives.");
    expect(bare).toContain("No paired differences");
  });

  it("promises stage attempts in the zoomed timeline only when it draws some", () => {
    const drawn = sectionOf(html, "timeline");
    expect(drawn).toContain("with the stage attempts of the sample pipelines running then");
    expect(drawn).toContain("stage ok");
    const noPipelines = renderHtmlReport({
      ...result,
      runs: result.runs.map((r) => ({ ...r, pipelines: { ...r.pipelines, sample: [] } })),
    });
    const empty = sectionOf(noPipelines, "timeline");
    expect(empty).toContain("No sample pipeline runs then");
    expect(empty).not.toContain("with the stage attempts");
    expect(empty).not.toContain("stage ok");
  });

  it("rejects an unknown schema version", () => {
    expect(() => renderHtmlReport({ ...result, schemaVersion: 3 as 1 })).toThrow(ValidationError);
  });
});

describe("renderSweepHtml", () => {
  const sweep = sweepFixture();
  const html = renderSweepHtml(sweep);

  it("is self-contained, with a curve per objective plus cost and a status table", () => {
    checkMarkup(html, "html");
    expectSelfContained(html);
    expect(html.match(/<svg /g)).toHaveLength(4 + 1);
    expect(html).toContain(
      "Cheapest design meeting every objective: resilient-decoupled at faults.controller.mttr = 5 min (2.6/h).",
    );
    expect(html.match(/<tbody>(.*?)<\/tbody>/s)![1]!.match(/<tr>/g)).toHaveLength(4);
    expect(html).toContain("seed 42");
  });
});
