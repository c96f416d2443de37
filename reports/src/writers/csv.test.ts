import { describe, expect, it } from "vitest";
import { experimentFixture } from "../test-fixtures/experiment";
import { sweepFixture } from "../test-fixtures/sweep";
import { parseCsv } from "../test-support/csv-read";
import { csvCell, csvDocument, summaryCsv, sweepCsv } from "./csv";

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
    expect(rows.length - 1).toBe(sweep.points.length * 5 * 14);
    expect(new Set(rows.slice(1).map((r) => r[6]))).toEqual(new Set(["300", "600", "1200", "2400"]));
  });
});
