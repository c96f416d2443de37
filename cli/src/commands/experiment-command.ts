/**
 * `run`, `compare`, `check` and `sweep`: load the scenario, apply the flags, run the tasks on
 * worker threads (or one shard of them), then publish the result. `check` turns the verdicts
 * into the exit code.
 */
import type { ExperimentResult, SweepSpec } from "@resilab/sim-core";
import { type Parsed, parseVerbArgs, RUN_FLAGS, stringFlag } from "../args/parse";
import { VERB_USAGE } from "../args/usage";
import { parseInteger, parseShard, parseSweepValues } from "../args/values";
import { EXIT, InputError, UsageError } from "../errors";
import type { CliIo } from "../io/cli-io";
import { shardTasks } from "../parallel/shard";
import { createProgress } from "../progress";
import { execute, type Plan, planTasks } from "../run/execute";
import type { InconclusivePolicy } from "../run/outputs";
import { prepare } from "../run/prepare";
import { outputDir } from "./output-dir";
import { publish } from "./publish";

/** The verbs this module implements. */
export type ExperimentVerb = "run" | "compare" | "check" | "sweep";

const EXTRA_FLAGS = {
  run: {},
  compare: { presets: { type: "string" } },
  check: { inconclusive: { type: "string" } },
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

function inconclusivePolicy(parsed: Parsed): InconclusivePolicy {
  const value = stringFlag(parsed, "inconclusive") ?? "fail";
  if (value !== "fail" && value !== "pass") {
    throw new UsageError(`--inconclusive: got ${JSON.stringify(value)}; allowed: "fail" or "pass"`, "check");
  }
  return value;
}

/** Exit code of `check`: 1 when any objective is missed, or inconclusive under "fail". */
export function gateExitCode(result: ExperimentResult, policy: InconclusivePolicy): number {
  const failing = result.verdicts.some(
    (v) => v.verdict === "missed" || (v.verdict === "inconclusive" && policy === "fail"),
  );
  return failing ? EXIT.sloMissed : EXIT.ok;
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
  const policy = verb === "check" ? inconclusivePolicy(parsed) : "fail";
  const sweep = verb === "sweep" ? sweepSpec(parsed) : null;

  const { scenario, label } = prepare(parsed, io.cwd);
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
    });
  } finally {
    progress.stop();
  }
  publish(outcome, io, { dir, json, differences: verb === "compare", inconclusive: policy });
  return verb === "check" && outcome.kind === "experiment" ? gateExitCode(outcome.result, policy) : EXIT.ok;
}
