/**
 * Markdown for a sweep: the replay key, the parameter and its values, the cheapest
 * (topology, value) meeting every objective, and a table of each topology's overall status and
 * cost at each swept value.
 */
import type { Interval } from "@resilab/sim-core";
import { statusWord, topologyStatus } from "../analysis";
import { formatMetricValue, formatNumber } from "../format";
import { provenanceLine } from "../provenance";
import type { SweepResult } from "../sweep-result";
import { assertSchemaVersion } from "./json";
import { markdownTable, md, mdParagraph } from "./markdown-table";

/** The sweep as Markdown (GitHub-flavoured, ends with a newline); `headingLevel` as in `summaryMarkdown`. */
export function sweepMarkdown(sweep: SweepResult, options: { headingLevel?: number } = {}): string {
  assertSchemaVersion(sweep);
  const level = Math.min(4, Math.max(1, Math.round(options.headingLevel ?? 2)));
  const h = (n: number) => "#".repeat(level + n);
  const first = sweep.points[0]?.result;
  const names = first?.topologies.map((t) => t.topology) ?? [];
  const parts = [`${h(0)} Resilab sweep: ${md(sweep.scenario.name)}`];
  if (sweep.scenario.description) parts.push(mdParagraph(sweep.scenario.description));
  parts.push(
    mdParagraph(
      provenanceLine({
        ...sweep,
        ...(first ? { replications: first.replications, horizon: first.horizon } : {}),
      }),
    ),
  );
  parts.push(
    mdParagraph(
      `Parameter ${sweep.parameter}: ${sweep.points.map((p) => formatNumber(p.value)).join(", ")}.`,
    ),
  );
  parts.push(
    sweep.cheapest
      ? `**Cheapest design meeting every objective: ${md(sweep.cheapest.topology)} at ${md(`${sweep.parameter} = ${formatNumber(sweep.cheapest.value)}`)}, ${md(formatMetricValue("cost", sweep.cheapest.costPerHour))}.**`
      : "**No design meets every objective at any swept value.**",
  );
  const rows = sweep.points.map((p) => [
    md(formatNumber(p.value)),
    ...names.map((name) => {
      const t = p.result.topologies.find((x) => x.topology === name);
      if (!t) return "n/a";
      const cost = (t.metrics as Partial<Record<string, Interval>>).cost;
      const missed = p.result.verdicts.filter((v) => v.topology === name && v.verdict !== "met").length;
      const status = statusWord(topologyStatus(p.result, name));
      const detail = missed > 0 ? md(` (${missed} not met)`) : "";
      return `**${status}**${detail}${cost ? md(`, ${formatMetricValue("cost", cost.mean)}`) : ""}`;
    }),
  ]);
  parts.push(
    `${h(1)} Status and cost per swept value`,
    markdownTable([md(sweep.parameter), ...names.map(md)], rows),
  );
  return `${parts.join("\n\n")}\n`;
}
