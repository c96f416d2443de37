/**
 * The fleet-year model (issue 3 target): one simulated year of 50 controllers and 500 executors
 * running 2,000 pipelines a day of 6 stages, with failures at every layer (controllers, executors,
 * nodes, zones, agent links), on the resilient-decoupled composition.
 */
import {
  expandTopology,
  realisticScenario,
  type Scenario,
  simulate,
  validateScenario,
} from "@resilab/sim-core";
import type { ModelRun } from "./model-run";

export function fleetYearScenario(): Scenario {
  return {
    name: "fleet-year",
    description: "One year of a fleet: 50 controllers, 500 executors, 2,000 pipelines a day of 6 stages.",
    seed: 2026,
    horizon: 365 * 86_400,
    replications: 1,
    workload: {
      teams: 100,
      triggers: [{ kind: "poisson", ratePerHour: 2_000 / 24 }],
      // The same six-stage pipeline (a DAG with flaky tests and checkpoints) as the realistic scenario.
      pipeline: realisticScenario().workload.pipeline,
    },
    faults: {
      controller: { mtbf: 30 * 86_400, mttr: 1_800, modes: { crash: 0.6, hang: 0.3, slow: 0.1 } },
      executor: { mtbf: 60 * 86_400, mttr: 3_600 },
      node: { mtbf: 180 * 86_400, mttr: 4 * 3_600 },
      zone: { mtbf: 365 * 86_400, mttr: 2 * 3_600 },
      agentPartition: { mtbf: 90 * 86_400, mttr: 120 },
    },
    topologies: [
      {
        name: "fleet",
        preset: "resilient-decoupled",
        overrides: { controllers: { count: 50 }, executors: { count: 500 }, platform: { nodes: 60 } },
      },
    ],
    slo: [{ metric: "outageDuration", stat: "p99", op: "<=", target: 600 }],
  };
}

/**
 * Runs one replication of the fleet-year model: the faults-off twin first (so any JIT warm-up
 * favours the faulted run, which makes "the twin costs at most as much" a conservative check),
 * then the faulted run that the figures describe.
 */
export function runFleetYear(): ModelRun {
  const scenario = validateScenario(fleetYearScenario());
  const topology = expandTopology(scenario.topologies[0]!, 0);
  const t0 = performance.now();
  simulate(scenario, topology, 0, { faultsOn: false });
  const twinSeconds = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  const run = simulate(scenario, topology, 0);
  const seconds = (performance.now() - t1) / 1000;
  return {
    model: "fleet-year",
    engine: "resilab",
    events: run.events,
    seconds,
    eventsPerSecond: run.events / seconds,
    simulatedSeconds: run.simulatedSeconds,
    fingerprint: run.fingerprint,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    pipelines: run.pipelines.triggered,
    incidents: run.incidents.count,
    twinSeconds,
    twinRatio: twinSeconds / seconds,
  };
}
