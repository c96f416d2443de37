/**
 * `check.json`: the record a `check` leaves behind — its verdicts, its exit code, the comparison
 * with a baseline if there was one, and every replication's objective values with the random
 * environment they came from, so that the next run can use it as its `--baseline` and be paired
 * with it even after the design changed. A plain `result.json` is accepted as a baseline too,
 * but it does not record the random environment (see compare-baseline.ts).
 */
import type { ExperimentResult, Scenario, Verdict } from "@resilab/sim-core";
import { readResultDocument } from "../commands/report-command";
import { InputError } from "../errors";
import { decodeJson, encodeJson } from "../io/exact-json";
import type { BaselineComparison } from "./compare-baseline";
import { environmentHash, type GateSample, type SampleValues, valuesFromRuns } from "./gate-sample";

/** The format tag of check.json. */
export const GATE_FORMAT = "resilab-check";

/** The content of check.json (schema version 1). */
export interface GateRecord {
  format: typeof GATE_FORMAT;
  schemaVersion: 1;
  tool: { name: "resilab"; version: string };
  scenario: { name: string; hash: string; description: string | null };
  seed: number;
  replications: number;
  horizon: number;
  /** Hash of the random environment (seed, horizon, warm-up, workload, faults). */
  environment: string;
  /** How inconclusive verdicts were treated, and the resulting exit code. */
  inconclusive: "fail" | "pass";
  exitCode: number;
  verdicts: { objective: string; topology: string; verdict: Verdict }[];
  baseline: BaselineComparison | null;
  topologies: string[];
  /** Per topology and value key (e.g. "p99 outageDuration"), the value of each replication. */
  values: SampleValues;
}

/**
 * The comparable sample of a finished run; `values` when they were collected while it ran (a
 * long experiment's result holds replication 0's runs only), else read from its runs.
 */
export function currentSample(
  scenario: Scenario,
  result: ExperimentResult,
  values?: SampleValues,
): GateSample {
  const topologies = result.topologies.map((t) => t.topology);
  return {
    source: "this run",
    scenarioName: result.scenario.name,
    scenarioHash: result.scenario.hash,
    seed: result.seed,
    toolVersion: result.tool.version,
    environment: environmentHash(scenario),
    topologies,
    values: values ?? valuesFromRuns(result.runs, topologies),
  };
}

/** Builds the record of a check. */
export function gateRecord(
  sample: GateSample,
  result: ExperimentResult,
  inconclusive: "fail" | "pass",
  exitCode: number,
  baseline: BaselineComparison | null,
): GateRecord {
  return {
    format: GATE_FORMAT,
    schemaVersion: 1,
    tool: { name: "resilab", version: result.tool.version },
    scenario: result.scenario,
    seed: result.seed,
    replications: result.replications,
    horizon: result.horizon,
    environment: sample.environment!,
    inconclusive,
    exitCode,
    verdicts: result.verdicts.map((v) => ({ objective: v.name, topology: v.topology, verdict: v.verdict })),
    baseline,
    topologies: sample.topologies,
    values: sample.values,
  };
}

/** check.json text (NaN survives as a tagged value; see exact-json). */
export function encodeGateRecord(record: GateRecord): string {
  return `${encodeJson(record)}\n`;
}

function fromRecord(data: Record<string, unknown>, name: string): GateSample {
  if (data.schemaVersion !== 1) {
    throw new InputError(`${name}: check record schemaVersion ${String(data.schemaVersion)}; allowed: 1`);
  }
  const record = data as unknown as GateRecord;
  const ok =
    typeof record.environment === "string" &&
    Array.isArray(record.topologies) &&
    typeof record.values === "object" &&
    record.values !== null &&
    typeof record.scenario?.hash === "string" &&
    record.topologies.every((t) => {
      const columns = (record.values as Record<string, unknown>)[t];
      return (
        typeof columns === "object" &&
        columns !== null &&
        Object.values(columns).every((c) => Array.isArray(c) && c.every((v) => typeof v === "number"))
      );
    });
  if (!ok) {
    throw new InputError(
      `${name}: incomplete check record (needs environment, topologies and a list of numbers per topology and metric)`,
    );
  }
  return {
    source: name,
    scenarioName: record.scenario.name,
    scenarioHash: record.scenario.hash,
    seed: record.seed,
    toolVersion: record.tool.version,
    environment: record.environment,
    topologies: record.topologies,
    values: record.values,
  };
}

/**
 * Reads a baseline: a check.json (paired whenever the random environment matches) or an
 * experiment's result.json (paired only when the scenario hash matches). A sweep is refused.
 */
export function readBaseline(text: string, name: string): GateSample {
  let data: unknown;
  try {
    data = decodeJson(text);
  } catch {
    throw new InputError(
      `${name}: not a JSON document; allowed: a check.json or result.json written by resilab`,
    );
  }
  if (typeof data === "object" && data !== null && (data as { format?: unknown }).format === GATE_FORMAT) {
    return fromRecord(data as Record<string, unknown>, name);
  }
  const doc = readResultDocument(text, name);
  if (doc.kind === "sweep") {
    throw new InputError(
      `${name}: a sweep result cannot be a baseline; allowed: a check.json or result.json of run/compare/check`,
    );
  }
  const result = doc.result;
  const topologies = result.topologies.map((t) => t.topology);
  return {
    source: name,
    scenarioName: result.scenario.name,
    scenarioHash: result.scenario.hash,
    seed: result.seed,
    toolVersion: result.tool.version,
    environment: null,
    topologies,
    values: valuesFromRuns(result.runs, topologies),
  };
}
