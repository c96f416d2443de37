/**
 * `check --baseline`: did the service level get significantly worse than in an earlier run?
 *
 * For each objective of the current scenario and each topology present in both runs, the change
 * current − baseline of the objective's per-replication value is tested one-sided in the
 * objective's bad direction (up for `<=`, down for `>=`). When both runs share their random
 * environment the replications are paired by index (common random numbers: a paired t-test);
 * otherwise they are independent samples (Welch's t-test). Holm–Bonferroni over the whole
 * family keeps the probability of flagging any regression when nothing got worse at most α.
 */
import { DEFAULT_STAT, type MetricName, type Objective, objectiveName, type Stat } from "@resilab/sim-core";
import { type GateSample, valueKey } from "./gate-sample";
import { holm, type OneSidedTest, pairedWorseTest, welchWorseTest } from "./regression-tests";

/** Default familywise error rate of the regression gate. */
export const DEFAULT_ALPHA = 0.01;

/** How the replications of the two runs were compared. */
export type PairingMode = "paired" | "welch";

/** One objective × topology of the comparison. */
export interface RegressionRow {
  objective: string;
  metric: MetricName;
  stat: Stat;
  op: "<=" | ">=";
  topology: string;
  baselineMean: number;
  currentMean: number;
  /** current − baseline (metric units), mean and two-sided 95 % interval; null when not tested. */
  change: { estimate: number; lower: number; upper: number } | null;
  /** Pairs (paired) or the smaller sample (Welch) behind the test. */
  n: number;
  /** One-sided p-value of "worse"; null when not tested (fewer than 2 values). */
  p: number | null;
  /** Holm's level for this p-value; null when not tested. */
  threshold: number | null;
  /** `regression`: significantly worse after Holm; `ok`: not; `not-tested`: too few values. */
  status: "regression" | "ok" | "not-tested";
  /** What the 95 % interval says, for the reader (not a second test). */
  reading: "worse" | "better" | "unchanged" | "no clear change" | "not tested";
}

/** The whole comparison, as printed and written into check.json, JUnit and Markdown. */
export interface BaselineComparison {
  baseline: Omit<GateSample, "values" | "topologies">;
  mode: PairingMode;
  /** Why the runs were (not) paired. */
  reason: string;
  /** The test, in words. */
  test: string;
  alpha: number;
  /** Number of tests in the Holm family. */
  familySize: number;
  rows: RegressionRow[];
  /** Topologies only on one side, objectives without values, version differences. */
  notes: string[];
  regressions: number;
}

function pairing(current: GateSample, baseline: GateSample): { mode: PairingMode; reason: string } {
  if (baseline.environment !== null) {
    if (baseline.environment === current.environment) {
      return {
        mode: "paired",
        reason: `same random environment (seed ${current.seed}, horizon, warm-up, workload and faults; hash ${current.environment}): replication i of both runs saw the same commits and the same failures`,
      };
    }
    const what =
      baseline.seed !== current.seed
        ? `seed ${baseline.seed} vs ${current.seed}`
        : "the horizon, warm-up, workload or faults changed";
    return {
      mode: "welch",
      reason: `different random environment (${what}; hash ${baseline.environment} vs ${current.environment}): the replications are independent samples`,
    };
  }
  if (baseline.scenarioHash === current.scenarioHash) {
    return {
      mode: "paired",
      reason: `same scenario (hash ${current.scenarioHash}, seed ${current.seed}): common random numbers`,
    };
  }
  return {
    mode: "welch",
    reason:
      `the baseline is a result.json of scenario hash ${baseline.scenarioHash} (now ${current.scenarioHash}); ` +
      "a result.json does not record its random environment, so pairing cannot be verified " +
      "(pass the check.json of that run to get the paired test)",
  };
}

function finite(xs: readonly number[] | undefined): number[] {
  return (xs ?? []).filter((x) => Number.isFinite(x));
}

function meanOf(xs: readonly number[]): number {
  return xs.length === 0 ? Number.NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Runs the test for one objective × topology; the test's difference is in the worse direction. */
function testOne(
  mode: PairingMode,
  current: readonly number[],
  baseline: readonly number[],
  sign: number,
): OneSidedTest | null {
  if (mode === "welch") {
    return welchWorseTest(
      finite(current).map((x) => sign * x),
      finite(baseline).map((x) => sign * x),
    );
  }
  const differences: number[] = [];
  for (let i = 0; i < Math.min(current.length, baseline.length); i++) {
    const [c, b] = [current[i]!, baseline[i]!];
    if (Number.isFinite(c) && Number.isFinite(b)) differences.push(sign * (c - b));
  }
  return pairedWorseTest(differences);
}

function reading(change: RegressionRow["change"], sign: number): RegressionRow["reading"] {
  if (change === null) return "not tested";
  if (change.lower === 0 && change.upper === 0) return "unchanged";
  if (sign * change.lower > 0 && sign * change.upper > 0) return "worse";
  if (sign * change.lower < 0 && sign * change.upper < 0) return "better";
  return "no clear change";
}

/** Compares `current` with `baseline` on the current scenario's objectives at familywise level `alpha`. */
export function compareWithBaseline(
  current: GateSample,
  baseline: GateSample,
  objectives: readonly Objective[],
  alpha = DEFAULT_ALPHA,
): BaselineComparison {
  const { mode, reason } = pairing(current, baseline);
  const notes: string[] = [];
  if (baseline.scenarioName !== current.scenarioName) {
    notes.push(
      `the baseline is for scenario "${baseline.scenarioName}", this run for "${current.scenarioName}"`,
    );
  }
  if (baseline.toolVersion !== current.toolVersion) {
    notes.push(
      `the baseline was made by resilab ${baseline.toolVersion}, this run by ${current.toolVersion}: if the engine changed, paired replications are less alike (the test stays valid, with less power)`,
    );
  }
  const retired = Object.values(baseline.values).some((byKey) =>
    Object.keys(byKey).some((key) => key.endsWith(" recoveryTime")),
  );
  if (retired) {
    notes.push(
      "the baseline predates the split of recoveryTime into outageDuration and interruptionRecovery: objectives on them have no baseline values (record a new baseline)",
    );
  }
  const shared = current.topologies.filter((t) => baseline.topologies.includes(t));
  for (const t of current.topologies)
    if (!shared.includes(t)) notes.push(`topology "${t}" is not in the baseline: not compared`);
  for (const t of baseline.topologies)
    if (!current.topologies.includes(t)) notes.push(`topology "${t}" of the baseline is no longer run`);

  const rows: RegressionRow[] = [];
  const tests: (OneSidedTest | null)[] = [];
  for (const objective of objectives) {
    const stat = objective.stat ?? DEFAULT_STAT[objective.metric];
    const key = valueKey(objective.metric, stat);
    const sign = objective.op === "<=" ? 1 : -1;
    for (const topology of shared) {
      const cur = current.values[topology]?.[key] ?? [];
      const base = baseline.values[topology]?.[key] ?? [];
      const test = testOne(mode, cur, base, sign);
      tests.push(test);
      const change =
        test === null
          ? null
          : sign > 0
            ? { estimate: test.difference, lower: test.lower, upper: test.upper }
            : { estimate: -test.difference, lower: -test.upper, upper: -test.lower };
      rows.push({
        objective: objectiveName(objective),
        metric: objective.metric,
        stat,
        op: objective.op,
        topology,
        baselineMean: meanOf(finite(base)),
        currentMean: meanOf(finite(cur)),
        change,
        n: test?.n ?? 0,
        p: test?.p ?? null,
        threshold: null,
        status: test === null ? "not-tested" : "ok",
        reading: reading(change, sign),
      });
    }
  }
  const tested = rows.map((_, i) => i).filter((i) => tests[i] !== null);
  const decisions = holm(
    tested.map((i) => tests[i]!.p),
    alpha,
  );
  tested.forEach((rowIndex, k) => {
    const row = rows[rowIndex]!;
    row.threshold = decisions[k]!.threshold;
    if (decisions[k]!.rejected) row.status = "regression";
  });
  const untested = rows.filter((r) => r.status === "not-tested");
  if (untested.length > 0) {
    notes.push(
      `${untested.length} objective × topology pair${untested.length === 1 ? " has" : "s have"} fewer than 2 ${mode === "paired" ? "paired replications" : "replications per run"} with a value: not tested`,
    );
  }
  const { values: _values, topologies: _topologies, ...identity } = baseline;
  return {
    baseline: identity,
    mode,
    reason,
    test:
      mode === "paired"
        ? "one-sided paired t-test on per-replication differences (common random numbers)"
        : "one-sided Welch t-test (independent samples)",
    alpha,
    familySize: tested.length,
    rows,
    notes,
    regressions: rows.filter((r) => r.status === "regression").length,
  };
}
