/**
 * Markdown for a CI job summary or a PR comment: a header with the replay key (tool version,
 * scenario hash, seed), the verdict table with intervals and plain status words (MET, MISSED,
 * INCONCLUSIVE: no emoji, no colour), the cheapest design that meets the service level, the
 * paired differences, service outages and interruption recoveries (censoring-aware quantiles and
 * the failure classes that drive their tails) and a short per-topology table. Every
 * scenario-derived string is escaped.
 */
import type { ExperimentResult, Interval } from "@resilab/sim-core";
import {
  cheapestMeeting,
  objectiveRows,
  readDifference,
  statusWord,
  topologyStatus,
  verdictEstimateText,
} from "../analysis";
import {
  classBreakdownTable,
  DURATION_INFO,
  DURATION_KINDS,
  durationSummaryTable,
  type TextTable,
} from "../durations";
import { formatInterval, formatMetricValue, formatNumber } from "../format";
import { metricInfo } from "../metrics";
import { provenanceLine } from "../provenance";
import {
  TOPOLOGY_DIFFERENCES_INTRO,
  TOPOLOGY_DIFFERENCES_TITLE,
  topologyDifferencesMarkdown,
} from "../topology-differences";
import { assertSchemaVersion } from "./json";
import { markdownTable, md, mdParagraph } from "./markdown-table";

/** Options for {@link summaryMarkdown}. */
export interface MarkdownOptions {
  /** Heading level of the title (1–4), default 2 (fits under a CI job's own heading). */
  headingLevel?: number;
}

const KEY_METRICS = [
  "availability",
  "outageDuration",
  "interruptionRecovery",
  "leadTime",
  "lostPipelines",
  "cost",
] as const;

/** Shown beside the key metrics when the results have them (disaster recovery). */
const OPTIONAL_KEY_METRICS = [
  "dataLost",
  "restoreTime",
  "unplannedAvailability",
  "unplannedOutageDuration",
  "backlogDrainTime",
] as const;

function verdictTable(result: ExperimentResult): string {
  const names = result.topologies.map((t) => t.topology);
  const rows = objectiveRows(result).map((o) => [
    md(o.name),
    ...names.map((t) => {
      const v = result.verdicts.find((x) => x.name === o.name && x.topology === t);
      if (!v) return "not evaluated";
      const settle =
        v.verdict === "inconclusive" && v.replicationsNeeded !== null
          ? md(`; about ${formatNumber(v.replicationsNeeded)} replications would settle it`)
          : "";
      return `**${statusWord(v.verdict)}** ${md(verdictEstimateText(v))}${settle}`;
    }),
  ]);
  rows.push(["**Every objective**", ...names.map((t) => `**${statusWord(topologyStatus(result, t))}**`)]);
  return markdownTable(["Objective", ...names.map(md)], rows);
}

function differencesTable(result: ExperimentResult): string {
  const rows = result.differences.map((d) => {
    const f = formatInterval(d.metric, d.difference, "difference");
    return [
      md(metricInfo(d.metric).label),
      md(d.a),
      md(d.b),
      md(f.estimate),
      md(f.range),
      md(readDifference(d)),
    ];
  });
  return markdownTable(["Metric", "a", "b", "a − b", "Confidence interval", "Reading"], rows);
}

function topologyTable(result: ExperimentResult): string {
  const present = OPTIONAL_KEY_METRICS.filter((m) =>
    result.topologies.some((t) => (t.metrics as Partial<Record<string, Interval>>)[m] !== undefined),
  );
  const columns = [...KEY_METRICS, ...present];
  const rows = result.topologies.map((t) => {
    const metrics = t.metrics as Partial<Record<string, Interval>>;
    return [
      md(t.topology),
      ...columns.map((m) => {
        const i = metrics[m];
        if (!i) return "n/a";
        const f = formatInterval(m, i);
        return md(`${f.estimate} (${f.range})`);
      }),
    ];
  });
  return markdownTable(["Topology", ...columns.map((m) => md(metricInfo(m).label))], rows);
}

function textTable(table: TextTable): string {
  return markdownTable(
    table.header.map(md),
    table.rows.map((row) => row.map(md)),
  );
}

/** Outage and interruption-recovery quantiles per topology, then which failure class drives each tail. */
function durationSections(result: ExperimentResult, h: (n: number) => string): string[] {
  const parts = [
    `${h(1)} Service outages and interruption recovery`,
    mdParagraph(
      "Service outage: a team shard down, from the moment it stops accepting triggers or showing state until it serves again, whatever caused it. Interruption recovery: from a failure until the work it interrupted runs again (never, when the pipeline failed or was lost instead). Quantiles are Kaplan–Meier estimates that count the events still open at the horizon (censored), with 95 % bootstrap-over-replications intervals; ∞ means unbounded.",
    ),
    textTable(durationSummaryTable(result)),
  ];
  for (const kind of DURATION_KINDS) {
    parts.push(
      `${h(2)} ${DURATION_INFO[kind].title} by failure class`,
      textTable(classBreakdownTable(result, kind)),
    );
  }
  return parts;
}

/** The experiment as Markdown (GitHub-flavoured, ends with a newline). */
export function summaryMarkdown(result: ExperimentResult, options: MarkdownOptions = {}): string {
  assertSchemaVersion(result);
  const level = Math.min(4, Math.max(1, Math.round(options.headingLevel ?? 2)));
  const h = (n: number) => "#".repeat(Math.min(6, level + n));
  const cheapest = cheapestMeeting(result);
  const parts = [`${h(0)} Resilab: ${md(result.scenario.name)}`];
  if (result.scenario.description) parts.push(mdParagraph(result.scenario.description));
  parts.push(mdParagraph(provenanceLine(result)));
  parts.push(
    cheapest
      ? `**Cheapest design meeting every objective: ${md(cheapest.topology)} at ${md(formatMetricValue("cost", cheapest.costPerHour))}.**`
      : result.verdicts.length > 0
        ? "**No design meets every objective.**"
        : "**The scenario sets no service-level objectives.**",
  );
  if (result.verdicts.length > 0) parts.push(`${h(1)} Service-level verdicts`, verdictTable(result));
  if (result.differences.length > 0) {
    parts.push(`${h(1)} Paired differences (a − b, common random numbers)`, differencesTable(result));
  }
  parts.push(...durationSections(result, h));
  parts.push(`${h(1)} Topologies (mean and confidence interval)`, topologyTable(result));
  const differs = topologyDifferencesMarkdown(result);
  if (differs !== "")
    parts.push(`${h(1)} ${TOPOLOGY_DIFFERENCES_TITLE}`, mdParagraph(TOPOLOGY_DIFFERENCES_INTRO), differs);
  return `${parts.join("\n\n")}\n`;
}
