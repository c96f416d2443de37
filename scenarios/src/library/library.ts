/**
 * The scenario library: one YAML file per system or claim in `scenarios/library/`, embedded as
 * text (`library-texts.ts`, generated) so the CLI and the browser lab read the very same files
 * without a file system.
 */
import { invalid, type Scenario } from "@resilab/sim-core";
import { parse } from "yaml";
import { loadScenario } from "../load/load-scenario";
import { didYouMean } from "../schema/did-you-mean";
import { LIBRARY_TEXTS } from "./library-texts";

/** One library scenario, as listed in a gallery. */
export interface LibraryEntry {
  /** File name without `.yaml`, e.g. `default-comparison`. */
  name: string;
  /** The `description` field: the question it answers and its agreed service level. */
  description: string;
}

/** The names of the library scenarios, sorted. */
export function libraryNames(): string[] {
  return Object.keys(LIBRARY_TEXTS).sort();
}

/** The YAML text of a library scenario; throws a ValidationError (with did-you-mean) for an unknown name. */
export function libraryText(name: string): string {
  const text = Object.hasOwn(LIBRARY_TEXTS, name) ? LIBRARY_TEXTS[name] : undefined;
  if (text === undefined) {
    const names = libraryNames();
    const suggestion = didYouMean(name, names);
    invalid("library", name, `one of ${names.join(", ")}`, suggestion && `did you mean "${suggestion}"?`);
  }
  return text;
}

/** Every library scenario with its description, sorted by name. */
export function listLibrary(): LibraryEntry[] {
  return libraryNames().map((name) => {
    const data = parse(libraryText(name)) as { description?: unknown };
    return { name, description: typeof data.description === "string" ? data.description : "" };
  });
}

/** Loads a library scenario by name (`default-comparison`), fully validated. */
export function loadLibraryScenario(name: string): Scenario {
  return loadScenario(libraryText(name), `scenarios/library/${name}.yaml`);
}
