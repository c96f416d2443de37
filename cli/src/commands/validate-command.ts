/**
 * `validate`: runs sim-core's validation suite — the simulator against closed-form results
 * within confidence intervals — one case per worker job, and prints one row per case.
 * Exit 0 when all pass, 1 otherwise.
 */
import { VALIDATION_CASES, type ValidationOutcome, type ValidationProfile } from "@resilab/sim-core";
import { parseVerbArgs, stringFlag } from "../args/parse";
import { VERB_USAGE } from "../args/usage";
import { parseInteger } from "../args/values";
import { EXIT, UsageError } from "../errors";
import { table } from "../format/table";
import type { CliIo } from "../io/cli-io";
import { runOrdered } from "../parallel/worker-pool";
import { createProgress } from "../progress";

function formatNumber(value: number): string {
  return Number(value.toPrecision(5)).toString();
}

/** The table of outcomes: closed form vs simulated interval. */
export function validationTable(outcomes: readonly ValidationOutcome[]): string {
  const rows = outcomes.map((o) => [
    o.pass ? "✓ pass" : "✗ FAIL",
    o.title,
    `${formatNumber(o.expected)} ${o.unit}`,
    `${formatNumber(o.estimate.mean)} ± ${formatNumber(o.estimate.halfWidth)}`,
    `${(o.relativeError * 100).toFixed(2)}%`,
    `${(o.littleError * 100).toFixed(2)}%`,
    o.reference,
  ]);
  return table(
    ["result", "check", "closed form", "simulated (95% CI)", "rel. error", "Little", "reference"],
    rows,
  );
}

/** Runs `validate`; resolves with the exit code. */
export async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseVerbArgs(
    "validate",
    args,
    {
      profile: { type: "string" },
      workers: { type: "string" },
      json: { type: "boolean" },
      quiet: { type: "boolean", short: "q" },
      help: { type: "boolean", short: "h" },
    },
    [0, 0],
  );
  if (parsed.values.help === true) {
    io.stdout(`${VERB_USAGE.validate}\n`);
    return EXIT.ok;
  }
  const profile = (stringFlag(parsed, "profile") ?? "full") as ValidationProfile;
  if (profile !== "quick" && profile !== "full") {
    throw new UsageError(`--profile: got ${JSON.stringify(profile)}; allowed: "quick" or "full"`, "validate");
  }
  const workersFlag = stringFlag(parsed, "workers");
  const workers =
    workersFlag === undefined ? io.defaultWorkers : parseInteger("workers", workersFlag, 1, 1024);
  const progress = createProgress(io, "checks", parsed.values.quiet === true);
  const jobs = VALIDATION_CASES.map((_, index) => ({ index, profile }));
  let outcomes: ValidationOutcome[];
  try {
    outcomes = await runOrdered(jobs, "validationCase", null, {
      workers,
      signal: io.signal,
      onProgress: (done, total) => progress.update(done, total),
    });
  } finally {
    progress.stop();
  }
  const passed = outcomes.filter((o) => o.pass).length;
  if (parsed.values.json === true) {
    io.stdout(`${JSON.stringify(outcomes, null, 2)}\n`);
  } else {
    io.stdout(
      `${validationTable(outcomes)}\n\n${passed} of ${outcomes.length} checks agree with their closed form.\n`,
    );
  }
  return passed === outcomes.length ? EXIT.ok : EXIT.sloMissed;
}
