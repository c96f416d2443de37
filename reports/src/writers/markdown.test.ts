import { describe, expect, it } from "vitest";
import { experimentFixture } from "../test-fixtures/experiment";
import { sweepFixture } from "../test-fixtures/sweep";
import { summaryMarkdown } from "./markdown";
import { sweepMarkdown } from "./sweep-markdown";

/** Cells of a Markdown table row, split on unescaped pipes. */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

function tables(md: string): string[][] {
  const blocks = md.split("\n\n").filter((b) => b.startsWith("| "));
  return blocks.map((b) => b.split("\n").filter((line) => line !== ""));
}

describe("summaryMarkdown", () => {
  const result = experimentFixture();
  const md = summaryMarkdown(result);

  it("starts with a heading and the replay key", () => {
    const lines = md.split("\n");
    expect(lines[0]).toBe("## Resilab: ha-comparison");
    expect(md).toContain(
      "resilab 0.1.0 · scenario hash 3f2a9c81d04b7e65 · seed 42 · 4 replications · horizon 7 d",
    );
  });

  it("names the cheapest design that meets every objective", () => {
    expect(md).toContain("**Cheapest design meeting every objective: resilient-decoupled at 2.6/h.**");
  });

  it("has a verdict table with status words, intervals and the replications that would settle it", () => {
    const [verdicts] = tables(md);
    expect(cells(verdicts![0]!)).toEqual([
      "Objective",
      "single",
      "active-passive",
      "active-active",
      "resilient-decoupled",
      "cloud-native",
    ]);
    const recovery = cells(verdicts!.find((r) => r.startsWith("| p99 outage"))!);
    expect(recovery[1]).toBe(
      "**MISSED** 3.38 h (95 % CI 2.7 h to ∞); 4 outages still open at the horizon (censored)",
    );
    expect(recovery[4]).toMatch(/^\*\*MET\*\* 102 s/);
    expect(recovery[5]).toMatch(/^\*\*INCONCLUSIVE\*\* .*about \d+ replications would settle it$/);
    expect(cells(verdicts!.at(-1)!)).toEqual([
      "**Every objective**",
      "**MISSED**",
      "**MISSED**",
      "**MISSED**",
      "**MET**",
      "**INCONCLUSIVE**",
    ]);
  });

  it("keeps every table row as wide as its header", () => {
    for (const t of tables(md)) {
      const width = cells(t[0]!).length;
      for (const row of t) expect(cells(row)).toHaveLength(width);
    }
  });

  it("lists paired differences with a reading", () => {
    expect(md).toContain(
      "| Service outage duration | resilient-decoupled | single | −36.7 min | −40.7 to −32.6 min | resilient-decoupled lower (better) |",
    );
    expect(md).toContain("no significant difference");
  });

  it("shows outage and interruption quantiles per topology with censored counts", () => {
    expect(md).toContain("### Service outages and interruption recovery");
    const summary = tables(md).find((t) => t[0]!.startsWith("| Topology | Outages |"))!;
    expect(cells(summary[0]!)).toEqual([
      "Topology",
      "Outages",
      "Outage p50 \\[95% CI\\]",
      "Outage p99 \\[95% CI\\]",
      "Interruptions",
      "Interruption recovery p50 \\[95% CI\\]",
      "Interruption recovery p99 \\[95% CI\\]",
    ]);
    const single = cells(summary.find((r) => r.startsWith("| single"))!);
    expect(single[1]).toBe("20 (4 censored)");
    expect(single[3]).toBe("3.38 h \\[2.7 h to ∞\\]");
    expect(single[4]).toBe("36 (16 never)");
  });

  it("breaks outages and interruptions down by failure class, largest share first", () => {
    expect(md).toContain("#### Service outages by failure class");
    expect(md).toContain("#### Interruption recovery by failure class");
    const outages = tables(md).find((t) =>
      t[0]!.startsWith("| Topology | Class | Events | Censored | Share"),
    )!;
    expect(cells(outages[2]!).slice(0, 6)).toEqual([
      "single",
      "controller",
      "11",
      "0",
      "55 %",
      expect.any(String),
    ]);
    const zone = cells(outages.find((r) => r.startsWith("| single | zone"))!);
    expect(zone.slice(2, 4)).toEqual(["6", "4"]);
    expect(zone[7]).toBe("45.6 h");
    const interruptions = tables(md).find((t) =>
      t[0]!.startsWith("| Topology | Class | Events | Censored | Never"),
    )!;
    expect(cells(interruptions[2]!)).toEqual(expect.arrayContaining(["single", "executor", "16", "∞"]));
  });

  it("uses words, not emoji", () => {
    expect(md).not.toMatch(/\p{Extended_Pictographic}/u);
  });

  it("says so when nothing meets the service level, or there is none", () => {
    const missed = {
      ...result,
      verdicts: result.verdicts.map((v) => ({ ...v, verdict: "missed" as const })),
    };
    expect(summaryMarkdown(missed)).toContain("**No design meets every objective.**");
    const none = summaryMarkdown({ ...result, verdicts: [], differences: [] });
    expect(none).toContain("**The scenario sets no service-level objectives.**");
    expect(none).not.toContain("Service-level verdicts");
  });

  it("honours the heading level", () => {
    expect(summaryMarkdown(result, { headingLevel: 1 }).startsWith("# Resilab")).toBe(true);
    expect(summaryMarkdown(result, { headingLevel: 1 })).toContain("\n## Service-level verdicts\n");
  });
});

describe("sweepMarkdown", () => {
  it("shows the parameter, the cheapest point and a status row per value", () => {
    const sweep = sweepFixture();
    const md = sweepMarkdown(sweep);
    expect(md).toContain("Parameter faults.controller.mttr: 300, 600, 1,200, 2,400.");
    expect(md).toContain(
      "**Cheapest design meeting every objective: resilient-decoupled at faults.controller.mttr = 300, 2.6/h.**",
    );
    const [table] = tables(md);
    expect(table).toHaveLength(2 + 4);
    expect(cells(table![2]!)[4]).toBe("**MET**, 2.6/h");
    expect(md).toContain("seed 42");
  });
});
