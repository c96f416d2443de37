/**
 * The claims of the three manufacturing-analogy scenarios, each against its closed form:
 * - `cells-vs-shared-pool`: pooled agents are one M/M/c queue, team cells n M/M/(c/n) queues, mean
 *   lead time W = Wq + 1/μ by Erlang C (docs/parameters.md, "M/M/c executor pool (Erlang C)");
 * - `line-balancing`: a saturated line's throughput is its bottleneck's rate, min over stages of
 *   agents / mean stage time;
 * - `setup-time`: at low load nothing queues, so mean lead time = Σ stage means + stages × mean
 *   pod set-up (pod start + image pull + agent connect), and static agents have no set-up.
 * Each within the 99 % interval over replications (deterministic seeds: the test cannot flake).
 */
import {
  confidenceInterval,
  type DistributionSpec,
  distribution,
  expandTopology,
  mmc,
  runExperiment,
  type Scenario,
  simulate,
} from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { loadLibraryScenario } from "./library";

const mean = (spec: DistributionSpec) => distribution(spec).mean;

/** Per-replication values of `measure` for topology `index` of `scenario`. */
function perReplication(
  scenario: Scenario,
  index: number,
  measure: (r: ReturnType<typeof simulate>) => number,
) {
  const topology = expandTopology(scenario.topologies[index]!, index, scenario.shared);
  return Array.from({ length: scenario.replications }, (_, r) => measure(simulate(scenario, topology, r)));
}

function expectWithin(expected: number, samples: number[], what: string) {
  const ci = confidenceInterval(samples, 0.99);
  expect(expected, `${what}: ${ci.lower}–${ci.upper}`).toBeGreaterThanOrEqual(ci.lower);
  expect(expected, `${what}: ${ci.lower}–${ci.upper}`).toBeLessThanOrEqual(ci.upper);
}

const verdicts = (scenario: Scenario) =>
  runExperiment(scenario, { toolVersion: "test" }).verdicts.map((v) => `${v.topology}: ${v.verdict}`);

describe("cells-vs-shared-pool", () => {
  const scenario = loadLibraryScenario("cells-vs-shared-pool");
  const stage = scenario.workload.pipeline.stages[0]!;
  const serviceRate = 3600 / mean(stage.duration); // per hour
  const rate = (scenario.workload.triggers[0] as { ratePerHour: number }).ratePerHour;
  const agents = 8;
  const cells = 4;
  const pooled = mmc({ arrivalRate: rate, serviceRate, servers: agents }).meanResponse * 3600;
  const celled = mmc({ arrivalRate: rate / cells, serviceRate, servers: agents / cells }).meanResponse * 3600;

  it("matches Erlang C: one M/M/8 pooled, four M/M/2 as cells", () => {
    expect(expandTopology(scenario.topologies[1]!, 1, scenario.shared).executors).toMatchObject({
      count: agents,
      cells,
    });
    const leadTime = (r: ReturnType<typeof simulate>) => r.pipelines.leadTime.mean;
    expectWithin(pooled, perReplication(scenario, 0, leadTime), "shared pool");
    expectWithin(celled, perReplication(scenario, 1, leadTime), "team cells");
    // The answer: the same 8 agents wait more than twice as long split into cells.
    expect(celled / pooled).toBeGreaterThan(2);
  });

  it("gives the verdicts the description promises", () => {
    expect(verdicts({ ...scenario, replications: 5, horizon: 10 * 86_400 })).toEqual([
      "shared-pool: met",
      "team-cells: missed",
    ]);
  });
});

describe("line-balancing", () => {
  const scenario = loadLibraryScenario("line-balancing");
  const stages = scenario.workload.pipeline.stages;
  /** The bottleneck's rate (per hour) of topology `index`. */
  const bottleneck = (index: number) => {
    const t = expandTopology(scenario.topologies[index]!, index, scenario.shared);
    return Math.min(
      ...stages.map(
        (s) => ((t.executors.countByLabel?.[s.label!] ?? t.executors.count) * 3600) / mean(s.duration),
      ),
    );
  };

  it("ships at its bottleneck's rate: one agent each, doubled, balanced", () => {
    for (let i = 0; i < scenario.topologies.length; i++)
      expectWithin(
        bottleneck(i),
        perReplication(scenario, i, (r) => r.service.throughputPerHour),
        `topology ${i}`,
      );
    // Balancing (5 agents) beats doubling (6 agents): the bottleneck moved from test to build.
    expect(bottleneck(2)).toBeGreaterThan(bottleneck(1));
  });

  it("gives the verdicts the description promises, and balanced costs less than doubled", () => {
    const result = runExperiment({ ...scenario, replications: 5 }, { toolVersion: "test" });
    expect(result.verdicts.map((v) => `${v.topology}: ${v.verdict}`)).toEqual([
      "one-agent-each: missed",
      "doubled: missed",
      "balanced: met",
    ]);
    const cost = (name: string) => result.topologies.find((s) => s.topology === name)!.metrics.cost.mean;
    expect(cost("balanced")).toBeLessThan(cost("doubled"));
  });
});

describe("setup-time", () => {
  const scenario = loadLibraryScenario("setup-time");
  const stages = scenario.workload.pipeline.stages;
  const work = stages.reduce((sum, s) => sum + mean(s.duration), 0);
  const setup = (index: number) => {
    const t = expandTopology(scenario.topologies[index]!, index, scenario.shared);
    if (t.executors.kind === "static") return 0;
    const s = t.executors.startup!;
    return mean(s.podStart) + mean(s.imagePull) + mean(s.agentConnect);
  };

  it("adds one set-up per stage to the lead time, and static agents none", () => {
    for (let i = 0; i < scenario.topologies.length; i++)
      expectWithin(
        work + stages.length * setup(i),
        perReplication(scenario, i, (r) => r.pipelines.leadTime.mean),
        `topology ${i}`,
      );
    expect(setup(0)).toBe(0);
    expect(setup(2) - setup(1)).toBeGreaterThan(50); // a cold pull on every pod: about a minute more
  });

  it("gives the verdicts the description promises", () => {
    expect(verdicts({ ...scenario, replications: 3 })).toEqual([
      "static-agents: met",
      "pods-cached-images: met",
      "pods-cold-pulls: missed",
    ]);
  });
});
