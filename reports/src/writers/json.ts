/**
 * The result document as JSON: schema version 1, pretty-printed, keys in a fixed order, so equal
 * results give byte-identical files and diffs between runs are readable.
 */
import type { ExperimentResult, RunResult } from "@resilab/sim-core";
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
 *
 * `spliced` replaces the result's own runs by the array's body already rendered elsewhere: the
 * runs in task order, each as {@link resultRunText} gives it, followed by ",\n" (the last by
 * "\n"). A long experiment writes that body to disk as its runs finish and keeps none of them.
 */
export function* toJsonChunks(
  result: ExperimentResult | SweepResult,
  spliced?: { count: number; body: () => Iterable<string> },
): Generator<string> {
  assertSchemaVersion(result);
  const runs = "runs" in result ? result.runs : [];
  const count = spliced?.count ?? runs.length;
  if (count === 0) {
    yield toJson(spliced === undefined ? result : ({ ...result, runs: [] } as ExperimentResult));
    return;
  }
  const head = toJson({ ...result, runs: [] } as ExperimentResult);
  const at = head.indexOf(RUNS_SLOT);
  if (at < 0 || head.indexOf(RUNS_SLOT, at + 1) >= 0) {
    // Not the shape this splices into (cannot happen for an experiment result): render whole.
    if (spliced !== undefined) throw new Error("result.json has no single runs slot to splice runs into");
    yield toJson(result);
    return;
  }
  yield `${head.slice(0, at)}\n  "runs": [\n`;
  if (spliced !== undefined) yield* spliced.body();
  else
    for (let i = 0; i < runs.length; i++)
      yield `${resultRunText(runs[i]!)}${i + 1 < runs.length ? ",\n" : "\n"}`;
  yield `  ]${head.slice(at + RUNS_SLOT.length)}`;
}

/** One run as it stands in result.json's `runs` array: indented, without the separator. */
export function resultRunText(run: RunResult): string {
  return `    ${canonicalJson(run, 2).replaceAll("\n", "\n    ")}`;
}
