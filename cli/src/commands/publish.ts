/**
 * Publishes a finished outcome: writes its files atomically (if there is an output directory)
 * and prints either the JSON document or the human summary on stdout.
 */
import { relative } from "node:path";
import type { ExperimentResult } from "@resilab/sim-core";
import { type CheckOutcome, checkFiles, checkSummary } from "../baseline/check-gate";
import { resultSummary } from "../format/result-summary";
import { sweepSummary } from "../format/sweep-summary";
import { warmupWarningLine } from "../format/warmup-warning";
import { type StreamedFile, writeFilesAtomically, writeStreamedAtomically } from "../io/atomic-write";
import type { CliIo } from "../io/cli-io";
import { encodeShard, shardFileName } from "../parallel/shard";
import { checkpoint } from "../run/checkpoint";
import type { Outcome } from "../run/execute";
import { type InconclusivePolicy, resultJsonChunks, streamedFiles } from "../run/outputs";

/** How to publish. */
export interface PublishOptions {
  dir: string | null;
  json: boolean;
  /** Show paired differences in the summary (compare). */
  differences: boolean;
  inconclusive: InconclusivePolicy;
  /** `check`: the baseline comparison and check.json to add to the outputs. */
  check?: CheckOutcome;
}

function shown(io: CliIo, path: string): string {
  const rel = relative(io.cwd, path);
  return rel.startsWith("..") ? path : rel;
}

/** check's versions of summary.md and junit.xml (with the comparison), and check.json. */
function withCheck(
  files: readonly StreamedFile[],
  result: ExperimentResult,
  check: CheckOutcome,
): StreamedFile[] {
  const changed = (file: StreamedFile): StreamedFile => ({
    name: file.name,
    chunks: () => [
      checkFiles([{ name: file.name, content: [...file.chunks()].join("") }], result, check)[0]!.content,
    ],
  });
  return [
    ...files.map((file) => (file.name === "summary.md" || file.name === "junit.xml" ? changed(file) : file)),
    { name: "check.json", chunks: () => [check.record] },
  ];
}

/**
 * Writes and prints `outcome`. Ctrl-C before the files are swapped in (InterruptedError) leaves
 * the old outputs untouched and prints nothing.
 */
export async function publish(outcome: Outcome, io: CliIo, options: PublishOptions): Promise<void> {
  if (outcome.kind === "shard") {
    const content = encodeShard(outcome.file);
    await checkpoint(io.signal);
    if (options.dir !== null) {
      const [path] = writeFilesAtomically(
        options.dir,
        [{ name: shardFileName(outcome.file.shard), content }],
        io.signal,
      );
      const { index, count } = outcome.file.shard;
      io.stderr(
        `resilab: shard ${index}/${count} (${outcome.file.runs.length} of ${outcome.file.taskCount} tasks) written to ${shown(io, path!)}\n`,
      );
    }
    if (options.json) io.stdout(content);
    return;
  }
  const check = outcome.kind === "experiment" ? options.check : undefined;
  let written: string[] = [];
  if (options.dir !== null) {
    let files = streamedFiles(outcome, options.inconclusive);
    if (check !== undefined && outcome.kind === "experiment") files = withCheck(files, outcome.result, check);
    written = await writeStreamedAtomically(options.dir, files, io.signal);
  }
  if (options.json) {
    // Piece by piece: the document of 10,000 replications is never one string.
    for (const chunk of resultJsonChunks(outcome)) io.stdout(chunk);
    // stdout stays one JSON document; the comparison goes to stderr (and check.json).
    if (check !== undefined) io.stderr(checkSummary(check).trimStart());
  } else {
    io.stdout(
      outcome.kind === "experiment"
        ? resultSummary(outcome.result, options.differences) +
            (check === undefined ? "" : checkSummary(check))
        : sweepSummary(outcome.result),
    );
  }
  const warmupWarning = outcome.kind === "experiment" ? warmupWarningLine(outcome.result) : "";
  if (warmupWarning !== "") io.stderr(warmupWarning);
  if (written.length > 0) {
    const report = written.find((path) => path.endsWith("report.html"))!;
    const message = `\nReport: ${shown(io, report)}\nFiles:  ${written.map((path) => shown(io, path)).join(", ")}\n`;
    if (options.json) io.stderr(message.trimStart());
    else io.stdout(message);
  }
}
