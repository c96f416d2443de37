/**
 * The service-level check of the scenario library, as Resilab's own CI runs it: `resilab check`
 * on every library scenario (short profile), compared with a committed expectation per scenario.
 * Library scenarios may legitimately miss their service level — some exist to show a design
 * failing — so the gate asserts the *expected* verdicts and exit code, not that all are met.
 * The run is deterministic, so any difference is a change in Resilab's answers.
 */
import type { Verdict } from "@resilab/sim-core";

/** The committed expectation of one library scenario. */
export interface LibraryExpectation {
  scenario: string;
  /** The profile `check` ran with. */
  profile: { replications: number; horizon: number };
  /** Expected exit code of `resilab check` (0 all met, 1 something missed or inconclusive). */
  exitCode: number;
  /** Verdict per "topology · objective". */
  verdicts: Record<string, Verdict>;
}

/** The part of check.json this gate reads. */
export interface CheckOutcome {
  exitCode: number;
  verdicts: { objective: string; topology: string; verdict: Verdict }[];
}

/** The expectation a check outcome amounts to. */
export function expectationOf(
  scenario: string,
  profile: LibraryExpectation["profile"],
  outcome: CheckOutcome,
): LibraryExpectation {
  const verdicts: Record<string, Verdict> = {};
  for (const v of outcome.verdicts) verdicts[`${v.topology} · ${v.objective}`] = v.verdict;
  return { scenario, profile, exitCode: outcome.exitCode, verdicts };
}

/** Every difference between an expectation and what the check gave, one line each. */
export function diffExpectation(expected: LibraryExpectation, actual: LibraryExpectation): string[] {
  const name = expected.scenario;
  const lines: string[] = [];
  const p = (x: LibraryExpectation["profile"]) => `${x.replications} replications × ${x.horizon} s`;
  if (p(expected.profile) !== p(actual.profile))
    lines.push(`${name}: profile ${p(expected.profile)} → ${p(actual.profile)}`);
  if (expected.exitCode !== actual.exitCode)
    lines.push(`${name}: exit code ${expected.exitCode} → ${actual.exitCode}`);
  for (const [key, verdict] of Object.entries(expected.verdicts)) {
    const now = actual.verdicts[key];
    if (now === undefined) lines.push(`${name}: ${key}: expected ${verdict}, no longer evaluated`);
    else if (now !== verdict) lines.push(`${name}: ${key}: ${verdict} → ${now}`);
  }
  for (const key of Object.keys(actual.verdicts)) {
    if (!(key in expected.verdicts)) lines.push(`${name}: ${key}: new objective (${actual.verdicts[key]})`);
  }
  return lines;
}

/** Counts of each verdict, e.g. "3 met, 1 missed, 2 inconclusive". */
export function verdictCounts(e: LibraryExpectation): string {
  const values = Object.values(e.verdicts);
  const n = (v: Verdict) => values.filter((x) => x === v).length;
  return `${n("met")} met, ${n("missed")} missed, ${n("inconclusive")} inconclusive`;
}

/** The expectation file's text. */
export function encodeExpectation(e: LibraryExpectation): string {
  return `${JSON.stringify(e, null, 2)}\n`;
}
