/** The comparison in JUnit and Markdown: counts add up, scenario text stays text. */
import { describe, expect, it } from "vitest";
import type { BaselineComparison, RegressionRow } from "./compare-baseline";
import { comparisonMarkdown, withComparisonSuite } from "./comparison-outputs";

const EVIL = '<script>alert(1)</script> | "x"';

function row(status: RegressionRow["status"]): RegressionRow {
  return {
    objective: `p99 outageDuration <= 5m ${EVIL}`,
    metric: "outageDuration",
    stat: "p99",
    op: "<=",
    topology: EVIL,
    baselineMean: 60,
    currentMean: status === "regression" ? 180 : 60,
    change: status === "not-tested" ? null : { estimate: 120, lower: 100, upper: 140 },
    n: 10,
    p: status === "not-tested" ? null : status === "regression" ? 1e-6 : 0.4,
    threshold: status === "not-tested" ? null : 0.005,
    status,
    reading: "worse",
  };
}

const comparison: BaselineComparison = {
  baseline: {
    source: "prev/check.json",
    scenarioName: EVIL,
    scenarioHash: "0123456789abcdef",
    seed: 1,
    toolVersion: "0.1.0",
    environment: "fedcba9876543210",
  },
  mode: "paired",
  reason: "same random environment",
  test: "one-sided paired t-test",
  alpha: 0.01,
  familySize: 2,
  rows: [row("regression"), row("ok"), row("not-tested")],
  notes: [`topology "${EVIL}" is not in the baseline: not compared`],
  regressions: 1,
};

const JUNIT = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="resilab" tests="2" failures="1" errors="0" skipped="1" time="0">
  <testsuite name="s / t" tests="2" failures="1" errors="0" skipped="1" time="0">
  </testsuite>
</testsuites>
`;

describe("withComparisonSuite", () => {
  it("adds one test case per row and its counts to the root totals", () => {
    const xml = withComparisonSuite(JUNIT, comparison, EVIL, true);
    expect(xml).toContain(
      '<testsuites name="resilab" tests="5" failures="2" errors="0" skipped="2" time="0">',
    );
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml).toContain('type="regression"');
    expect(xml).not.toContain("<script>");
    expect(xml.trimEnd().endsWith("</testsuites>")).toBe(true);
  });

  it("reports a regression as skipped, not failed, under --regression warn", () => {
    const xml = withComparisonSuite(JUNIT, comparison, "s", false);
    expect(xml).toContain('tests="5" failures="1" errors="0" skipped="3"');
    expect(xml).not.toContain('type="regression"');
  });
});

describe("comparisonMarkdown", () => {
  it("tabulates every row with its status and escapes scenario text", () => {
    const md = comparisonMarkdown(comparison);
    expect(md).toContain("**1 significant regression against the baseline.**");
    expect(md.match(/^\| \*\*REGRESSION\*\* \|/gm)).toHaveLength(1);
    expect(md.match(/^\| (ok|not tested) \|/gm)).toHaveLength(2);
    expect(md).not.toContain("<script>");
    // A "|" in a name must not open a new table cell.
    expect(md).not.toMatch(/<\/script> \| "x"/);
  });
});
