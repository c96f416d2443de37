/**
 * The YAML edits behind the people and maintenance row editors: write one row field, add or
 * remove a shift or a planned change, start a `people` block or a maintenance window. Each is a
 * targeted edit of the text (`yaml-edit`), so comments and the rest of the file stay.
 */
import type { PlannedChange } from "@resilab/sim-core";
import { replaceValue } from "../yaml/replace-value";
import { appendItem, removeItem, setScalar } from "../yaml/yaml-edit";
import { nodeAt, type YPath } from "../yaml/yaml-nodes";
import { readYaml } from "../yaml/yaml-tree";
import { NEW_CHANGE, NEW_PEOPLE, NEW_SHIFT, NEW_WINDOW, type RowField } from "./list-rows";

/** YAML paths of the lists and blocks. */
export const SCHEDULE_PATH: YPath = ["people", "schedule"];
export const CHANGES_PATH: YPath = ["maintenance", "changes"];
export const WINDOW_PATH: YPath = ["maintenance", "window"];

/** Writes `raw` (from `rowWrite`) into `field` of the mapping at `at` (a row, the window, `people`). */
export function writeRowField(text: string, at: YPath, field: RowField, raw: string): string {
  const path = [...at, field.key];
  return field.kind === "days" ? replaceValue(text, path, raw) : setScalar(text, path, raw);
}

/** Appends `raw` to the list at `path`, creating the list when the key is missing. */
function appendRow(text: string, path: YPath, raw: string): string {
  const node = nodeAt(readYaml(text), path);
  return node === undefined || node === null
    ? setScalar(text, path, `[${raw}]`)
    : appendItem(text, path, raw);
}

/** Adds a `people` block (nights-and-weekends response only) when there is none. */
export function addPeople(text: string): string {
  return setScalar(text, ["people"], NEW_PEOPLE);
}

/** Adds an office-hours shift to the on-call schedule. */
export function addShift(text: string): string {
  return appendRow(text, SCHEDULE_PATH, NEW_SHIFT);
}

/** Adds a planned change of `kind`, starting the `maintenance` block when there is none. */
export function addChange(text: string, kind: PlannedChange["kind"]): string {
  const node = nodeAt(readYaml(text), ["maintenance"]);
  if (node === undefined || node === null)
    return setScalar(text, ["maintenance"], `{ changes: [${NEW_CHANGE[kind]}] }`);
  return appendRow(text, CHANGES_PATH, NEW_CHANGE[kind]);
}

/** Adds a weekly maintenance window (Sunday 02:00). */
export function addWindow(text: string): string {
  return setScalar(text, WINDOW_PATH, NEW_WINDOW);
}

/** Removes row `index` of the list at `path`. */
export function removeRow(text: string, path: YPath, index: number): string {
  return removeItem(text, path, index);
}

/** The 1-based line of the value at `path` in `text`, to point at what is edited in the YAML. */
export function yamlLine(text: string, path: YPath): number | undefined {
  const node = nodeAt(readYaml(text), path);
  if (node === undefined || node === null) return undefined;
  return text.slice(0, node.start).split("\n").length;
}

/**
 * Stable keys of the rows of the list at `path` (each item's offset in the text, or its index
 * past the text's items while the text is invalid and the form shows the last valid scenario).
 */
export function rowKeys(text: string, path: YPath, count: number): (number | string)[] {
  const node = nodeAt(readYaml(text), path);
  const starts = node?.kind === "seq" ? node.items.map((item) => item.start) : [];
  return Array.from({ length: count }, (_, k) => starts[k] ?? `row-${k}`);
}
