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
