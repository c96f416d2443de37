/**
 * `resilab sensitivity <scenario>`: which assumptions decide the verdicts. Tornado (one at a
 * time, with bisection of every flip) or Morris elementary effects over the scenario's
 * `assumptions:` — or a default set when it lists none — on common random numbers, run on worker
 * threads, shardable like sweeps. Prints a table (or the JSON) and writes sensitivity.json and
 * sensitivity.html.
 */
import { relative } from "node:path";
import { renderSensitivityHtml } from "@resilab/reports";
import {
  type EvaluatePoints,
  estimatesFromRuns,
  type Parameter,
  planSensitivity,
  runSensitivity,
  type Scenario,
  SENSITIVITY_METHODS,
  type SensitivityMethod,
  type SensitivityResult,
  scenarioHash,
  sensitivityDesign,
  studyParameters,
  summarizeSensitivity,
  tornadoBrackets,
  ValidationError,
} from "@resilab/sim-core";
import { type Parsed, parseVerbArgs, RUN_FLAGS, stringFlag } from "../args/parse";
import { parseInteger, parseShard } from "../args/values";
import { EXIT, UsageError } from "../errors";
import { sensitivitySummary } from "../format/sensitivity-summary";
import { writeFilesAtomically } from "../io/atomic-write";
import type { CliIo } from "../io/cli-io";
import { encodeJson } from "../io/exact-json";
import { checkOutputTarget } from "../io/output-target";
import { readInputFile } from "../io/read-scenario";
import { shardTasks } from "../parallel/shard";
import { type PoolOptions, runTasksInPool } from "../parallel/worker-pool";
import { createProgress } from "../progress";
import { prepare } from "../run/prepare";
import { TOOL_VERSION } from "../tool-version";
import { outputDir } from "./output-dir";
import {
  decodeSensitivityShard,
  encodeSensitivityShard,
  mergeSensitivityShards,
  type StudySpec,
  sensitivityShardName,
} from "./sensitivity-shards";
import { SENSITIVITY_USAGE } from "./sensitivity-usage";

/** The files a finished study writes. */
const STUDY_FILES = ["sensitivity.json", "sensitivity.html"];

/** Largest shard file read (bytes). */
const MAX_SHARD_BYTES = 1024 * 1024 * 1024;

const FLAGS = {
  ...RUN_FLAGS,
  method: { type: "string" },
  params: { type: "string" },
  trajectories: { type: "string" },
  bisect: { type: "string" },
  merge: { type: "boolean" },
} as const;

function methodOf(parsed: Parsed): SensitivityMethod {
  const value = stringFlag(parsed, "method") ?? "tornado";
  if (!(SENSITIVITY_METHODS as readonly string[]).includes(value))
    throw new UsageError(
      `--method: got ${JSON.stringify(value)}; allowed: ${SENSITIVITY_METHODS.join(", ")}`,
      "sensitivity",
    );
  return value as SensitivityMethod;
}

/** `--params 10` (the first ten) or `--params a,b` (by name or path). */
function selection(parsed: Parsed): number | string[] | undefined {
  const value = stringFlag(parsed, "params");
  if (value === undefined) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return parseInteger("params", value, 1, 10_000);
  return value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** The study's parameters; a --params name that is not one of them is a usage error. */
function study(scenario: Scenario, select: number | string[] | undefined) {
  try {
    return studyParameters(scenario, select);
  } catch (error) {
    const issue = error instanceof ValidationError ? error.issues[0] : undefined;
    if (issue?.path !== "params") throw error;
    const hint = issue.hint === undefined ? "" : ` (${issue.hint})`;
    throw new UsageError(`--params: got ${issue.value}; allowed: ${issue.allowed}${hint}`, "sensitivity");
  }
}

/** Publishes a finished study: files, then the table or the JSON. */
function publishStudy(
  result: SensitivityResult,
  io: CliIo,
  dir: string | null,
  json: boolean,
  quiet: boolean,
) {
  const doc = `${encodeJson(result)}\n`;
  const written =
    dir === null
      ? []
      : writeFilesAtomically(
          dir,
          [
            { name: STUDY_FILES[0]!, content: doc },
            { name: STUDY_FILES[1]!, content: renderSensitivityHtml(result) },
          ],
          io.signal,
        );
  if (json) io.stdout(doc);
  else io.stdout(sensitivitySummary(result));
  if (!quiet && written.length > 0)
    io.stderr(`resilab: wrote ${written.map((p) => relative(io.cwd, p) || p).join(", ")}\n`);
}

/** Worker-thread evaluation of points (estimates judged on this thread). */
function poolEvaluator(
  scenario: Scenario,
  parameters: Parameter[],
  options: PoolOptions,
  onRuns: (done: number, total: number) => void,
): EvaluatePoints {
  return async (points) => {
    const tasks = planSensitivity(scenario, points);
    const context = { scenario, sweep: null, points: { parameters, values: points.map((p) => p.values) } };
    const runs = await runTasksInPool(context, tasks, { ...options, onProgress: onRuns });
    return { estimates: estimatesFromRuns(scenario, points.length, tasks, runs), runs: runs.length };
  };
}

async function mergeMode(parsed: Parsed, io: CliIo): Promise<number> {
  const files = parsed.positionals.map((name) => ({
    name,
    shard: decodeSensitivityShard(readInputFile(name, io.cwd, MAX_SHARD_BYTES, "a shard file"), name),
  }));
  const { first, runs } = mergeSensitivityShards(files);
  const { scenario, study } = first;
  const design = sensitivityDesign(scenario, study.parameters, study);
  const tasks = planSensitivity(scenario, design.points);
  const estimates = estimatesFromRuns(scenario, design.points.length, tasks, runs);
  const brackets = design.method === "tornado" ? tornadoBrackets(scenario.slo, design, estimates) : [];
  const result = summarizeSensitivity(scenario, design, estimates, brackets, {
    toolVersion: TOOL_VERSION,
    defaultAssumptions: study.defaultAssumptions,
    runs: runs.length,
  });
  const json = parsed.values.json === true;
  const dir = outputDir(stringFlag(parsed, "out"), json, scenario.name, io.cwd);
  if (dir !== null) checkOutputTarget(dir, STUDY_FILES);
  publishStudy(result, io, dir, json, parsed.values.quiet === true);
  return EXIT.ok;
}

/** Runs `sensitivity`; resolves with the exit code. */
export async function sensitivityCommand(args: readonly string[], io: CliIo): Promise<number> {
  const merging = args.includes("--merge");
  const parsed = parseVerbArgs("sensitivity", args, FLAGS, merging ? [1, 100_000] : [1, 1]);
  if (parsed.values.help === true) {
    io.stdout(`${SENSITIVITY_USAGE}\n`);
    return EXIT.ok;
  }
  if (merging) return mergeMode(parsed, io);
  const method = methodOf(parsed);
  const trajectoriesFlag = stringFlag(parsed, "trajectories");
  const trajectories =
    trajectoriesFlag === undefined ? 10 : parseInteger("trajectories", trajectoriesFlag, 2, 1000);
  const bisectFlag = stringFlag(parsed, "bisect");
  const bisect = bisectFlag === undefined ? 3 : parseInteger("bisect", bisectFlag, 0, 20);
  const workersFlag = stringFlag(parsed, "workers");
  const workers =
    workersFlag === undefined ? io.defaultWorkers : parseInteger("workers", workersFlag, 1, 1024);
  const shardFlag = stringFlag(parsed, "shard");
  const shard = shardFlag === undefined ? null : parseShard(shardFlag);

  const { scenario, label, warnings } = prepare(parsed, io.cwd);
  for (const warning of warnings) io.stderr(`resilab: ${warning}\n`);
  const { parameters, defaults } = study(scenario, selection(parsed));
  const quiet = parsed.values.quiet === true;
  const json = parsed.values.json === true;
  if (defaults && !quiet)
    io.stderr(
      `resilab: ${label} lists no assumptions; using the default set at 0.5×–2×: ${parameters.map((p) => p.name).join(", ")}\n`,
    );
  const design = sensitivityDesign(scenario, parameters, { method, trajectories });
  const tasks = planSensitivity(scenario, design.points);
  if (parsed.values["dry-run"] === true) {
    const more =
      method === "tornado" && bisect > 0 ? `, then up to ${bisect} bisection rounds per verdict flip` : "";
    io.stdout(
      `${label}: valid. ${method}: ${parameters.length} parameters, ${design.points.length} points × ${scenario.topologies.length} topologies × ${scenario.replications} replications = ${tasks.length} runs${more}` +
        `${shard === null ? "" : `; shard ${shard.index}/${shard.count} runs ${shardTasks(tasks, shard).length}`}\n`,
    );
    return EXIT.ok;
  }
  const dir = outputDir(stringFlag(parsed, "out"), json, scenario.name, io.cwd);
  // Before anything runs: a study of minutes must not end in a write error.
  if (dir !== null) checkOutputTarget(dir, shard === null ? STUDY_FILES : [sensitivityShardName(shard)]);
  const progress = createProgress(io, "runs", quiet);
  const pool: PoolOptions = { workers, signal: io.signal };
  try {
    if (shard !== null) {
      const selected = shardTasks(tasks, shard);
      const context = {
        scenario,
        sweep: null,
        points: { parameters, values: design.points.map((p) => p.values) },
      };
      const runs = await runTasksInPool(context, selected, {
        ...pool,
        onProgress: (done, total) => progress.update(done, total),
      });
      const study: StudySpec = { method, trajectories, parameters, defaultAssumptions: defaults };
      const content = encodeSensitivityShard({
        format: "resilab-sensitivity-shard",
        schemaVersion: 1,
        tool: { name: "resilab", version: TOOL_VERSION },
        scenarioHash: scenarioHash(scenario),
        seed: scenario.seed,
        scenario,
        study,
        shard,
        taskCount: tasks.length,
        runs: selected.map((task, i) => ({ index: task.index, result: runs[i]! })),
      });
      progress.stop();
      if (dir !== null) {
        const [path] = writeFilesAtomically(dir, [{ name: sensitivityShardName(shard), content }], io.signal);
        io.stderr(
          `resilab: shard ${shard.index}/${shard.count} (${selected.length} of ${tasks.length} runs) written to ${relative(io.cwd, path!)}\n`,
        );
      }
      if (json) io.stdout(content);
      return EXIT.ok;
    }
    if (!quiet)
      io.stderr(
        `resilab: ${label}: ${tasks.length} runs (${method}) on ${Math.min(workers, tasks.length)} worker threads\n`,
      );
    const evaluate = poolEvaluator(scenario, parameters, pool, (done, total) => progress.update(done, total));
    const result = await runSensitivity(
      scenario,
      parameters,
      { method, trajectories, bisect, defaultAssumptions: defaults, toolVersion: TOOL_VERSION },
      evaluate,
    );
    progress.stop();
    publishStudy(result, io, dir, json, quiet);
    return EXIT.ok;
  } finally {
    progress.stop();
  }
}
