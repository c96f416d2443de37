/** `report`: renders an existing result.json as HTML and Markdown. */
import { dirname } from "node:path";
import { renderHtmlReport, renderSweepHtml, summaryMarkdown, sweepMarkdown } from "@resilab/reports";
import type { ExperimentResult, SweepResult } from "@resilab/sim-core";
import { parseVerbArgs, stringFlag } from "../args/parse";
import { VERB_USAGE } from "../args/usage";
import { EXIT, InputError } from "../errors";
import { writeFilesAtomically } from "../io/atomic-write";
import type { CliIo } from "../io/cli-io";
import { readInputFile } from "../io/read-scenario";
import { MAX_SHARD_BYTES } from "./merge-command";
import { outputDir } from "./output-dir";

type ResultDocument =
  | { kind: "experiment"; result: ExperimentResult }
  | { kind: "sweep"; result: SweepResult };

/** Recognizes a result document written by resilab (experiment or sweep). */
export function readResultDocument(text: string, name: string): ResultDocument {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputError(`${name}: not a JSON document; allowed: a result.json written by resilab`);
  }
  const doc = data as Record<string, unknown> | null;
  const tool = doc?.tool as { name?: unknown } | undefined;
  if (typeof doc !== "object" || doc === null || tool?.name !== "resilab") {
    throw new InputError(`${name}: not a resilab result (no "tool": {"name": "resilab"})`);
  }
  if (doc.schemaVersion !== 1)
    throw new InputError(`${name}: result schemaVersion ${String(doc.schemaVersion)}; allowed: 1`);
  if (Array.isArray(doc.points)) return { kind: "sweep", result: doc as unknown as SweepResult };
  for (const field of ["topologies", "verdicts", "differences", "runs"]) {
    if (!Array.isArray(doc[field])) throw new InputError(`${name}: incomplete result (no "${field}" list)`);
  }
  return { kind: "experiment", result: doc as unknown as ExperimentResult };
}

/** Runs `report`; resolves with the exit code. */
export async function reportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseVerbArgs(
    "report",
    args,
    { out: { type: "string", short: "o" }, help: { type: "boolean", short: "h" } },
    [1, 1],
  );
  if (parsed.values.help === true) {
    io.stdout(`${VERB_USAGE.report}\n`);
    return EXIT.ok;
  }
  const name = parsed.positionals[0]!;
  const doc = readResultDocument(readInputFile(name, io.cwd, MAX_SHARD_BYTES, "a result.json"), name);
  const dir = outputDir(stringFlag(parsed, "out") ?? dirname(name), false, "", io.cwd)!;
  const files =
    doc.kind === "experiment"
      ? [
          { name: "report.html", content: renderHtmlReport(doc.result) },
          { name: "summary.md", content: summaryMarkdown(doc.result) },
        ]
      : [
          { name: "report.html", content: renderSweepHtml(doc.result) },
          { name: "summary.md", content: sweepMarkdown(doc.result) },
        ];
  const written = writeFilesAtomically(dir, files, io.signal);
  io.stdout(`Report: ${written[0]}\nMarkdown: ${written[1]}\n`);
  return EXIT.ok;
}
