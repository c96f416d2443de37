/**
 * `run`, `compare`, `check` and `sweep`: load the scenario, apply the flags, run the tasks on
 * worker threads (or one shard of them), then publish the result. `check` turns the verdicts
 * into the exit code.
 */
import type { ExperimentResult, SweepSpec } from "@resilab/sim-core";
import { type Parsed, parseVerbArgs, RUN_FLAGS, stringFlag } from "../args/parse";
import { VERB_USAGE } from "../args/usage";
import { parseInteger, parseShard, parseSweepValues } from "../args/values";
import {
  assertBaselineComparable,
  CHECK_FLAGS,
  type CheckOutcome,
  checkExitCode,
  checkRequest,
  finishCheck,
} from "../baseline/check-gate";
import { EXIT, InputError, UsageError } from "../errors";
import type { CliIo } from "../io/cli-io";
import { checkOutputTarget } from "../io/output-target";
import { shardFileName, shardTasks } from "../parallel/shard";
import { createProgress } from "../progress";
import { disposeOutcome, execute, type Plan, planTasks } from "../run/execute";
import { type InconclusivePolicy, OUTPUT_FILE_NAMES } from "../run/outputs";
import { prepare } from "../run/prepare";
import { outputDir } from "./output-dir";
import { publish } from "./publish";
import { UNCERTAINTY_FLAGS, uncertaintyRun } from "./uncertainty-run";

/** The verbs this module implements. */
export type ExperimentVerb = "run" | "compare" | "check" | "sweep";

const EXTRA_FLAGS = {
  run: UNCERTAINTY_FLAGS,
  compare: { presets: { type: "string" }, ...UNCERTAINTY_FLAGS },
  check: CHECK_FLAGS,
  sweep: { param: { type: "string" }, values: { type: "string" } },
} as const;

function sweepSpec(parsed: Parsed): SweepSpec {
  const parameter = stringFlag(parsed, "param");
  const values = stringFlag(parsed, "values");
  if (parameter === undefined || values === undefined) {
    throw new UsageError("sweep needs --param <path> and --values <list>", "sweep");
  }
  return { parameter, values: parseSweepValues(values) };
}

/** Exit code of `check` without a baseline: 1 when any objective is missed, or inconclusive under "fail". */
export function gateExitCode(result: ExperimentResult, policy: InconclusivePolicy): number {
  return checkExitCode(result, { inconclusive: policy, failOnRegression: false }, null);
}

/** Runs one of the experiment verbs; resolves with the exit code. */
export async function experimentCommand(
  verb: ExperimentVerb,
  args: readonly string[],
  io: CliIo,
): Promise<number> {
  const parsed = parseVerbArgs(verb, args, { ...RUN_FLAGS, ...EXTRA_FLAGS[verb] }, [1, 1]);
  if (parsed.values.help === true) {
    io.stdout(`${VERB_USAGE[verb]}\n`);
    return EXIT.ok;
  }
  const workersFlag = stringFlag(parsed, "workers");
  const workers =
    workersFlag === undefined ? io.defaultWorkers : parseInteger("workers", workersFlag, 1, 1024);
  const shardFlag = stringFlag(parsed, "shard");
  const shard = shardFlag === undefined ? null : parseShard(shardFlag);
  if (shard !== null && verb === "check") {
    throw new UsageError(
      "check gates on a whole result; run the shards with 'run --shard', then 'merge'",
      "check",
    );
  }
  const sweep = verb === "sweep" ? sweepSpec(parsed) : null;

  const { scenario, label, warnings } = prepare(parsed, io.cwd);
  for (const warning of warnings) io.stderr(`resilab: ${warning}\n`);
  if (parsed.values.uncertainty === true && (verb === "run" || verb === "compare"))
    return uncertaintyRun(verb, parsed, io, scenario, label, workers);
  // The baseline is read before anything runs, so a bad file fails fast (exit 2).
  const request = verb === "check" ? checkRequest(parsed, io.cwd) : null;
  if (request?.baseline) assertBaselineComparable(scenario, request.baseline);
  const policy = request?.inconclusive ?? "fail";
  if (verb === "compare" && scenario.topologies.length < 2) {
    throw new InputError(
      `${label}: compare needs at least two topologies; add some with --presets all (or a list)`,
    );
  }
  const plan: Plan = { scenario, sweep };
  const tasks = planTasks(plan);
  const share = shard === null ? tasks.length : shardTasks(tasks, shard).length;
  const json = parsed.values.json === true;
  if (parsed.values["dry-run"] === true) {
    const points = sweep === null ? "" : ` × ${sweep.values.length} values of ${sweep.parameter}`;
    io.stdout(
      `${label}: valid. ${tasks.length} tasks = ${scenario.topologies.length} topologies × ${scenario.replications} replications${points}` +
        `${shard === null ? "" : `; shard ${shard.index}/${shard.count} runs ${share}`}\n`,
    );
    return EXIT.ok;
  }
  const dir = outputDir(stringFlag(parsed, "out"), json, scenario.name, io.cwd);
  // Before anything runs: a run of minutes must not end in a write error.
  if (dir !== null) checkOutputTarget(dir, shard === null ? OUTPUT_FILE_NAMES : [shardFileName(shard)]);
  const quiet = parsed.values.quiet === true;
  if (!quiet) {
    const threads = Math.max(1, Math.min(workers, share));
    io.stderr(`resilab: ${label}: ${share} runs on ${threads} worker thread${threads === 1 ? "" : "s"}\n`);
  }
  const progress = createProgress(io, "runs", quiet);
  let outcome: Awaited<ReturnType<typeof execute>>;
  try {
    outcome = await execute(plan, {
      workers,
      shard,
      signal: io.signal,
      onProgress: (done, total) => progress.update(done, total),
      gateValues: request !== null,
    });
  } finally {
    progress.stop();
  }
  try {
    const check: CheckOutcome | null =
      request !== null && outcome.kind === "experiment"
        ? finishCheck(scenario, outcome.result, request, outcome.gateValues)
        : null;
    await publish(outcome, io, {
      dir,
      json,
      differences: verb === "compare",
      inconclusive: policy,
      ...(check !== null && { check }),
    });
    return check?.exitCode ?? EXIT.ok;
  } finally {
    disposeOutcome(outcome);
  }
}
