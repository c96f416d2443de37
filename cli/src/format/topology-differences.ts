/**
 * The terminal's "what differs between the topologies" table: one row per setting whose value is
 * not the same in every topology, one column per topology. Long values (distributions) wrap
 * between words so the table stays readable in a terminal.
 */
import { type ExperimentResult, type TopologyDifference, topologyDifferencesOf } from "@resilab/sim-core";
import { table } from "./table";

/** Cells longer than this wrap onto further lines. */
const WRAP = 22;

/** Control characters (and DEL) in scenario text are shown as U+FFFD, never sent to the terminal. */
function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to remove them
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "\ufffd");
}

/** Splits a value into lines of at most about {@link WRAP} characters, between words. */
export function wrapCell(value: string, width = WRAP): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of value.split(" ")) {
    if (line === "") line = word;
    else if ([...line].length + 1 + [...word].length <= width) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines;
}

/** The table for these topology names and differences (empty string when nothing differs). */
export function differencesTable(
  names: readonly string[],
  differences: readonly TopologyDifference[],
): string {
  if (differences.length === 0) return "";
  const rows: string[][] = [];
  for (const d of differences) {
    const cells = d.values.map((v) => wrapCell(printable(v)));
    const height = Math.max(...cells.map((c) => c.length));
    for (let line = 0; line < height; line++)
      rows.push([line === 0 ? printable(d.setting) : "", ...cells.map((c) => c[line] ?? "")]);
  }
  return table(["setting", ...names.map(printable)], rows, names.map(() => "l" as const).concat("l"));
}

/** The titled section of a result (empty string when its topologies do not differ or it has one). */
export function topologyDifferencesText(result: ExperimentResult): string {
  const text = differencesTable(
    result.topologies.map((t) => t.topology),
    topologyDifferencesOf(result),
  );
  return text === "" ? "" : `What differs between the topologies (every other setting is the same)\n${text}`;
}
