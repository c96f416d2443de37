/**
 * The terminal summary of an experiment: a line of provenance, a table per topology (availability,
 * service outage and interruption recovery p50 / p99 with censored counts, lost pipelines, cost),
 * the service-level verdicts with intervals and notes and, for comparisons, the paired differences.
 */
import type {
  ExperimentResult,
  MetricName,
  ObjectiveVerdict,
  PairedDifference,
  TopologySummary,
} from "@resilab/sim-core";
import { formatInterval, formatSeconds } from "./numbers";
import { table } from "./table";
import { topologyDifferencesText } from "./topology-differences";

const MARK: Record<ObjectiveVerdict["verdict"], string> = {
  met: "✓ met",
  missed: "✗ missed",
  inconclusive: "? inconclusive",
};

/**
 * "22 min / 2.1 h (3 censored)": the Kaplan–Meier p50 and p99 of pooled durations, with how many
 * events were still open at the horizon or never recovered; "none" without events.
 */
export function p50p99(d: TopologySummary["outages"]): string {
  if (d.summary.count + d.censored + d.never === 0) return "none";
  const extra = [
    d.censored > 0 ? `${d.censored} censored` : "",
    d.never > 0 ? `${d.never} never` : "",
  ].filter((x) => x !== "");
  const quantiles = `${formatSeconds(d.p50.mean)} / ${formatSeconds(d.p99.mean)}`;
  return extra.length === 0 ? quantiles : `${quantiles} (${extra.join(", ")})`;
}

function topologyRow(t: TopologySummary, recovery: boolean): string[] {
  const m = t.metrics;
  const row = [
    t.topology,
    formatInterval("availability", m.availability),
    p50p99(t.outages),
    p50p99(t.interruptions),
    String(Number(m.lostPipelines.mean.toPrecision(3))),
    Number(m.cost.mean.toPrecision(3)).toString(),
  ];
  if (recovery) row.push(...RECOVERY_COLUMNS.map((metric) => recoveryCell(t, metric)));
  // Planned maintenance: availability without it and outages it did not cause.
  if (t.metrics.unplannedAvailability !== undefined)
    row.push(formatInterval("unplannedAvailability", t.metrics.unplannedAvailability));
  // Backlog drain after outages, when an objective asked for it.
  if (t.metrics.backlogDrainTime !== undefined) row.push(recoveryCell(t, "backlogDrainTime"));
  return row;
}

/** Disaster recovery's metrics, shown when the results have them (mean per recovery event). */
const RECOVERY_COLUMNS = ["dataLost", "restoreTime"] as const;

function recoveryCell(
  t: TopologySummary,
  metric: (typeof RECOVERY_COLUMNS)[number] | "backlogDrainTime",
): string {
  const i = (t.metrics as Partial<TopologySummary["metrics"]>)[metric];
  return i === undefined || i.n === 0 || Number.isNaN(i.mean) ? "none" : formatInterval(metric, i);
}

/** One line: what ran, with the hash and seed that replay it. */
export function provenanceLine(result: {
  scenario: { name: string; hash: string };
  seed: number;
  tool: { version: string };
}): string {
  return `${result.scenario.name} · scenario ${result.scenario.hash} · seed ${result.seed} · resilab ${result.tool.version}`;
}

/** The verdict table (one row per objective and topology). */
export function verdictTable(verdicts: readonly ObjectiveVerdict[]): string {
  const rows = verdicts.map((v) => {
    const settle = v.replicationsNeeded === null ? "" : `≈${v.replicationsNeeded} replications to settle`;
    // The model's note (no events observed, outages censored at the horizon) beside the estimate.
    const note = typeof v.note === "string" ? v.note : "";
    const remarks = [note, settle].filter((x) => x !== "").join("; ");
    return [MARK[v.verdict], v.topology, v.name, formatInterval(v.objective.metric, v.estimate), remarks];
  });
  return table(["verdict", "topology", "objective", "estimate [95% CI]", ""], rows, [
    "l",
    "l",
    "l",
    "r",
    "l",
  ]);
}

/** The metrics whose paired differences the terminal shows (all are in result.json and the report). */
export const HEADLINE_DIFFERENCES: readonly MetricName[] = ["outageDuration", "availability", "cost"];

/** Paired differences a − b with intervals, grouped by metric. */
export function differenceTable(differences: readonly PairedDifference[]): string {
  const shown = HEADLINE_DIFFERENCES.flatMap((metric) => differences.filter((d) => d.metric === metric));
  const rows = shown.map((d) => [d.metric, `${d.a} − ${d.b}`, formatInterval(d.metric, d.difference, true)]);
  return table(["metric", "pair (a − b)", "difference [95% CI]"], rows, ["l", "l", "r"]);
}

/** The whole summary; `withDifferences` for compare. */
export function resultSummary(result: ExperimentResult, withDifferences: boolean): string {
  const recovery = result.topologies.some((t) => t.metrics.dataLost !== undefined);
  const parts = [
    provenanceLine(result),
    `${result.topologies.length} topologies × ${result.replications} replications × ${formatSeconds(result.horizon)} simulated`,
    "",
    table(
      [
        "topology",
        "availability [95% CI]",
        "outage p50 / p99",
        "interruption recovery p50 / p99",
        "lost",
        "cost",
        ...(recovery ? ["data lost (RPO) [95% CI]", "restore time (RTO) [95% CI]"] : []),
        ...(result.topologies.some((t) => t.metrics.unplannedAvailability !== undefined)
          ? ["unplanned availability [95% CI]"]
          : []),
        ...(result.topologies.some((t) => t.metrics.backlogDrainTime !== undefined)
          ? ["backlog drain [95% CI]"]
          : []),
      ],
      result.topologies.map((t) => topologyRow(t, recovery)),
    ),
  ];
  const differs = topologyDifferencesText(result);
  if (differs !== "") parts.push("", differs);
  if (result.verdicts.length > 0) parts.push("", "Service level", verdictTable(result.verdicts));
  if (withDifferences && result.differences.length > 0) {
    parts.push(
      "",
      "Paired differences on common random numbers (all metrics: result.json, report.html)",
      differenceTable(result.differences),
    );
  }
  return `${parts.join("\n")}\n`;
}
