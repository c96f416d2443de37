/**
 * One fuzz case, checked in this thread: load the text (the loader's exit contract), and when it
 * loads, run the experiment and check the result's invariants, the model's own invariant checker
 * and determinism (a second run with the tasks in reverse order, as workers finishing out of
 * order would, must give byte-identical JSON).
 */
import { type LoadIssue, tryLoadScenario } from "@resilab/scenarios";
import {
  canonicalJson,
  DEFAULT_EVENT_BUDGET,
  ExperimentAccumulator,
  type ExperimentResult,
  estimateEvents,
  expandTopology,
  planRuns,
  type RunResult,
  runExperiment,
  runTask,
  type Scenario,
  simulate,
  summarizeExperiment,
} from "@resilab/sim-core";
import type { Mutation } from "./mutations";
import { resultViolations } from "./result-invariants";

/** A generated case: its text and, for a mutated one, what was broken. */
export interface FuzzCase {
  text: string;
  /** null for a valid generated scenario (the loader must accept it). */
  mutation: Mutation | null;
}

/** One check that failed. `check` is a stable label (failures are grouped by it). */
export interface Failure {
  check: string;
  message: string;
}

export interface CaseOutcome {
  loaded: boolean;
  failures: Failure[];
  /** Simulated runs (faulted and twin) and their events, for the cases/s and events/s figures. */
  runs: number;
  events: number;
  resultBytes: number;
  /** A mutated case the loader accepted that is too heavy to run as a fuzz case (only the loader was checked). */
  tooHeavy: boolean;
}

/** Options of a case check. */
export interface CaseOptions {
  /** Largest result JSON accepted (bytes); default 20 MB: memory must not grow without bound. */
  maxResultBytes?: number;
  /** Model invariant checks per replication (spread over the horizon); default 50; 0 = off. */
  invariantChecks?: number;
}

const TOOL_VERSION = "fuzz";

function firstLine(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.split("\n")[0]}`;
  return String(error);
}

/** Where in our code an unexpected exception was raised (the first stack frame), for grouping. */
function origin(error: unknown): string {
  const frame = error instanceof Error ? error.stack?.split("\n").find((l) => l.includes(" at ")) : undefined;
  const match = frame?.match(/([\w-]+\.ts):(\d+)/);
  return match ? `${match[1]}:${match[2]}` : "?";
}

function dotted(path: string): string[] {
  return path === "" ? [] : path.split(".").filter((seg) => seg !== "overrides");
}

/** True when two paths are on one branch (one a prefix of the other). */
function related(a: string, b: string): boolean {
  const x = dotted(a);
  const y = dotted(b);
  const n = Math.min(x.length, y.length);
  return x.slice(0, n).every((seg, i) => seg === y[i]);
}

/** The loader refused the text: every issue must be located and say what is allowed. */
function checkRefusal(c: FuzzCase, issues: readonly LoadIssue[], failures: Failure[]): void {
  if (c.mutation === null) {
    const shown = issues.slice(0, 3).map((i) => `${i.path}: got ${i.value}; allowed: ${i.allowed}`);
    failures.push({ check: "valid scenario refused", message: shown.join(" | ") });
  }
  if (issues.length === 0) failures.push({ check: "load error lists its problems", message: "no issues" });
  for (const issue of issues) {
    const located =
      issue.file === "fuzz.yaml" &&
      Number.isInteger(issue.line) &&
      issue.line >= 1 &&
      Number.isInteger(issue.column) &&
      issue.column >= 1 &&
      typeof issue.path === "string" &&
      typeof issue.value === "string" &&
      typeof issue.allowed === "string" &&
      issue.allowed.trim() !== "";
    if (!located) {
      failures.push({
        check: "every load error names file:line:column, path and allowed",
        message: JSON.stringify(issue),
      });
      break;
    }
  }
  const m = c.mutation;
  if (m?.mustFail && m.path !== "" && !m.path.startsWith("shared")) {
    const named = (path: string) =>
      related(path, m.path) || (m.alsoPath !== undefined && related(path, m.alsoPath));
    if (!issues.some((i) => named(i.path)))
      failures.push({
        check: "the load error names the broken field",
        message: `${m.kind} at ${m.path}; issues at ${issues
          .map((i) => i.path || "(root)")
          .slice(0, 4)
          .join(", ")}`,
      });
  }
}

/** Runs the tasks in reverse order (as out-of-order workers would), in plan order. */
function runReversed(scenario: Scenario): RunResult[] {
  const tasks = planRuns(scenario);
  const runs = new Array<RunResult>(tasks.length);
  for (let i = tasks.length - 1; i >= 0; i--) runs[i] = runTask(scenario, tasks[i]!);
  return runs;
}

/**
 * The summary of a very long experiment, in miniature: every replication of a topology pooled
 * into one batch (replication-batches.ts), so the batched path meets every kind of scenario.
 */
function summarizeBatched(scenario: Scenario, runs: readonly RunResult[]): ExperimentResult {
  const accumulator = new ExperimentAccumulator(scenario, TOOL_VERSION, { maxEventUnits: 1 });
  for (const run of runs) accumulator.add(run); // plan order: topology by topology, in replication order
  return accumulator.finish();
}

/** Most replications and simulated time a mutated case that loads is run with (the generator's own sizes). */
const MUTATED_REPLICATIONS = 3;
const MUTATED_HORIZON = 2 * 86_400;

/**
 * A mutation that moves a large number into `replications` or `horizon` tests the loader, which
 * accepted it (the event budget still refuses what could not finish); running it in full would test
 * the machine, not the model, and trip the per-case time budget. So it runs at the generator's sizes.
 */
function runSized(scenario: Scenario): Scenario {
  if (scenario.replications <= MUTATED_REPLICATIONS && scenario.horizon <= MUTATED_HORIZON) return scenario;
  const horizon = Math.min(scenario.horizon, MUTATED_HORIZON);
  const warmup = Math.min(scenario.warmup ?? 0, horizon / 2);
  return {
    ...scenario,
    replications: Math.min(scenario.replications, MUTATED_REPLICATIONS),
    horizon,
    warmup,
  };
}

/**
 * Most events (estimated, all runs with their twins) a mutated case is run with: the generator's
 * own cases stay far below (≈ 10⁵ per replication); beyond it the case is loaded but not run.
 */
const MUTATED_EVENT_CAP = 20_000_000;

/** The estimated events of every run of the case, twins included (an upper bound: validation/event-estimate.ts). */
function estimatedCaseEvents(scenario: Scenario): number {
  return estimateEvents(scenario) * scenario.replications * scenario.topologies.length * 2;
}

/** Runs every check of one case; never throws (an exception is itself a failure). */
export function checkCase(c: FuzzCase, options: CaseOptions = {}): CaseOutcome {
  const failures: Failure[] = [];
  const outcome: CaseOutcome = {
    loaded: false,
    failures,
    runs: 0,
    events: 0,
    resultBytes: 0,
    tooHeavy: false,
  };
  let loaded: ReturnType<typeof tryLoadScenario>;
  try {
    loaded = tryLoadScenario(c.text, "fuzz.yaml");
  } catch (error) {
    failures.push({ check: `loader threw (${origin(error)})`, message: firstLine(error) });
    return outcome;
  }
  if (!loaded.ok) {
    checkRefusal(c, loaded.error.issues, failures);
    return outcome;
  }
  outcome.loaded = true;
  if (c.mutation?.mustFail)
    failures.push({
      check: "broken scenario accepted",
      message: `${c.mutation.kind} at ${c.mutation.path || "(text)"}`,
    });
  const scenario = c.mutation ? runSized(loaded.scenario) : loaded.scenario;
  const budget = scenario.eventBudget ?? DEFAULT_EVENT_BUDGET;
  if (c.mutation && estimatedCaseEvents(scenario) > MUTATED_EVENT_CAP) {
    // A huge value moved into a rate (10,000,000 triggers an hour) makes a legitimate scenario
    // within the event budget that runs for minutes: it tests the machine, not the model.
    outcome.tooHeavy = true;
    return outcome;
  }
  let result: ExperimentResult;
  let json: string;
  try {
    result = runExperiment(scenario, { toolVersion: TOOL_VERSION });
    json = canonicalJson(result);
  } catch (error) {
    failures.push({ check: `run threw (${origin(error)})`, message: firstLine(error) });
    return outcome;
  }
  outcome.runs = result.runs.length * 2;
  outcome.events = result.runs.reduce((sum, run) => sum + run.events, 0);
  outcome.resultBytes = json.length;
  for (const v of resultViolations(result, scenario, budget))
    failures.push({ check: `result invariant: ${v.rule}`, message: `${v.path}: ${v.detail}` });
  if (json.length > (options.maxResultBytes ?? 20e6))
    failures.push({ check: "result size bounded", message: `${json.length} bytes of JSON` });
  try {
    const runs = runReversed(scenario);
    const again = canonicalJson(summarizeExperiment(scenario, runs, TOOL_VERSION));
    if (again !== json)
      failures.push({
        check: "deterministic (same case twice, tasks reordered)",
        message: firstDifference(json, again),
      });
    for (const v of resultViolations(summarizeBatched(scenario, runs), scenario, budget))
      failures.push({ check: `batched summary invariant: ${v.rule}`, message: `${v.path}: ${v.detail}` });
  } catch (error) {
    failures.push({ check: `second run threw (${origin(error)})`, message: firstLine(error) });
  }
  const checks = options.invariantChecks ?? 50;
  if (checks > 0) {
    scenario.topologies.forEach((spec, t) => {
      try {
        const topology = expandTopology(spec, t, scenario.shared);
        simulate(scenario, topology, 0, { checkInvariants: scenario.horizon / checks });
      } catch (error) {
        // An InvariantViolation names its rule; any other exception is grouped by where it came from.
        const rule = (error as { rule?: unknown }).rule;
        const label =
          typeof rule === "string" ? `model invariant: ${rule}` : `invariant run threw (${origin(error)})`;
        failures.push({ check: label, message: `topology ${t}: ${firstLine(error)}` });
      }
    });
  }
  return outcome;
}

/** Where two JSON texts first differ, with a little context. */
export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at char ${i}: …${a.slice(Math.max(0, i - 60), i + 40)}… vs …${b.slice(Math.max(0, i - 60), i + 40)}…`;
}
