/**
 * The baseline comparison in every output of `check`: a terminal table, a Markdown section
 * appended to summary.md, and a JUnit test suite (one test case per objective × topology, a
 * failure per regression) merged into junit.xml.
 */
import { escapeMarkdown, escapeXml } from "@resilab/reports";
import { table } from "../format/table";
import type { BaselineComparison } from "./compare-baseline";
import {
  explainRow,
  formatChange,
  formatMean,
  formatP,
  headline,
  methodText,
  statusText,
} from "./comparison-text";

/** The comparison for the terminal. */
export function comparisonSummary(c: BaselineComparison): string {
  const rows = c.rows.map((r) => [
    statusText(r),
    r.topology,
    r.objective,
    formatMean(r, "baselineMean"),
    formatMean(r, "currentMean"),
    formatChange(r),
    formatP(r.p),
    formatP(r.threshold),
  ]);
  const parts = [
    "Regression check against the baseline",
    ...wrap(methodText(c), 100).map((line) => `  ${line}`),
    "",
    table(
      ["result", "topology", "objective", "baseline", "now", "change [95% CI]", "p (1-sided)", "Holm level"],
      rows,
      ["l", "l", "l", "r", "r", "r", "r", "r"],
    ),
    ...c.notes.map((n) => `  note: ${n}`),
    `  ${headline(c)}`,
  ];
  return `${parts.join("\n")}\n`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line.length > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line.length === 0 ? word : `${line} ${word}`;
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** A Markdown section (level-3 heading, to follow summaryMarkdown's level-2 title). */
export function comparisonMarkdown(c: BaselineComparison): string {
  const md = (v: unknown) => escapeMarkdown(v);
  const rows = c.rows.map(
    (r) =>
      `| ${r.status === "regression" ? "**REGRESSION**" : md(statusText(r))} | ${md(r.objective)} | ${md(r.topology)} | ` +
      `${md(formatMean(r, "baselineMean"))} | ${md(formatMean(r, "currentMean"))} | ${md(formatChange(r))} | ` +
      `${md(formatP(r.p))} | ${md(formatP(r.threshold))} |`,
  );
  const parts = [
    "### Regression check against the baseline",
    `**${md(headline(c))}**`,
    escapeMarkdown(methodText(c), true),
  ];
  if (c.rows.length > 0) {
    parts.push(
      [
        "| Result | Objective | Topology | Baseline | Now | Change (95% CI) | p (one-sided) | Holm level |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |",
        ...rows,
      ].join("\n"),
    );
  }
  if (c.notes.length > 0) parts.push(c.notes.map((n) => `- ${md(n)}`).join("\n"));
  return `${parts.join("\n\n")}\n`;
}

/** Appends the comparison section to a summary.md. */
export function withComparisonMarkdown(summary: string, c: BaselineComparison): string {
  return `${summary.trimEnd()}\n\n${comparisonMarkdown(c)}`;
}

function attr(name: string, value: string | number): string {
  return ` ${name}="${escapeXml(value)}"`;
}

/** The comparison as one JUnit test suite; `failOnRegression` false reports regressions as skipped. */
export function comparisonSuite(c: BaselineComparison, scenario: string, failOnRegression: boolean) {
  const failures = failOnRegression ? c.regressions : 0;
  const skipped =
    c.rows.filter((r) => r.status === "not-tested").length + (failOnRegression ? 0 : c.regressions);
  const properties = [
    ["baseline.source", c.baseline.source],
    ["baseline.scenario.hash", c.baseline.scenarioHash],
    ["baseline.seed", String(c.baseline.seed)],
    ["baseline.version", c.baseline.toolVersion],
    ["pairing", c.mode],
    ["test", c.test],
    ["alpha", String(c.alpha)],
  ]
    .map(([k, v]) => `      <property${attr("name", k!)}${attr("value", v!)}/>\n`)
    .join("");
  const cases = c.rows.map((r) => {
    const open = `    <testcase${attr("classname", `resilab.regression.${r.topology}`)}${attr("name", r.objective)}${attr("time", 0)}>\n`;
    const message = explainRow(r, c);
    const body =
      r.status === "regression" && failOnRegression
        ? `      <failure${attr("message", message)}${attr("type", "regression")}>${escapeXml(message)}</failure>\n`
        : r.status === "ok"
          ? `      <system-out>${escapeXml(message)}</system-out>\n`
          : `      <skipped${attr("message", message)}/>\n`;
    return `${open}${body}    </testcase>\n`;
  });
  const xml =
    `  <testsuite${attr("name", `${scenario} / regression vs baseline`)}${attr("tests", c.rows.length)}` +
    `${attr("failures", failures)}${attr("errors", 0)}${attr("skipped", skipped)}${attr("time", 0)}>\n` +
    `    <properties>\n${properties}    </properties>\n${cases.join("")}  </testsuite>\n`;
  return { xml, tests: c.rows.length, failures, skipped };
}

/**
 * Inserts the comparison suite into a junit.xml written by the reports package and adds its
 * counts to the root `<testsuites>` totals.
 */
export function withComparisonSuite(
  junit: string,
  c: BaselineComparison,
  scenario: string,
  failOnRegression: boolean,
): string {
  const suite = comparisonSuite(c, scenario, failOnRegression);
  const close = junit.lastIndexOf("</testsuites>");
  const root = /<testsuites\b[^>]*>/.exec(junit);
  if (close < 0 || root === null) throw new Error("junit.xml has no <testsuites> root");
  const bump = (tag: string, name: string, by: number) =>
    tag.replace(new RegExp(` ${name}="(\\d+)"`), (_m, n: string) => ` ${name}="${Number(n) + by}"`);
  let head = root[0];
  head = bump(head, "tests", suite.tests);
  head = bump(head, "failures", suite.failures);
  head = bump(head, "skipped", suite.skipped);
  return (
    junit.slice(0, root.index) +
    head +
    junit.slice(root.index + root[0].length, close) +
    suite.xml +
    junit.slice(close)
  );
}
