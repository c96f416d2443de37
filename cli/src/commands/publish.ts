/**
 * Publishes a finished outcome: writes its files atomically (if there is an output directory)
 * and prints either the JSON document or the human summary on stdout.
 */
import { relative } from "node:path";
import { toJson } from "@resilab/reports";
import { type CheckOutcome, checkFiles, checkSummary } from "../baseline/check-gate";
import { resultSummary } from "../format/result-summary";
import { sweepSummary } from "../format/sweep-summary";
import { warmupWarningLine } from "../format/warmup-warning";
import { writeFilesAtomically } from "../io/atomic-write";
import type { CliIo } from "../io/cli-io";
import { encodeShard, shardFileName } from "../parallel/shard";
import type { Outcome } from "../run/execute";
import { experimentFiles, type InconclusivePolicy, sweepFiles } from "../run/outputs";

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

/** Writes and prints `outcome`. */
export function publish(outcome: Outcome, io: CliIo, options: PublishOptions): void {
  if (outcome.kind === "shard") {
    const content = encodeShard(outcome.file);
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
  let files =
    outcome.kind === "experiment"
      ? experimentFiles(outcome.result, options.inconclusive)
      : sweepFiles(outcome.result);
  if (check !== undefined && outcome.kind === "experiment") files = checkFiles(files, outcome.result, check);
  const written = options.dir === null ? [] : writeFilesAtomically(options.dir, files, io.signal);
  if (options.json) {
    io.stdout(toJson(outcome.result));
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
