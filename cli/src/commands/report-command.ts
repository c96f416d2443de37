/** `report`: renders an existing result.json as HTML and Markdown. */
import { dirname } from "node:path";
import { renderHtmlReport, renderSweepHtml, summaryMarkdown, sweepMarkdown } from "@resilab/reports";
import type { ExperimentResult, SweepResult } from "@resilab/sim-core";
import { parseVerbArgs, stringFlag } from "../args/parse";
import { VERB_USAGE } from "../args/usage";
import { EXIT, InputError } from "../errors";
import { writeFilesAtomically } from "../io/atomic-write";
import type { CliIo } from "../io/cli-io";
import { checkOutputTarget } from "../io/output-target";
import { readInputFile } from "../io/read-scenario";
import { experimentResultSchema, parseDocument, sweepResultSchema } from "../io/result-schema";
import { checkpoint } from "../run/checkpoint";
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
  if (Array.isArray(doc.points)) {
    return { kind: "sweep", result: parseDocument(sweepResultSchema, doc, name) as unknown as SweepResult };
  }
  for (const field of ["topologies", "verdicts", "differences", "runs"]) {
    if (!Array.isArray(doc[field])) throw new InputError(`${name}: incomplete result (no "${field}" list)`);
  }
  const result = parseDocument(experimentResultSchema, doc, name) as unknown as ExperimentResult;
  return { kind: "experiment", result };
}

/**
 * Renders a document that passed the schema. The schema checks every field the reports read; if
 * a foreign document still trips a renderer, the user learns which file (exit 2), not a stack.
 */
function renderChecked(render: () => string, name: string): string {
  try {
    return render();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(
      `${name}: cannot be rendered (${reason}); allowed: a result.json written by resilab, unedited`,
    );
  }
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
  checkOutputTarget(dir, ["report.html", "summary.md"]);
  const pending =
    doc.kind === "experiment"
      ? [
          { name: "report.html", render: () => renderHtmlReport(doc.result) },
          { name: "summary.md", render: () => summaryMarkdown(doc.result) },
        ]
      : [
          { name: "report.html", render: () => renderSweepHtml(doc.result) },
          { name: "summary.md", render: () => sweepMarkdown(doc.result) },
        ];
  const files = [];
  for (const file of pending) {
    await checkpoint(io.signal);
    files.push({ name: file.name, content: renderChecked(file.render, name) });
  }
  await checkpoint(io.signal);
  const written = writeFilesAtomically(dir, files, io.signal);
  io.stdout(`Report: ${written[0]}\nMarkdown: ${written[1]}\n`);
  return EXIT.ok;
}
