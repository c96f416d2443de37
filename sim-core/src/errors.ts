/**
 * Errors that Resilab raises for bad input or a run that cannot go on. Every message names the
 * field (as a dotted path), the value it got and what is allowed, so a user can fix the input
 * without reading a stack trace. The CLI prints `message` only and exits 2.
 */

/** One problem with one field of the input. */
export interface Issue {
  /** Dotted path of the field, e.g. `topologies.0.controllers.mttr`. Empty for the whole input. */
  path: string;
  /** The offending value, rendered for humans (strings quoted, long values shortened). */
  value: string;
  /** What is allowed, e.g. `a number in [0, 1]`. */
  allowed: string;
  /** Optional hint, e.g. a did-you-mean for an unknown key. */
  hint?: string;
}

/** Renders any value briefly and safely for an error message (never executes or evaluates it). */
export function describeValue(value: unknown): string {
  if (typeof value === "string")
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) {
    return String(value);
  }
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "object") return "an object";
  return typeof value;
}

export function formatIssue(issue: Issue): string {
  const where = issue.path === "" ? "input" : issue.path;
  const hint = issue.hint ? ` (${issue.hint})` : "";
  return `${where}: got ${issue.value}; allowed: ${issue.allowed}${hint}`;
}

/** Bad input: carries every issue found, not just the first. */
export class ValidationError extends Error {
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    super(issues.map(formatIssue).join("\n"));
    this.name = "ValidationError";
    this.issues = issues;
  }
}

/** Throws a ValidationError for a single field. */
export function invalid(path: string, value: unknown, allowed: string, hint?: string): never {
  const issue: Issue = { path, value: describeValue(value), allowed };
  if (hint !== undefined) issue.hint = hint;
  throw new ValidationError([issue]);
}

/** A run that had to stop: event budget spent, horizon passed, or a zero-delay cycle. */
export class SimulationError extends Error {
  readonly kind: "budget" | "horizon" | "zeno" | "deadlock" | "model";
  constructor(kind: SimulationError["kind"], message: string) {
    super(message);
    this.name = "SimulationError";
    this.kind = kind;
  }
}
