/**
 * Deterministic counters: what Resilab computes, exactly, on fixed inputs — the events and
 * event-sequence fingerprint of every run of every library scenario on the short profile, a
 * hash of each scenario's whole result document, and the kernel's non-regression fingerprint.
 * They do not depend on the machine, so the gate is exact: any difference is a change in the
 * engine's answers, to be explained and committed with an updated golden file.
 */
import { libraryNames, loadLibraryScenario } from "@resilab/scenarios";
import {
  canonicalJson,
  hash64,
  planRuns,
  runTask,
  type Scenario,
  scenarioHash,
  summarizeExperiment,
} from "@resilab/sim-core";
import { type KernelCounters, kernelCounters } from "./kernel-sample";
import { shortProfile } from "./short-profile";

/** One replication of one topology. */
export interface RunCounter {
  topology: string;
  replication: number;
  events: number;
  fingerprint: string;
}

/** One library scenario on the short profile. */
export interface ScenarioCounters {
  /** Hash of the short-profile scenario (changes when the library file does). */
  scenarioHash: string;
  /** Events of all its runs (faulted runs; the faults-off twins are in the result hash). */
  events: number;
  /** Hash of the canonical JSON of the whole result document (every metric of every run). */
  resultHash: string;
  runs: RunCounter[];
}

/** The golden file's content. */
export interface Counters {
  format: "resilab-counters";
  version: 1;
  profile: string;
  kernel: KernelCounters;
  scenarios: Record<string, ScenarioCounters>;
}

/** The profile the counters use, in words (stored in the file for readers). */
export const COUNTER_PROFILE =
  "library scenarios, 2 replications, horizon min(file, max(2 d, last chaos + 2 h)), warm-up ≤ horizon/4";

/** Counters of one scenario (run in this thread). */
export function scenarioCounters(scenario: Scenario): ScenarioCounters {
  const runs = planRuns(scenario).map((task) => runTask(scenario, task));
  // A fixed tool version: the counters pin the answers, not the version string.
  const result = summarizeExperiment(scenario, runs, "counters");
  return {
    scenarioHash: scenarioHash(scenario),
    events: runs.reduce((sum, r) => sum + r.events, 0),
    resultHash: hash64(canonicalJson(result)),
    runs: runs.map((r) => ({
      topology: r.topology,
      replication: r.replication,
      events: r.events,
      fingerprint: r.fingerprint,
    })),
  };
}

/** Every counter, library scenarios in name order. */
export function computeCounters(names: readonly string[] = libraryNames()): Counters {
  const scenarios: Record<string, ScenarioCounters> = {};
  for (const name of names) scenarios[name] = scenarioCounters(shortProfile(loadLibraryScenario(name)));
  return {
    format: "resilab-counters",
    version: 1,
    profile: COUNTER_PROFILE,
    kernel: kernelCounters(),
    scenarios,
  };
}

/** The golden file's text: 2-space JSON with one line per run, so a diff names the run that changed. */
export function encodeCounters(counters: Counters): string {
  const marked = JSON.stringify(
    counters,
    (key, value: unknown) =>
      key === "runs" && Array.isArray(value) ? value.map((run) => `@@${JSON.stringify(run)}@@`) : value,
    2,
  );
  // Each marked run is a JSON string holding the run's one-line JSON: unwrap it.
  return `${marked.replace(/"@@(.*?)@@"/g, (_m, inner: string) => JSON.parse(`"${inner}"`) as string)}\n`;
}

function runDiffs(name: string, golden: RunCounter[], now: RunCounter[]): string[] {
  const key = (r: RunCounter) => `${r.topology} #${r.replication}`;
  const before = new Map(golden.map((r) => [key(r), r]));
  const after = new Map(now.map((r) => [key(r), r]));
  const lines: string[] = [];
  for (const [k, g] of before) {
    const c = after.get(k);
    if (c === undefined) lines.push(`${name}: run ${k} is gone`);
    else {
      if (c.events !== g.events) lines.push(`${name}: run ${k}: events ${g.events} → ${c.events}`);
      if (c.fingerprint !== g.fingerprint)
        lines.push(`${name}: run ${k}: fingerprint ${g.fingerprint} → ${c.fingerprint}`);
    }
  }
  for (const k of after.keys()) if (!before.has(k)) lines.push(`${name}: run ${k} is new`);
  return lines;
}

/** Every difference between the golden counters and the current ones, one line each. */
export function diffCounters(golden: Counters, now: Counters): string[] {
  const lines: string[] = [];
  if (golden.profile !== now.profile) lines.push(`profile: "${golden.profile}" → "${now.profile}"`);
  for (const field of ["seed", "events", "end", "fingerprint"] as const) {
    if (golden.kernel[field] !== now.kernel[field]) {
      lines.push(`kernel sample: ${field} ${golden.kernel[field]} → ${now.kernel[field]}`);
    }
  }
  for (const [name, g] of Object.entries(golden.scenarios)) {
    const c = now.scenarios[name];
    if (c === undefined) {
      lines.push(`${name}: no longer in the library`);
      continue;
    }
    if (g.scenarioHash !== c.scenarioHash)
      lines.push(`${name}: scenario hash ${g.scenarioHash} → ${c.scenarioHash} (the library file changed)`);
    if (g.events !== c.events) lines.push(`${name}: events ${g.events} → ${c.events}`);
    if (g.resultHash !== c.resultHash) lines.push(`${name}: result hash ${g.resultHash} → ${c.resultHash}`);
    lines.push(...runDiffs(name, g.runs, c.runs));
  }
  for (const name of Object.keys(now.scenarios)) {
    if (!(name in golden.scenarios)) lines.push(`${name}: new library scenario, not in the golden file`);
  }
  return lines;
}
