/**
 * Finds and loads the scenario a command names: a YAML file, or a library scenario by name.
 * A missing file, a directory or an oversized file is refused before anything is read.
 */
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import {
  decodeScenarioBytes,
  formatTextWarning,
  libraryNames,
  libraryText,
  loadScenario,
  MAX_SCENARIO_BYTES,
} from "@resilab/scenarios";
import type { Scenario } from "@resilab/sim-core";
import { InputError } from "../errors";

/** A loaded scenario and where it came from. */
export interface ScenarioSource {
  scenario: Scenario;
  /** The file name shown in messages (as given, or `library:<name>`). */
  label: string;
  /** `file:line:column: warning: …` for each byte that is not UTF-8 (read as U+FFFD). */
  warnings: string[];
}

/** Reads a text file after checking it exists, is a regular file and is at most `maxBytes`. */
export function readInputFile(path: string, cwd: string, maxBytes: number, what: string): string {
  return new TextDecoder().decode(readInputBytes(path, cwd, maxBytes, what));
}

/** The bytes of a file, after the same checks as `readInputFile`. */
export function readInputBytes(path: string, cwd: string, maxBytes: number, what: string): Uint8Array {
  const absolute = resolve(cwd, path);
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(absolute);
  } catch {
    throw new InputError(`${path}: no such file`);
  }
  if (stats.isDirectory()) throw new InputError(`${path}: is a directory; expected ${what}`);
  if (!stats.isFile()) throw new InputError(`${path}: not a regular file; expected ${what}`);
  if (stats.size > maxBytes) {
    const mb = (stats.size / 1024 / 1024).toFixed(1);
    throw new InputError(
      `${path}: ${mb} MB is too large; allowed: ${what} of at most ${maxBytes / 1024 / 1024} MB`,
    );
  }
  try {
    return readFileSync(absolute);
  } catch (error) {
    throw new InputError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
}

/** Loads `arg`: a file path, or the name of a library scenario when no such file exists. */
export function readScenario(arg: string, cwd: string): ScenarioSource {
  const isLibraryName = /^[a-z0-9-]+$/.test(arg) && libraryNames().includes(arg);
  let exists = true;
  try {
    statSync(resolve(cwd, arg));
  } catch {
    exists = false;
  }
  if (!exists && isLibraryName) {
    const label = `library:${arg}`;
    return { scenario: loadScenario(libraryText(arg), label), label, warnings: [] };
  }
  if (!exists) {
    const base = arg.replace(/^.*\//, "").replace(/\.ya?ml$/, "");
    const hint = libraryNames().includes(base) ? ` (did you mean scenarios/library/${base}.yaml?)` : "";
    throw new InputError(`${arg}: no such file${hint}`);
  }
  // Decoded leniently, as every YAML tool does, but each invalid byte is reported with its line
  // and column so a Latin-1 "é" is not silently read as "�".
  const bytes = readInputBytes(arg, cwd, MAX_SCENARIO_BYTES, "a scenario YAML file");
  const { text, warnings } = decodeScenarioBytes(bytes, arg);
  return { scenario: loadScenario(text, arg), label: arg, warnings: warnings.map(formatTextWarning) };
}
