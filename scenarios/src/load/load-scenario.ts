/**
 * Loads a scenario file: YAML text → the plain sim-core `Scenario`, or a `LoadError` that lists
 * every problem with its position. Untrusted text is safe here: the size is capped before
 * parsing, aliases are capped (no "billion laughs"), no tag executes code, and every failure
 * becomes a structured issue rather than an exception.
 */
import { describeValue, type Scenario, ValidationError, validateScenario } from "@resilab/sim-core";
import { type Document, LineCounter, parseDocument, type YAMLError } from "yaml";
import { scenarioFile, toScenario } from "../schema/scenario-schema";
import { badKeys } from "./key-checks";
import { LoadError, type LoadIssue } from "./load-error";
import { positionOf, scalarAt } from "./yaml-positions";
import { fallbackMessage, flattenZodIssues, type PathIssue } from "./zod-issues";

/** Largest scenario text accepted (bytes, counted as UTF-16 units, which never undercounts bytes much). */
export const MAX_SCENARIO_BYTES = 5 * 1024 * 1024;

/** Most alias expansions a scenario may use; far beyond any honest file, far below a bomb. */
export const MAX_ALIAS_COUNT = 100;

/** The outcome of `tryLoadScenario`. */
export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; error: LoadError };

function at(
  file: string,
  line: number,
  column: number,
  issue: Omit<LoadIssue, "file" | "line" | "column">,
): LoadIssue {
  return { file, line, column, ...issue };
}

function yamlIssue(file: string, error: YAMLError, lineCounter: LineCounter): LoadIssue {
  const { line, col } = lineCounter.linePos(error.pos[0]);
  const message = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  return at(file, line, col, { path: "", value: "", allowed: "well-formed YAML 1.2", hint: message });
}

function locate(file: string, doc: Document, lineCounter: LineCounter, issue: PathIssue): LoadIssue {
  const { line, column } = positionOf(doc, lineCounter, issue.path, issue.at);
  const located = at(file, line, column, {
    path: issue.path.join("."),
    value: issue.value,
    allowed: issue.allowed,
  });
  if (issue.hint !== undefined) located.hint = issue.hint;
  return located;
}

function failure(file: string, issues: LoadIssue[]): LoadResult {
  const sorted = [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
  return { ok: false, error: new LoadError(file, sorted) };
}

/** sim-core's dotted paths back to segments (numeric segments index lists). */
function splitPath(path: string): (string | number)[] {
  if (path === "") return [];
  return path.split(".").map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** Parses and validates `text`; never throws for bad input. */
export function tryLoadScenario(text: string, fileName = "scenario.yaml"): LoadResult {
  if (typeof text !== "string") {
    return failure(fileName, [at(fileName, 1, 1, { path: "", value: typeof text, allowed: "YAML text" })]);
  }
  if (text.length > MAX_SCENARIO_BYTES) {
    const size = `${(text.length / 1024 / 1024).toFixed(1)} MB of text`;
    return failure(fileName, [
      at(fileName, 1, 1, { path: "", value: size, allowed: "a scenario file of at most 5 MB" }),
    ]);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    merge: false,
  });
  const syntax = [...doc.errors, ...doc.warnings];
  if (syntax.length > 0)
    return failure(
      fileName,
      syntax.map((error) => yamlIssue(fileName, error, lineCounter)),
    );

  const keys = badKeys(doc);
  if (keys.length > 0)
    return failure(
      fileName,
      keys.map((k) => {
        const { line, col } = lineCounter.linePos(k.offset);
        return at(fileName, line, col, { path: k.path.join("."), value: k.key, allowed: k.allowed });
      }),
    );

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const hint = error instanceof Error ? error.message : String(error);
    const allowed = `at most ${MAX_ALIAS_COUNT} alias expansions (*name)`;
    return failure(fileName, [at(fileName, 1, 1, { path: "", value: "too many aliases", allowed, hint })]);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    const value =
      data === null || data === undefined
        ? "an empty document"
        : `a ${Array.isArray(data) ? "list" : typeof data}`;
    const { line, col } = lineCounter.linePos(doc.contents?.range?.[0] ?? 0);
    return failure(fileName, [
      at(fileName, line, col, {
        path: "",
        value,
        allowed: "a mapping of scenario fields (version: 1, name: …)",
      }),
    ]);
  }

  const parsed = scenarioFile.safeParse(data, { reportInput: true, error: fallbackMessage });
  if (!parsed.success) {
    return failure(
      fileName,
      flattenZodIssues(parsed.error.issues).map((issue) => locate(fileName, doc, lineCounter, issue)),
    );
  }
  try {
    return { ok: true, scenario: validateScenario(toScenario(parsed.data)) };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const issues = error.issues.map((issue) => {
      const path = splitPath(issue.path);
      // sim-core saw seconds; show what the user wrote too: "3000d" (= 259200000).
      const written = scalarAt(doc, path);
      const shown = typeof written === "string" ? describeValue(written) : issue.value;
      const value = shown === issue.value ? issue.value : `${shown} (= ${issue.value})`;
      const pathIssue: PathIssue = { path, value, allowed: issue.allowed, at: "value" };
      if (issue.hint !== undefined) pathIssue.hint = issue.hint;
      return locate(fileName, doc, lineCounter, pathIssue);
    });
    return failure(fileName, issues);
  }
}

/** Parses and validates `text`; throws a `LoadError` listing every problem. */
export function loadScenario(text: string, fileName = "scenario.yaml"): Scenario {
  const result = tryLoadScenario(text, fileName);
  if (!result.ok) throw result.error;
  return result.scenario;
}
