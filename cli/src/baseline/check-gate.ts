/**
 * The extra steps of `check` around a run: read the `--baseline` before simulating (a bad file
 * fails fast, exit 2), compare after, decide the exit code, and add the comparison and
 * check.json to the outputs.
 */
import { DEFAULT_STAT, type ExperimentResult, expandTopology, type Scenario } from "@resilab/sim-core";
import { type Parsed, stringFlag } from "../args/parse";
import { MAX_SHARD_BYTES } from "../commands/merge-command";
import { EXIT, InputError, UsageError } from "../errors";
import type { OutputFile } from "../io/atomic-write";
import { readInputFile } from "../io/read-scenario";
import { type BaselineComparison, compareWithBaseline, DEFAULT_ALPHA } from "./compare-baseline";
import { comparisonSummary, withComparisonMarkdown, withComparisonSuite } from "./comparison-outputs";
import { currentSample, encodeGateRecord, gateRecord, readBaseline } from "./gate-record";
import { type GateSample, type SampleValues, valueKey } from "./gate-sample";

/** The flags `check` adds to the run flags. */
export const CHECK_FLAGS = {
  inconclusive: { type: "string" },
  baseline: { type: "string" },
  alpha: { type: "string" },
  regression: { type: "string" },
} as const;

/** What `check` was asked to do beyond the run. */
export interface CheckRequest {
  inconclusive: "fail" | "pass";
  baseline: GateSample | null;
  alpha: number;
  /** Whether a significant regression fails the gate (`--regression fail`, default) or only shows. */
  failOnRegression: boolean;
}

/** What `check` adds to the outputs of the run. */
export interface CheckOutcome {
  comparison: BaselineComparison | null;
  exitCode: number;
  /** check.json text. */
  record: string;
  failOnRegression: boolean;
}

function choice<T extends string>(parsed: Parsed, flag: string, allowed: readonly T[], fallback: T): T {
  const value = stringFlag(parsed, flag) ?? fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    const list = allowed.map((a) => JSON.stringify(a)).join(" or ");
    throw new UsageError(`--${flag}: got ${JSON.stringify(value)}; allowed: ${list}`, "check");
  }
  return value as T;
}

/** Parses the check flags and reads the baseline file (before anything runs). */
export function checkRequest(parsed: Parsed, cwd: string): CheckRequest {
  const inconclusive = choice(parsed, "inconclusive", ["fail", "pass"], "fail");
  const regression = choice(parsed, "regression", ["fail", "warn"], "fail");
  const alphaText = stringFlag(parsed, "alpha");
  const alpha = alphaText === undefined ? DEFAULT_ALPHA : Number(alphaText);
  if (!(alpha > 0 && alpha <= 0.5)) {
    throw new UsageError(
      `--alpha: got ${JSON.stringify(alphaText)}; allowed: a familywise error rate in (0, 0.5], e.g. 0.01`,
      "check",
    );
  }
  const file = stringFlag(parsed, "baseline");
  if (file === undefined && (alphaText !== undefined || stringFlag(parsed, "regression") !== undefined)) {
    throw new UsageError("--alpha and --regression need --baseline <check.json|result.json>", "check");
  }
  const baseline =
    file === undefined
      ? null
      : readBaseline(readInputFile(file, cwd, MAX_SHARD_BYTES, "a check.json or result.json"), file);
  return { inconclusive, baseline, alpha, failOnRegression: regression === "fail" };
}

function comparedNothing(baseline: GateSample, why: string): InputError {
  return new InputError(
    `--baseline ${baseline.source}: the gate would compare nothing: ${why}; allowed: a check.json or result.json of the same scenario, with topologies and objectives in common`,
  );
}

/**
 * Before anything runs: the baseline must share a topology and an objective with this scenario.
 * A regression gate that compared nothing and printed "No significant regression" would pass a
 * broken design.
 */
export function assertBaselineComparable(scenario: Scenario, baseline: GateSample): void {
  const names = scenario.topologies.map((spec, i) => expandTopology(spec, i).name);
  const shared = names.filter((name) => baseline.topologies.includes(name));
  if (shared.length === 0) {
    const list = (xs: readonly string[]) => xs.map((x) => JSON.stringify(x)).join(", ") || "none";
    throw comparedNothing(
      baseline,
      `no topology in common (this run: ${list(names)}; the baseline of scenario ${JSON.stringify(baseline.scenarioName)}: ${list(baseline.topologies)})`,
    );
  }
  if (scenario.slo.length === 0) throw comparedNothing(baseline, "the scenario has no objectives (slo)");
  const keys = scenario.slo.map((o) => valueKey(o.metric, o.stat ?? DEFAULT_STAT[o.metric]));
  if (!keys.some((key) => shared.some((t) => baseline.values[t]?.[key] !== undefined))) {
    throw comparedNothing(baseline, "the baseline has no values for any objective of this scenario");
  }
}

/** 1 when an objective is missed (or inconclusive under "fail"), or a regression under "fail"; else 0. */
export function checkExitCode(
  result: ExperimentResult,
  request: Pick<CheckRequest, "inconclusive" | "failOnRegression">,
  comparison: BaselineComparison | null,
): number {
  const sloFails = result.verdicts.some(
    (v) => v.verdict === "missed" || (v.verdict === "inconclusive" && request.inconclusive === "fail"),
  );
  const regressionFails = request.failOnRegression && (comparison?.regressions ?? 0) > 0;
  return sloFails || regressionFails ? EXIT.sloMissed : EXIT.ok;
}

/** Compares with the baseline (if any) and decides the exit code. */
export function finishCheck(
  scenario: Scenario,
  result: ExperimentResult,
  request: CheckRequest,
  gateValues?: SampleValues,
): CheckOutcome {
  const sample = currentSample(scenario, result, gateValues);
  const comparison =
    request.baseline === null
      ? null
      : compareWithBaseline(sample, request.baseline, scenario.slo, request.alpha);
  if (comparison !== null && comparison.familySize === 0) {
    throw comparedNothing(request.baseline!, comparison.notes.join("; ") || "no objective could be tested");
  }
  const exitCode = checkExitCode(result, request, comparison);
  const record = encodeGateRecord(gateRecord(sample, result, request.inconclusive, exitCode, comparison));
  return { comparison, exitCode, record, failOnRegression: request.failOnRegression };
}

/** The run's files with the comparison in summary.md and junit.xml, plus check.json. */
export function checkFiles(
  files: readonly OutputFile[],
  result: ExperimentResult,
  check: CheckOutcome,
): OutputFile[] {
  const c = check.comparison;
  const out = files.map((file) => {
    if (c === null) return file;
    if (file.name === "summary.md") return { ...file, content: withComparisonMarkdown(file.content, c) };
    if (file.name === "junit.xml") {
      return {
        ...file,
        content: withComparisonSuite(file.content, c, result.scenario.name, check.failOnRegression),
      };
    }
    return file;
  });
  return [...out, { name: "check.json", content: check.record }];
}

/** The terminal text of the comparison (empty without a baseline). */
export function checkSummary(check: CheckOutcome): string {
  return check.comparison === null ? "" : `\n${comparisonSummary(check.comparison)}`;
}
