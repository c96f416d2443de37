/**
 * `run --uncertainty` and `compare --uncertainty`: an outer loop over parameter draws (Latin
 * hypercube over the scenario's `assumptions:`, or the default set) with the scenario's
 * replications inside each draw, plus the scenario as given. Prints, for every objective and
 * topology, the usual noise-only interval beside the total interval and the variance split, and
 * writes uncertainty.json and uncertainty.html.
 */
import { relative } from "node:path";
import { renderUncertaintyHtml } from "@resilab/reports";
import {
  DEFAULT_DRAWS,
  planUncertainty,
  type Scenario,
  studyParameters,
  summarizeUncertaintyRuns,
  uncertaintyPoints,
} from "@resilab/sim-core";
import { type Parsed, stringFlag } from "../args/parse";
import { parseInteger } from "../args/values";
import { EXIT, UsageError } from "../errors";
import { uncertaintySummary } from "../format/sensitivity-summary";
import { writeFilesAtomically } from "../io/atomic-write";
import type { CliIo } from "../io/cli-io";
import { encodeJson } from "../io/exact-json";
import { checkOutputTarget } from "../io/output-target";
import { runTasksInPool } from "../parallel/worker-pool";
import { createProgress } from "../progress";
import { TOOL_VERSION } from "../tool-version";
import { outputDir } from "./output-dir";

/** The flags `run` and `compare` take for this mode. */
export const UNCERTAINTY_FLAGS = { uncertainty: { type: "boolean" }, draws: { type: "string" } } as const;

/** Runs the uncertainty mode of `run` or `compare`; resolves with the exit code. */
export async function uncertaintyRun(
  verb: "run" | "compare",
  parsed: Parsed,
  io: CliIo,
  scenario: Scenario,
  label: string,
  workers: number,
): Promise<number> {
  if (stringFlag(parsed, "shard") !== undefined)
    throw new UsageError("--uncertainty runs are not sharded yet; run without --shard", verb);
  const drawsFlag = stringFlag(parsed, "draws");
  const draws = drawsFlag === undefined ? DEFAULT_DRAWS : parseInteger("draws", drawsFlag, 2, 10_000);
  const { parameters, defaults } = studyParameters(scenario);
  const quiet = parsed.values.quiet === true;
  const json = parsed.values.json === true;
  const points = uncertaintyPoints(scenario, parameters, draws);
  const tasks = planUncertainty(scenario, points);
  if (parsed.values["dry-run"] === true) {
    io.stdout(
      `${label}: valid. ${tasks.length} runs = (${draws} draws + base) × ${scenario.topologies.length} topologies × ${scenario.replications} replications over ${parameters.length} uncertain parameters\n`,
    );
    return EXIT.ok;
  }
  if (!quiet) {
    if (defaults)
      io.stderr(`resilab: ${label} lists no assumptions; drawing the default set at 0.5×–2× (log-uniform)\n`);
    io.stderr(
      `resilab: ${label}: ${tasks.length} runs (${draws} parameter draws + base) on ${Math.min(workers, tasks.length)} worker threads\n`,
    );
  }
  const dir = outputDir(stringFlag(parsed, "out"), json, scenario.name, io.cwd);
  // Before anything runs: a run of minutes must not end in a write error.
  if (dir !== null) checkOutputTarget(dir, ["uncertainty.json", "uncertainty.html"]);
  const progress = createProgress(io, "runs", quiet);
  let runs: Awaited<ReturnType<typeof runTasksInPool>>;
  try {
    const context = { scenario, sweep: null, points: { parameters, values: points.map((p) => p.values) } };
    runs = await runTasksInPool(context, tasks, {
      workers,
      signal: io.signal,
      onProgress: (done, total) => progress.update(done, total),
    });
  } finally {
    progress.stop();
  }
  const result = summarizeUncertaintyRuns(scenario, parameters, points, tasks, runs, TOOL_VERSION);
  const doc = `${encodeJson(result)}\n`;
  const written =
    dir === null
      ? []
      : writeFilesAtomically(
          dir,
          [
            { name: "uncertainty.json", content: doc },
            { name: "uncertainty.html", content: renderUncertaintyHtml(result) },
          ],
          io.signal,
        );
  io.stdout(json ? doc : uncertaintySummary(result));
  if (!quiet && written.length > 0)
    io.stderr(`resilab: wrote ${written.map((p) => relative(io.cwd, p) || p).join(", ")}\n`);
  return EXIT.ok;
}
