/**
 * Turns zod's issues into flat, human ones: one per problem, with the path, the value found,
 * what is allowed and a did-you-mean. Unions are resolved to the branch the user evidently meant
 * (the one that got past the type check), so a typo inside `{lognormal: …}` is reported there and
 * not as "does not match any of 2 alternatives".
 */
import { describeValue } from "@resilab/sim-core";
import type { z } from "zod";
import { didYouMean } from "../schema/did-you-mean";
import type { IssueParams } from "../schema/issue-params";
import { METRIC_UNITS, RETIRED_METRICS } from "../schema/objective-text";
import { allowedKeysFor } from "../schema/strict-object";

type ZodIssue = z.core.$ZodIssue;
type Path = (string | number)[];

/** A problem at a field path, before it is located in the text. */
export interface PathIssue {
  path: Path;
  value: string;
  allowed: string;
  hint?: string;
  /** Point at the key (unknown keys) or at the value. */
  at: "key" | "value";
}

function toPath(path: readonly PropertyKey[]): Path {
  return path.map((segment) => (typeof segment === "number" ? segment : String(segment)));
}

/** Per-parse messages for zod's own checks that the schema did not word itself. */
export function fallbackMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type": {
      const expected = String(issue.expected);
      const nouns: Record<string, string> = {
        boolean: "true or false",
        array: "a list",
        object: "an object (key: value pairs)",
        number: "a number",
        string: "text",
      };
      return nouns[expected] ?? expected;
    }
    case "too_small":
      return issue.origin === "array" ? `a list of at least ${issue.minimum}` : `at least ${issue.minimum}`;
    case "too_big":
      return issue.origin === "array" ? `a list of at most ${issue.maximum}` : `at most ${issue.maximum}`;
    case "invalid_value":
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    default:
      return undefined;
  }
}

/** True when every issue of a union branch says only "wrong type here": the user meant another branch. */
function isTypeMismatch(issues: readonly ZodIssue[]): boolean {
  return issues.every(
    (issue) =>
      issue.path.length === 0 &&
      (issue.code === "invalid_type" ||
        (issue.code === "invalid_value" && issue.values.length > 0) ||
        (issue.code === "invalid_union" && issue.errors.every(isTypeMismatch))),
  );
}

function depth(issues: readonly ZodIssue[]): number {
  return Math.max(0, ...issues.map((issue) => issue.path.length));
}

function inputText(issue: ZodIssue): string {
  return issue.input === undefined ? "nothing (missing)" : describeValue(issue.input);
}

/**
 * A discriminated union's key is missing: name the input's keys that look like a misspelling of
 * it (`kiind` for `kind`) as unknown keys with a did-you-mean, or the user only hears "kind
 * missing" and never which key of theirs is wrong. `path` ends with the discriminator.
 */
function misspeltDiscriminator(
  input: unknown,
  key: string,
  path: Path,
  allowed: string,
  out: PathIssue[],
): void {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return;
  const parent = path[path.length - 1] === key ? path.slice(0, -1) : path;
  for (const found of Object.keys(input)) {
    if (found === key || didYouMean(found, [key]) !== key) continue;
    out.push({
      path: [...parent, found],
      value: `unknown key ${JSON.stringify(found)}`,
      allowed: `the key "${key}": ${allowed}`,
      hint: `did you mean "${key}"?`,
      at: "key",
    });
  }
}

function flattenInto(issue: ZodIssue, prefix: Path, out: PathIssue[]): void {
  const path = [...prefix, ...toPath(issue.path)];
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    const meant = issue.errors.filter((branch) => !isTypeMismatch(branch));
    if (meant.length > 0) {
      // Several plausible branches: trust the one that got deepest into the input.
      const best = meant.reduce((a, b) =>
        depth(b) > depth(a) || (depth(b) === depth(a) && b.length < a.length) ? b : a,
      );
      for (const inner of best) flattenInto(inner, path, out);
      return;
    }
  }
  if (issue.code === "invalid_union" && "discriminator" in issue && typeof issue.discriminator === "string") {
    // No option matches the discriminator (e.g. `kind: poison`): report the discriminator's value.
    const found = (issue.input as Record<string, unknown> | undefined)?.[issue.discriminator];
    const listed = (issue as { options?: unknown }).options;
    const options = Array.isArray(listed) ? listed.map(String) : [];
    const entry: PathIssue = {
      path,
      value: found === undefined ? "nothing (missing)" : describeValue(found),
      allowed: issue.message,
      at: "value",
    };
    const suggestion = typeof found === "string" ? didYouMean(found, options) : undefined;
    if (suggestion !== undefined) entry.hint = `did you mean "${suggestion}"?`;
    if (found === undefined)
      misspeltDiscriminator(issue.input, issue.discriminator, path, issue.message, out);
    out.push(entry);
    return;
  }
  if (issue.code === "unrecognized_keys") {
    const allowed = allowedKeysFor(issue.input) ?? [];
    for (const key of issue.keys) {
      const entry: PathIssue = {
        path: [...path, key],
        value: `unknown key ${JSON.stringify(key)}`,
        allowed: allowed.length > 0 ? `keys ${allowed.join(", ")}` : issue.message,
        at: "key",
      };
      const suggestion = didYouMean(key, allowed);
      if (suggestion !== undefined) entry.hint = `did you mean "${suggestion}"?`;
      out.push(entry);
    }
    return;
  }
  const params = (issue.code === "custom" ? issue.params : undefined) as IssueParams | undefined;
  const entry: PathIssue = {
    path,
    value: params && "value" in params ? describeValue(params.value) : inputText(issue),
    allowed: params?.allowed ?? issue.message,
    at: "value",
  };
  if (params?.hint !== undefined) entry.hint = params.hint;
  if (issue.code === "invalid_value" && typeof issue.input === "string") {
    const values = issue.values.map(String);
    const suggestion = didYouMean(issue.input, values);
    if (suggestion !== undefined) entry.hint = `did you mean "${suggestion}"?`;
    // A retired metric name (e.g. `recoveryTime`) where metrics are expected: say what replaced it.
    const retired = Object.hasOwn(RETIRED_METRICS, issue.input) ? RETIRED_METRICS[issue.input] : undefined;
    if (retired !== undefined && values.some((value) => value in METRIC_UNITS)) entry.hint = retired;
  }
  out.push(entry);
}

/** Flattens zod's issues into one `PathIssue` per problem, without duplicates. */
export function flattenZodIssues(issues: readonly ZodIssue[]): PathIssue[] {
  const out: PathIssue[] = [];
  for (const issue of issues) flattenInto(issue, [], out);
  const seen = new Set<string>();
  return out.filter((issue) => {
    const key = JSON.stringify([issue.path, issue.value, issue.allowed]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
