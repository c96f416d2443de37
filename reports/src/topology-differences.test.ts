import type { ExperimentResult } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { renderHtmlReport } from "./html/report";
import { experimentFixture } from "./test-fixtures/experiment";
import { hostileFixture } from "./test-fixtures/hostile";
import { checkMarkup } from "./test-support/markup-check";
import {
  TOPOLOGY_DIFFERENCES_TITLE,
  topologyDifferencesHtml,
  topologyDifferencesMarkdown,
} from "./topology-differences";
import { summaryMarkdown } from "./writers/markdown";

const PAYLOAD = `<script>alert(1)</script><img src=x onerror="alert(2)">'&"|\n[x](javascript:alert(3)) \`code\` *b*`;

/** A result that carries the differences of its topologies (as the experiment summary writes them). */
function withDifferences(result: ExperimentResult, value: string): ExperimentResult {
  const n = result.topologies.length;
  const topologyDifferences = [
    { setting: "controllers.hosting", values: Array.from({ length: n }, (_, i) => (i === 0 ? "vm" : "pod")) },
    { setting: "executors.labels", values: Array.from({ length: n }, (_, i) => `${value}${i}`) },
    { setting: "failover.detection", values: Array.from({ length: n }, (_, i) => (i === 0 ? "—" : "15s")) },
  ];
  return { ...result, topologyDifferences } as ExperimentResult;
}

describe("what differs between the topologies", () => {
  const plain = withDifferences(experimentFixture(), "label-");

  it("is a table in the Markdown summary and a section of the HTML report", () => {
    const md = summaryMarkdown(plain);
    expect(md).toContain(`## ${TOPOLOGY_DIFFERENCES_TITLE}`);
    expect(md).toContain("| `controllers.hosting` | vm | pod |");
    expect(md).toContain("| `failover.detection` | — | 15s |");
    const html = renderHtmlReport(plain);
    expect(html).toContain('<section id="what-differs"');
    // Right after the verdicts.
    expect(html.indexOf('id="what-differs"')).toBeGreaterThan(html.indexOf('id="verdicts"'));
    expect(html.indexOf('id="what-differs"')).toBeLessThan(html.indexOf('id="metrics"'));
    expect(topologyDifferencesHtml(plain)).toContain("<td>15s</td>");
  });

  it("is left out when nothing differs, or when the result predates the table", () => {
    const none = experimentFixture();
    expect(topologyDifferencesMarkdown(none)).toBe("");
    expect(topologyDifferencesHtml(none)).toBe("");
    expect(summaryMarkdown(none)).not.toContain(TOPOLOGY_DIFFERENCES_TITLE);
    expect(renderHtmlReport(none)).not.toContain('id="what-differs"');
  });

  it("keeps hostile scenario text inert in Markdown and HTML", () => {
    const hostile = withDifferences(hostileFixture(experimentFixture(), PAYLOAD), PAYLOAD);
    const md = topologyDifferencesMarkdown(hostile);
    expect(md).not.toMatch(/[<>]/);
    expect(md).not.toMatch(/(?<!\\)\[x(?<!\\)\]/);
    expect(md).not.toMatch(/(?<!\\)`code/);
    const rows = md.split("\n");
    const width = (row: string) => row.split(/(?<!\\)\|/).length;
    for (const row of rows) expect(width(row)).toBe(width(rows[0]!));
    expect(md).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");

    const html = topologyDifferencesHtml(hostile);
    const found = checkMarkup(html, "html");
    expect([...found.elements].sort()).toEqual(["div", "table", "tbody", "td", "th", "thead", "tr"]);
    expect([...found.attributes].sort()).toEqual(["class", "scope"]);
    expect(found.text).toContain(`${PAYLOAD}0`);
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
  });
});
