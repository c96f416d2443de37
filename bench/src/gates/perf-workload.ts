/**
 * The performance gate's workload, run in a fresh process against one source tree: every
 * library scenario (the YAML files of `--library`, so both trees run the same inputs) at its own
 * horizon with `--replications` replications, through that tree's own loader and engine
 * (`loadScenario`, `planRuns`, `runTask`). Only the simulation is timed, not module loading.
 *
 *   node --import tsx --conditions=@resilab/source perf-workload.ts --root <tree> --library <dir>
 *
 * Prints one JSON line: events, runs, wall and CPU seconds, and a digest of the fingerprints.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

/** What one workload process measured. */
export interface WorkloadRun {
  root: string;
  scenarios: number;
  runs: number;
  events: number;
  wallSeconds: number;
  cpuSeconds: number;
  /** SHA-256 (16 hex) of every run's fingerprint in order: equal digests = the same answers. */
  digest: string;
}

interface TreeApi {
  loadScenario(text: string, label: string): { replications: number } & Record<string, unknown>;
}
interface EngineApi {
  planRuns(scenario: unknown): unknown[];
  runTask(scenario: unknown, task: unknown): { events: number; fingerprint: string };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      root: { type: "string" },
      library: { type: "string" },
      replications: { type: "string", default: "3" },
    },
  });
  if (values.root === undefined || values.library === undefined) {
    throw new Error("usage: perf-workload --root <tree> --library <dir> [--replications n]");
  }
  const replications = Number(values.replications);
  const load = (path: string) => import(pathToFileURL(join(values.root!, path)).href);
  const scenarios = (await load("scenarios/src/index.ts")) as TreeApi;
  const engine = (await load("sim-core/src/index.ts")) as EngineApi;
  const files = readdirSync(values.library)
    .filter((f) => f.endsWith(".yaml"))
    .sort();
  const inputs = files.map((f) => ({
    ...scenarios.loadScenario(readFileSync(join(values.library!, f), "utf8"), f),
    replications,
  }));

  const hash = createHash("sha256");
  let events = 0;
  let runs = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const scenario of inputs) {
    for (const task of engine.planRuns(scenario)) {
      const r = engine.runTask(scenario, task);
      events += r.events;
      runs++;
      hash.update(r.fingerprint);
    }
  }
  const wallSeconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const out: WorkloadRun = {
    root: values.root,
    scenarios: inputs.length,
    runs,
    events,
    wallSeconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    digest: hash.digest("hex").slice(0, 16),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

await main();
