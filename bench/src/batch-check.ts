/**
 * Is the batched summary of very long experiments an artefact? Summarizes the same replications
 * of a library scenario without batches, in 1,000 batches and in 100 batches, and prints the
 * pooled outage estimates with their intervals and the time each summary took.
 *
 *   pnpm --filter @resilab/bench run batch-check -- [replications = 3000] [horizon days = 30] [scenario = single-controller]
 */
import { libraryText, loadScenario } from "@resilab/scenarios";
import { ExperimentAccumulator, type Interval, planRuns, runTask } from "@resilab/sim-core";

const args = process.argv.slice(2).filter((a) => a !== "--");
const replications = Number(args[0] ?? 3000);
const days = Number(args[1] ?? 30);
const name = args[2] ?? "single-controller";
const base = loadScenario(libraryText(name), `library:${name}`);
const scenario = { ...base, replications, horizon: days * 86_400 };
const runs = planRuns(scenario).map((task) => runTask(scenario, task));
const hours = (i: Interval) =>
  `${(i.mean / 3600).toFixed(3)} h [${(i.lower / 3600).toFixed(3)}, ${(i.upper / 3600).toFixed(3)}]`;
for (const units of [Number.MAX_SAFE_INTEGER, 1000, 100]) {
  const accumulator = new ExperimentAccumulator(scenario, "batch-check", {
    keepRuns: "first",
    maxEventUnits: units,
  });
  for (const run of runs) accumulator.add(run);
  const start = performance.now();
  const result = accumulator.finish();
  const seconds = (performance.now() - start) / 1000;
  for (const t of result.topologies) {
    const o = t.outages;
    process.stdout.write(
      `${units === Number.MAX_SAFE_INTEGER ? "no batches" : `${units} batches`} · ${t.topology}: ${o.summary.count} outages, ${o.censored} censored; ` +
        `p50 ${hours(o.p50)}; p90 ${hours(o.p90)}; p99 ${hours(o.p99)}; mean ${hours(t.metrics.outageDuration)}; summary ${seconds.toFixed(1)} s\n`,
    );
  }
}
