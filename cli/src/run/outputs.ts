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
  summaryCsv,
  summaryMarkdown,
  sweepCsv,
  sweepMarkdown,
  toJson,
} from "@resilab/reports";
import type { ExperimentResult, SweepResult } from "@resilab/sim-core";
import type { OutputFile } from "../io/atomic-write";

/** How `check` reports an inconclusive verdict in JUnit. */
export type InconclusivePolicy = "fail" | "pass";

/** The output files of an experiment. */
export function experimentFiles(
  result: ExperimentResult,
  inconclusive: InconclusivePolicy = "fail",
): OutputFile[] {
  return [
    { name: "result.json", content: toJson(result) },
    { name: "runs.jsonl", content: runsJsonl(result) },
    { name: "incidents.jsonl", content: incidentsJsonl(result) },
    { name: "pipelines.jsonl", content: pipelinesJsonl(result) },
    { name: "summary.csv", content: summaryCsv(result) },
    { name: "durations.csv", content: durationsCsv(result) },
    { name: "summary.md", content: summaryMarkdown(result) },
    {
      name: "junit.xml",
      content: junitXml(result, { inconclusive: inconclusive === "fail" ? "failure" : "skipped" }),
    },
    { name: "report.html", content: renderHtmlReport(result) },
  ];
}

/** The output files of a sweep. */
export function sweepFiles(result: SweepResult): OutputFile[] {
  return [
    { name: "result.json", content: toJson(result) },
    { name: "summary.csv", content: sweepCsv(result) },
    { name: "summary.md", content: sweepMarkdown(result) },
    { name: "report.html", content: renderSweepHtml(result) },
  ];
}
