/**
 * What the page gets of a result, and the exports of the full one. A result carries every run
 * (tens of megabytes for thousands of runs); the page draws from replication 0's runs only (the
 * incident timeline) and a page of topologies at a time, so pictures travel without the rest,
 * and the byte-exact JSON and HTML
 * exports are written where the full result lives (the job worker).
 */
import { renderHtmlReport, renderSweepHtml, toJson } from "@resilab/reports";
import type { ExperimentResult, SweepResult } from "@resilab/sim-core";
import { TOPOLOGIES_PER_PAGE } from "../charts/topology-page";

/** What an export is of: the comparison or the sweep. */
export type ExportKind = "experiment" | "sweep";

/** The format of an export: the result JSON or the self-contained HTML report. */
export type ExportFormat = "json" | "html";

/**
 * The result as the page shows it: only replication 0's runs (none beyond one page of
 * topologies), and the paired differences of topologies on the same page of
 * `TOPOLOGIES_PER_PAGE` (the page draws no others; 300 topologies have 44,850 pairs per metric,
 * tens of megabytes to copy to the page).
 */
export function shownExperiment(result: ExperimentResult): ExperimentResult {
  const runs = result.runs.filter((run) => run.replication === 0);
  if (result.topologies.length <= TOPOLOGIES_PER_PAGE) return { ...result, runs };
  const page = new Map(result.topologies.map((t, i) => [t.topology, Math.floor(i / TOPOLOGIES_PER_PAGE)]));
  const differences = result.differences.filter((d) => page.get(d.a) === page.get(d.b));
  // Nor replication 0's runs: the timeline reads the same samples from each topology's summary
  // (`incidentsSample`, `pipelinesSample`), and 300 runs with their samples doubled what the
  // page had to read in one task.
  return { ...result, runs: [], differences };
}

/** A sweep as the page shows it: each point's result without the runs past replication 0. */
export function shownSweep(result: SweepResult): SweepResult {
  return { ...result, points: result.points.map((p) => ({ ...p, result: shownExperiment(p.result) })) };
}

/** The text of an export of a full result, byte-identical to the CLI's. */
export function exportText(
  result: ExperimentResult | SweepResult,
  kind: ExportKind,
  format: ExportFormat,
): string {
  if (format === "json") return toJson(result);
  return kind === "experiment"
    ? renderHtmlReport(result as ExperimentResult)
    : renderSweepHtml(result as SweepResult);
}
