import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandTopology } from "../expand-topology";
import { realisticScenario } from "../fixtures/realistic-scenario";
import type { FaultSpec, Scenario, StageSpec, TopologySpec, TriggerSpec } from "../scenario-types";
import { simulate } from "../simulate";
import { estimateTopologyEvents } from "./event-estimate";
import { componentNames, validateScenario } from "./validate-scenario";

const PRESETS = ["single", "active-passive", "active-active", "resilient-decoupled", "cloud-native"] as const;
const POLICIES = [
  "restart-from-scratch",
  "resume-from-checkpoint",
  "hold-until-return",
  "fail-and-notify",
] as const;

/** Measured kernel events (RunResult.events) of replication `r` against the estimate. */
function ratio(s: Scenario, r = 0): { measured: number; estimate: number } {
  const t = expandTopology(s.topologies[0]!, 0, s.shared);
  return { measured: simulate(s, t, r).events, estimate: estimateTopologyEvents(s, t).total };
}

const scenarioArb = fc
  .record({
    preset: fc.constantFrom(...PRESETS),
    policy: fc.constantFrom(...POLICIES),
    kind: fc.constantFrom("static", "ephemeral"),
    executors: fc.integer({ min: 1, max: 40 }),
    labels: fc.integer({ min: 1, max: 3 }),
    controllers: fc.integer({ min: 2, max: 4 }),
    nodes: fc.integer({ min: 1, max: 12 }),
    zones: fc.integer({ min: 1, max: 4 }),
    stages: fc.array(
      fc.record({
        mean: fc.double({ min: 1, max: 1800, noNaN: true }),
        flaky: fc.double({ min: 0, max: 0.5, noNaN: true }),
        retries: fc.integer({ min: 0, max: 3 }),
        label: fc.integer({ min: 0, max: 2 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    trigger: fc.oneof(
      fc.record({
        kind: fc.constant("poisson" as const),
        ratePerHour: fc.double({ min: 0, max: 400, noNaN: true }),
      }),
      fc.record({
        kind: fc.constant("burst" as const),
        size: fc.integer({ min: 1, max: 200 }),
        meanInterval: fc.double({ min: 600, max: 86_400, noNaN: true }),
      }),
      fc.record({
        kind: fc.constant("business-hours" as const),
        ratePerHour: fc.double({ min: 0, max: 200, noNaN: true }),
      }),
      fc.constant({ kind: "saturated" as const }),
    ),
    retry: fc.boolean(),
    // Fault rates from "never in the run" to "every few minutes per component".
    mtbfH: fc.record({
      controller: fc.double({ min: 0.2, max: 500, noNaN: true }),
      executor: fc.double({ min: 0.2, max: 500, noNaN: true }),
      agentPartition: fc.double({ min: 0.2, max: 500, noNaN: true }),
      node: fc.double({ min: 0.5, max: 500, noNaN: true }),
      zone: fc.double({ min: 1, max: 2000, noNaN: true }),
      store: fc.double({ min: 1, max: 2000, noNaN: true }),
      scm: fc.double({ min: 1, max: 2000, noNaN: true }),
    }),
    mttr: fc.double({ min: 10, max: 7200, noNaN: true }),
    operating: fc.boolean(),
    chaos: fc.array(
      fc.record({
        at: fc.integer({ min: 0, max: 86_400 }),
        target: fc.constantFrom(
          "controller-0",
          "executor-0",
          "partition-0",
          "node-0",
          "zone-a",
          "store",
          "scm",
        ),
        kind: fc.constantFrom("crash", "hang", "down"),
        duration: fc.integer({ min: 1, max: 7200 }),
      }),
      { maxLength: 4 },
    ),
    seed: fc.integer({ min: 0, max: 10_000 }),
  })
  .map((k): Scenario => {
    const labels = ["default", "big", "gpu"].slice(0, k.labels);
    const stages: StageSpec[] = k.stages.map((st, i) => ({
      name: `s${i}`,
      duration: { kind: "exponential", mean: st.mean },
      flakyProbability: st.flaky,
      retries: st.retries,
      label: labels[st.label % labels.length]!,
    }));
    const trigger = k.trigger as TriggerSpec;
    const cls = (mtbfH: number) => ({ mtbf: mtbfH * 3600, mttr: k.mttr });
    const faults: FaultSpec = {
      controller: { ...cls(k.mtbfH.controller), modes: { crash: 0.6, hang: 0.3, slow: 0.1 } },
      executor: { ...cls(k.mtbfH.executor), clock: k.operating ? "operating" : "wall" },
      agentPartition: cls(k.mtbfH.agentPartition),
      node: cls(k.mtbfH.node),
      zone: cls(k.mtbfH.zone),
      store: cls(k.mtbfH.store),
      scm: cls(k.mtbfH.scm),
    };
    const topology: TopologySpec = {
      preset: k.preset,
      overrides: {
        controllers: { count: k.controllers },
        executors: { kind: k.kind, count: k.executors, labels },
        inFlight: { policy: k.policy, retryBudget: 3 },
        platform: { nodes: k.nodes, zones: k.zones },
        onTriggerUnavailable: k.retry ? "retry" : "lose",
      },
    };
    // Chaos only on components this topology has (a node exists with pods, the store with shared-store).
    const names = new Set(componentNames(expandTopology(topology, 0)));
    faults.chaos = k.chaos.filter((e) => names.has(e.target));
    return validateScenario(
      realisticScenario({
        seed: k.seed,
        horizon: 86_400,
        warmup: 0,
        eventBudget: 1e10,
        workload: { teams: 8, triggers: [trigger], pipeline: { stages } },
        faults,
        topologies: [topology],
      }),
    );
  });

describe("the event-budget estimate", () => {
  it("bounds the measured events of random scenarios (every fault class, policy, trigger kind, chaos)", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { measured, estimate } = ratio(s);
        expect(estimate).toBeGreaterThanOrEqual(measured);
      }),
      { numRuns: 60, seed: 20261201 },
    );
  });

  it("is not absurdly large for a plain workload (within 50× of the measured count)", () => {
    const s = validateScenario(
      realisticScenario({ horizon: 2 * 86_400, topologies: [{ preset: "single" }] }),
    );
    const { measured, estimate } = ratio(s);
    expect(estimate).toBeGreaterThanOrEqual(measured);
    expect(estimate).toBeLessThanOrEqual(50 * measured);
  });

  it("refuses at load a saturated line with many stations and tiny stages, with the estimate and the budget", () => {
    const stages: StageSpec[] = Array.from({ length: 200 }, (_, i) => ({
      name: `station-${i}`,
      duration: { kind: "exponential", mean: 0.5 },
    }));
    const s = realisticScenario({
      horizon: 30 * 86_400,
      workload: { teams: 1, triggers: [{ kind: "saturated" }], pipeline: { stages } },
      topologies: [{ preset: "single", overrides: { executors: { count: 200 } } }],
    });
    expect(() => validateScenario(s)).toThrow(
      /estimated [\d.]+e\+\d+ events per replication > eventBudget 200000000/,
    );
  });

  it("counts fault cycles of every executor: 100,000 agents failing hourly are refused though the workload is light", () => {
    const s = realisticScenario({
      horizon: 30 * 86_400,
      faults: { executor: { mtbf: 3600, mttr: 60 } },
      topologies: [{ preset: "single", overrides: { executors: { kind: "static", count: 100_000 } } }],
    });
    expect(() => validateScenario(s)).toThrow(/mostly fault cycles/);
    // The old estimate (triggers × stages) let it through: 40/h × 720 h × 38 ≈ 1.1e6 events.
  });
});
