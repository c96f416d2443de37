/**
 * The problems of an incident file as table rows — where (line, or the JSON record), the
 * column as written in the file's header, the value and what is allowed. `readIncidents` names
 * a bad cell `incidents.csv:12 (start column "Started At")` or `incidents.json[3] (…)`; this
 * splits that back into its parts. The values stay plain strings: React renders them as text,
 * so a file's contents can never become markup.
 */
import type { Issue } from "@resilab/sim-core";

/** One problem, split for the table. */
export interface IssueRow {
  /** `line 12`, `record 3`, or the whole path when it names no row (e.g. a missing column). */
  where: string;
  /** The column as written in the header, with the field it was read as: `"Started At" (start)`. */
  column: string;
  value: string;
  allowed: string;
}

const CELL = /^(.*?)(?::(\d+)|\[(\d+)\]) \((\w+) column "(.*)"\)$/s;
const ROW = /^(.*?)(?::(\d+)|\[(\d+)\])$/s;

/** The CLI's wording for its class-map flag, in the lab's (the panel has a "Class map" field). */
function labWords(text: string): string {
  return text.replace(/--class-map "([^"]*)"/g, 'a Class map line "$1"');
}

function located(line: string | undefined, record: string | undefined): string {
  return line !== undefined ? `line ${line}` : `record ${record}`;
}

/** Splits one issue of `readIncidents`/`fitIncidents` for the table. */
export function issueRow(issue: Issue): IssueRow {
  const allowed = labWords(issue.hint === undefined ? issue.allowed : `${issue.allowed} (${issue.hint})`);
  const cell = CELL.exec(issue.path);
  if (cell !== null) {
    return {
      where: located(cell[2], cell[3]),
      column: `${JSON.stringify(cell[5])} (${cell[4]})`,
      value: issue.value,
      allowed,
    };
  }
  const row = ROW.exec(issue.path);
  if (row !== null) return { where: located(row[2], row[3]), column: "", value: issue.value, allowed };
  return { where: issue.path === "" ? "the file" : issue.path, column: "", value: issue.value, allowed };
}
