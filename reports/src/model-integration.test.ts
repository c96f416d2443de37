/**
 * The reports against a real model result (not a hand-built fixture): a short run of sim-core's
 * realistic five-topology scenario goes through every writer and chart, which must accept it and
 * produce well-formed, consistent output. Catches drift between the result contract and the reports.
 */
import { type ExperimentResult, realisticScenario, runExperiment } from "@resilab/sim-core";
import { beforeAll, describe, expect, it } from "vitest";
import {
  incidentsJsonl,
  junitXml,
  pipelinesJsonl,
  renderHtmlReport,
  runsJsonl,
  summaryCsv,
  summaryMarkdown,
  toJson,
} from "./index";
import { parseCsv } from "./test-support/csv-read";
import { checkMarkup } from "./test-support/markup-check";

describe("reports of a real model run", () => {
  let result: ExperimentResult;
  beforeAll(() => {
    // Two simulated days × 2 replications × 5 topologies: well under a second here.
    result = runExperiment(realisticScenario({ horizon: 2 * 86_400, replications: 2 }), {
      toolVersion: "0.1.0-test",
    });
  });

  it("round-trips through JSON", () => {
    expect(JSON.parse(toJson(result))).toEqual(JSON.parse(JSON.stringify(result)));
  });

  it("writes one JSON line per sampled record and per run", () => {
    const count = (s: string) => (s === "" ? 0 : s.trimEnd().split("\n").length);
    expect(count(incidentsJsonl(result))).toBe(
      result.runs.reduce((n, r) => n + r.incidents.sample.length, 0),
    );
    expect(count(pipelinesJsonl(result))).toBe(
      result.runs.reduce((n, r) => n + r.pipelines.sample.length, 0),
    );
    expect(count(runsJsonl(result))).toBe(10);
  });

  it("writes a tidy CSV row per topology × metric", () => {
    const rows = parseCsv(summaryCsv(result));
    const metrics = result.topologies.reduce((n, t) => n + Object.keys(t.metrics).length, 0);
    expect(rows).toHaveLength(1 + metrics);
  });

  it("writes a JUnit case per objective × topology", () => {
    const xml = junitXml(result);
    checkMarkup(xml, "xml");
    expect(xml.match(/<testcase /g)).toHaveLength(4 * 5);
  });

  it("renders a well-formed HTML report with every chart and the replay key", () => {
    const html = renderHtmlReport(result);
    checkMarkup(html, "html");
    expect(html.match(/<svg /g)!.length).toBeGreaterThanOrEqual(6);
    expect(html).toContain(`resilab 0.1.0-test · scenario hash ${result.scenario.hash} · seed 42`);
    expect(html).not.toMatch(/NaN|Infinity|e\+30\d/);
  });

  it("writes Markdown whose tables stay rectangular", () => {
    const md = summaryMarkdown(result);
    for (const block of md.split("\n\n").filter((b) => b.startsWith("| "))) {
      const rows = block.trim().split("\n");
      const width = (row: string) => row.split(/(?<!\\)\|/).length;
      for (const row of rows) expect(width(row)).toBe(width(rows[0]!));
    }
  });
});
