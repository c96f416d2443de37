import { describe, expect, it } from "vitest";
import { experimentFixture } from "../test-fixtures/experiment";
import { sweepFixture } from "../test-fixtures/sweep";
import { parseCsv } from "../test-support/csv-read";
import { csvCell, csvDocument, durationsCsv, summaryCsv, sweepCsv } from "./csv";

describe("csvCell", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("plain")).toBe("plain");
  });

  it("neutralises text a spreadsheet would run as a formula", () => {
    for (const lead of ["=", "+", "-", "@", "\t", "\r"]) {
      expect(csvCell(`${lead}SUM(A1)`).replace(/^"/, "").startsWith(`'${lead}`)).toBe(true);
    }
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it("writes numbers in full precision and never prefixes negative ones", () => {
    expect(csvCell(-0.1234567890123)).toBe("-0.1234567890123");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe("Inf");
    expect(csvCell(null)).toBe("");
    expect(csvCell(true)).toBe("true");
  });

  it("round-trips hostile text through a CSV reader", () => {
    const nasty = 'a,"b"\nc|=d';
    expect(parseCsv(csvDocument(["x"], [[nasty]]))).toEqual([["x"], [nasty]]);
  });
});

describe("summaryCsv", () => {
  const result = experimentFixture();
  const rows = parseCsv(summaryCsv(result));

  it("is tidy: one row per topology × metric, every row as wide as the header", () => {
    const header = rows[0]!;
    expect(header).toEqual([
      "tool",
      "version",
      "scenario",
      "scenario_hash",
      "seed",
      "topology",
      "metric",
      "unit",
      "mean",
      "lower",
      "upper",
      "half_width",
      "n",
      "level",
    ]);
    expect(rows.length - 1).toBe(
      result.topologies.length * Object.keys(result.topologies[0]!.metrics).length,
    );
    for (const r of rows) expect(r.length).toBe(header.length);
  });

  it("carries provenance and the exact interval on every row", () => {
    const row = rows.find((r) => r[5] === "resilient-decoupled" && r[6] === "cost")!;
    const cost = result.topologies[3]!.metrics.cost;
    expect(row.slice(0, 5)).toEqual(["resilab", "0.1.0", "ha-comparison", "3f2a9c81d04b7e65", "42"]);
    expect(row.slice(7).map((c, i) => (i === 0 ? c : Number(c)))).toEqual([
      "currency per hour",
      cost.mean,
      cost.lower,
      cost.upper,
      cost.halfWidth,
      4,
      0.95,
    ]);
  });
});

describe("sweepCsv", () => {
  it("adds the parameter and value to each tidy row", () => {
    const sweep = sweepFixture();
    const rows = parseCsv(sweepCsv(sweep));
    expect(rows[0]!.slice(5, 8)).toEqual(["parameter", "value", "topology"]);
    expect(rows.length - 1).toBe(sweep.points.length * 5 * 16);
    expect(new Set(rows.slice(1).map((r) => r[6]))).toEqual(new Set(["300", "600", "1200", "2400"]));
  });
});

describe("durationsCsv", () => {
  const result = experimentFixture();
  const rows = parseCsv(durationsCsv(result));
  const header = rows[0]!;
  const col = (row: string[], name: string) => row[header.indexOf(name)];

  it("is tidy: a pooled row and one row per failure class for each topology and metric", () => {
    expect(header.slice(5, 12)).toEqual([
      "topology",
      "metric",
      "component_class",
      "events",
      "completed",
      "censored",
      "never",
    ]);
    for (const r of rows) expect(r.length).toBe(header.length);
    const classes = result.topologies.reduce(
      (n, t) => n + t.outages.byClass.length + t.interruptions.byClass.length,
      0,
    );
    expect(rows.length - 1).toBe(result.topologies.length * 2 + classes);
  });

  it("gives the Kaplan–Meier quantiles with their bounds, censored counts, and Inf when unbounded", () => {
    const single = rows.find((r) => r[5] === "single" && r[6] === "outageDuration" && r[7] === "all")!;
    const p99 = result.topologies[0]!.outages.p99;
    expect(Number(col(single, "p99"))).toBe(p99.mean);
    expect(Number(col(single, "p99_lower"))).toBe(p99.lower);
    expect(col(single, "p99_upper")).toBe("Inf");
    expect(col(single, "censored")).toBe("4");
    expect(col(single, "events")).toBe("20");
    const zone = rows.find((r) => r[5] === "single" && r[6] === "outageDuration" && r[7] === "zone")!;
    expect([col(zone, "censored"), col(zone, "share"), col(zone, "p50_lower")]).toEqual(["4", "0.3", ""]);
    const never = rows.find(
      (r) => r[5] === "single" && r[6] === "interruptionRecovery" && r[7] === "executor",
    )!;
    expect([col(never, "never"), col(never, "p99")]).toEqual(["16", "Inf"]);
  });
});
