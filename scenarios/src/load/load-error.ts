/**
 * The loader's error: every problem in a scenario file, each with `file:line:column`, the field
 * path, the value found and what is allowed. It is a sim-core `ValidationError`, so callers that
 * handle bad input generically (the CLI exits 2) need nothing special.
 */
import { type Issue, ValidationError } from "@resilab/sim-core";

/** One problem in a scenario file, located in the text (line and column are 1-based). */
export interface LoadIssue extends Issue {
  file: string;
  line: number;
  column: number;
}

/** `file:line:column: path: got value; allowed: … (hint)`. */
export function formatLoadIssue(issue: LoadIssue): string {
  const where = issue.path === "" ? "" : `${issue.path}: `;
  const got = issue.value === "" ? "" : `got ${issue.value}; `;
  const hint = issue.hint === undefined ? "" : ` (${issue.hint})`;
  return `${issue.file}:${issue.line}:${issue.column}: ${where}${got}allowed: ${issue.allowed}${hint}`;
}

/** A scenario file that cannot be loaded; `issues` lists every problem found, in text order. */
export class LoadError extends ValidationError {
  declare readonly issues: readonly LoadIssue[];
  /** The file name the issues refer to. */
  readonly file: string;

  constructor(file: string, issues: readonly LoadIssue[]) {
    super(issues);
    this.name = "LoadError";
    this.file = file;
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    this.message = [`${file}: ${count}`, ...issues.map((issue) => `  ${formatLoadIssue(issue)}`)].join("\n");
  }
}
