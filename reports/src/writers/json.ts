/**
 * The result document as JSON: schema version 1, pretty-printed, keys in a fixed order, so equal
 * results give byte-identical files and diffs between runs are readable.
 */
import type { ExperimentResult } from "@resilab/sim-core";
import { invalid } from "@resilab/sim-core";
import type { SweepResult } from "../sweep-result";
import { canonicalJson } from "./canonical-json";

/** The schema version of every document this package writes. */
export const REPORT_SCHEMA_VERSION = 1;

/** Rejects a result of a schema this package does not know. */
export function assertSchemaVersion(result: { schemaVersion: unknown }): void {
  if (result.schemaVersion !== REPORT_SCHEMA_VERSION) {
    invalid(
      "schemaVersion",
      result.schemaVersion,
      `${REPORT_SCHEMA_VERSION} (the only result schema this version of the reports knows)`,
    );
  }
}

/**
 * An experiment or sweep result as a JSON document (2-space indent, trailing newline). It
 * carries the tool version, scenario hash and seed, since the result does.
 */
export function toJson(result: ExperimentResult | SweepResult): string {
  assertSchemaVersion(result);
  return `${canonicalJson(result, 2)}\n`;
}

/** Where the runs go in the pretty-printed document: the one top-level (2-space) `"runs"` key. */
const RUNS_SLOT = '\n  "runs": []';

/**
 * `toJson(result)` piece by piece: the document without its runs, then each run rendered on its
 * own and indented to its place. The pieces joined are byte-identical to `toJson` (JSON strings
 * hold no raw newline, so re-indenting line by line is exact), but no more than one run is ever
 * one string: result.json of 10,000 replications is ~100 MB.
 */
export function* toJsonChunks(result: ExperimentResult | SweepResult): Generator<string> {
  assertSchemaVersion(result);
  const runs = "runs" in result ? result.runs : [];
  if (runs.length === 0) {
    yield toJson(result);
    return;
  }
  const head = toJson({ ...result, runs: [] } as ExperimentResult);
  const at = head.indexOf(RUNS_SLOT);
  if (at < 0 || head.indexOf(RUNS_SLOT, at + 1) >= 0) {
    yield toJson(result);
    return;
  }
  yield `${head.slice(0, at)}\n  "runs": [\n`;
  for (let i = 0; i < runs.length; i++) {
    const text = canonicalJson(runs[i], 2);
    yield `    ${text.replaceAll("\n", "\n    ")}${i + 1 < runs.length ? ",\n" : "\n"}`;
  }
  yield `  ]${head.slice(at + RUNS_SLOT.length)}`;
}
