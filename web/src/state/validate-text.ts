/**
 * Validating a scenario text: the loader's issues, or the scenario, its hash and its run cost.
 * Pure, so the page runs it for small texts and the validation worker for large ones (a pasted
 * or linked 300-topology file took about 0.7 s to load on the page's thread and froze input).
 */
import { type LoadIssue, tryLoadScenario } from "@resilab/scenarios";
import { type Scenario, scenarioHash } from "@resilab/sim-core";

/**
 * Texts longer than this (characters) are validated in the validation worker, off the page's
 * thread; default 8 KiB. The library's largest scenario is 3.4 KB and loads in 30-70 ms on a
 * loaded 2-core machine; load time grows with the text (15.7 KB, 300 topologies: about 0.3 s),
 * so above 8 KB a synchronous load could hold input past 100 ms.
 */
export const OFF_THREAD_CHARS = 8 * 1024;

/** A text's validation: what the reducer needs to show it. */
export interface Validation {
  text: string;
  fileName: string;
  /** Problems in text order; empty when the text is valid. */
  issues: readonly LoadIssue[];
  /** The scenario when valid, else null. */
  scenario: Scenario | null;
  /** The scenario's hash when valid, else null. */
  hash: string | null;
}

/** Validates `text` as the file `fileName` names (used in issue locations). */
export function validateText(text: string, fileName: string): Validation {
  const loaded = tryLoadScenario(text, fileName);
  if (!loaded.ok) return { text, fileName, issues: loaded.error.issues, scenario: null, hash: null };
  return { text, fileName, issues: [], scenario: loaded.scenario, hash: scenarioHash(loaded.scenario) };
}

/** True when `text` should be validated off the page's thread. */
export function validatesOffThread(text: string): boolean {
  return text.length > OFF_THREAD_CHARS;
}
