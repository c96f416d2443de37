/**
 * The files a finished run writes, all rendered by the reports package: the versioned JSON
 * result, JSON Lines, tidy CSV, Markdown, JUnit XML and the self-contained HTML report.
 */

import {
  durationsCsv,
  incidentsJsonl,
  junitXml,
  pipelinesJsonl,
  renderHtmlReport,
  renderSweepHtml,
  runsJsonl,
  runsJsonlChunks,
  summaryCsv,
  summaryMarkdown,
  sweepCsv,
  sweepMarkdown,
  toJson,
  toJsonChunks,
} from "@resilab/reports";
import type { ExperimentResult, SweepResult } from "@resilab/sim-core";
import type { OutputFile, StreamedFile } from "../io/atomic-write";
import { fileChunks } from "./run-spool";
import type { Summary } from "./summarize-plan";

/**
 * Every file name a run, compare, check or sweep may write, for the check before a run starts
 * (none of them may be a directory in the output directory).
 */
export const OUTPUT_FILE_NAMES: readonly string[] = [
  "result.json",
  "runs.jsonl",
  "incidents.jsonl",
  "pipelines.jsonl",
  "summary.csv",
  "durations.csv",
  "summary.md",
  "junit.xml",
  "report.html",
  "check.json",
];

/** How `check` reports an inconclusive verdict in JUnit. */
export type InconclusivePolicy = "fail" | "pass";

/** An output file not rendered yet: rendering is deferred so Ctrl-C is answered between files. */
export interface PendingFile {
  name: string;
  render: () => string;
}

/** Renders every pending file. */
export function renderAll(pending: readonly PendingFile[]): OutputFile[] {
  return pending.map((file) => ({ name: file.name, content: file.render() }));
}

/**
 * The files to stream to disk: result.json and runs.jsonl (linear in the replications) piece by
 * piece — from the spool on disk when a long experiment left its runs there — the others
 * (bounded: summaries, samples of replication 0) in one piece each.
 */
export function streamedFiles(summary: Summary, inconclusive: InconclusivePolicy): StreamedFile[] {
  const pending =
    summary.kind === "experiment"
      ? experimentFileRenderers(summary.result, inconclusive)
      : sweepFileRenderers(summary.result);
  return pending.map((file) => {
    if (file.name === "result.json") return { name: file.name, chunks: () => resultJsonChunks(summary) };
    if (file.name === "runs.jsonl" && summary.kind === "experiment") {
      const spool = summary.spool;
      return {
        name: file.name,
        chunks: () => (spool === undefined ? runsJsonlChunks(summary.result) : fileChunks(spool.runsJsonl)),
      };
    }
    return { name: file.name, chunks: () => [file.render()] };
  });
}

/** result.json piece by piece, with the runs from the spool when the summary left them there. */
export function resultJsonChunks(summary: Summary): Iterable<string> {
  if (summary.kind === "sweep" || summary.spool === undefined) return toJsonChunks(summary.result);
  const spool = summary.spool;
  return toJsonChunks(summary.result, { count: spool.count, body: () => fileChunks(spool.resultRuns) });
}

/** The output files of an experiment, each rendered on demand. */
export function experimentFileRenderers(
  result: ExperimentResult,
  inconclusive: InconclusivePolicy = "fail",
): PendingFile[] {
  return [
    { name: "result.json", render: () => toJson(result) },
    { name: "runs.jsonl", render: () => runsJsonl(result) },
    { name: "incidents.jsonl", render: () => incidentsJsonl(result) },
    { name: "pipelines.jsonl", render: () => pipelinesJsonl(result) },
    { name: "summary.csv", render: () => summaryCsv(result) },
    { name: "durations.csv", render: () => durationsCsv(result) },
    { name: "summary.md", render: () => summaryMarkdown(result) },
    {
      name: "junit.xml",
      render: () => junitXml(result, { inconclusive: inconclusive === "fail" ? "failure" : "skipped" }),
    },
    { name: "report.html", render: () => renderHtmlReport(result) },
  ];
}

/** The output files of a sweep, each rendered on demand. */
export function sweepFileRenderers(result: SweepResult): PendingFile[] {
  return [
    { name: "result.json", render: () => toJson(result) },
    { name: "summary.csv", render: () => sweepCsv(result) },
    { name: "summary.md", render: () => sweepMarkdown(result) },
    { name: "report.html", render: () => renderSweepHtml(result) },
  ];
}

/** The output files of an experiment. */
export function experimentFiles(
  result: ExperimentResult,
  inconclusive: InconclusivePolicy = "fail",
): OutputFile[] {
  return renderAll(experimentFileRenderers(result, inconclusive));
}

/** The output files of a sweep. */
export function sweepFiles(result: SweepResult): OutputFile[] {
  return renderAll(sweepFileRenderers(result));
}
