/**
 * `simulate`: builds one replication of one topology — components wired on a kernel — runs it
 * to the horizon and returns its plain `RunResult`. With `faultsOn: false` it is the faults-off
 * twin used to measure the delay failures cause (same workload streams, no fault trace).
 */
import { Kernel } from "../kernel/kernel";
import { RandomStreams } from "../random/random-streams";
import { BacklogDrainLog } from "./metrics/backlog-drain";
import { CensoredCollector } from "./metrics/censored-collector";
import { Metrics } from "./metrics/metrics";
import { TimeWeightedSeries } from "./metrics/time-series";
import type { RunResult } from "./result-types";
import type { RunContext } from "./run/context";
import { us } from "./run/context";
import { ControlPlane } from "./run/control-plane";
import { ControllerMember } from "./run/controller-member";
import { ControllerOutages } from "./run/controller-outages";
import { Dependencies } from "./run/dependencies";
import { DisasterRecovery, recoveryActive } from "./run/disaster-recovery";
import { addExecutorPools } from "./run/executor-cells";
import type { Executor, ExecutorPool } from "./run/executor-pool";
import { ComponentTargets } from "./run/failure-effects";
import { FaultInjector } from "./run/fault-injector";
import { InterruptionPolicy } from "./run/interruption-policy";
import { Invariants } from "./run/invariants";
import { Maintenance } from "./run/maintenance";
import { PipelinePlan } from "./run/pipeline-plan";
import { RepairShop } from "./run/repair-shop";
import { buildRunResult } from "./run/run-result";
import { Shard } from "./run/shard";
import { StartupModel } from "./run/startup-model";
import { TriggerSources } from "./run/trigger-sources";
import { WorkFlow } from "./run/work-flow";
import type { Scenario, TopologyConfig } from "./scenario-types";
import { DEFAULT_EVENT_BUDGET } from "./validation/validate-scenario";

export interface SimulateOptions {
  /** Inject the fault trace (false for the faults-off twin); default true. */
  faultsOn?: boolean;
  /**
   * Check the model's invariants (`run/invariants.ts`) every `checkInvariants` seconds of
   * simulated time and at the horizon; a violation throws. Default off (tests turn it on: the
   * checks add events, so fingerprints differ from an unchecked run).
   */
  checkInvariants?: number;
}

export function simulate(
  scenario: Scenario,
  topology: TopologyConfig,
  replication: number,
  options: SimulateOptions = {},
): RunResult {
  const horizon = us(scenario.horizon);
  const warmup = us(scenario.warmup ?? 0);
  const k = new Kernel({ horizon, eventBudget: scenario.eventBudget ?? DEFAULT_EVENT_BUDGET });
  const streams = new RandomStreams(scenario.seed, replication);
  const metrics = new Metrics(warmup, horizon, topology.costs);
  const ctx: RunContext = {
    k,
    scenario,
    topology,
    streams,
    metrics,
    faultsOn: options.faultsOn ?? true,
    warmup,
    horizon,
  };

  const plan = new PipelinePlan(scenario.workload, streams.stream("workload/durations"));
  const ex = topology.executors;
  const labels = ex.labels ?? ["default"];
  const pools = new Map<string, ExecutorPool>();
  const executors: Executor[] = [];
  // One pool per label, or per label and cell (`executors.cells`), sized by `countByLabel`.
  for (const label of labels) addExecutorPools(topology, label, pools, executors);
  const startup = ex.kind === "ephemeral" && ex.startup ? new StartupModel(ex.startup, streams) : null;
  const flow = new WorkFlow(ctx, plan, pools, startup);
  const { shards, members, shardOfTeam } = buildShards(ctx);
  // Backlog drain after outages: measured only when an objective asks (results keep their shape).
  if (scenario.slo.some((o) => o.metric === "backlogDrainTime"))
    metrics.backlog = new BacklogDrainLog(warmup, horizon, shards.length);
  const control = new ControlPlane(ctx, flow, shards, members, shardOfTeam);
  const deps = new Dependencies(ctx);
  deps.onBack = () => flow.dependencyBack();
  flow.control = control;
  flow.deps = deps;
  control.deps = deps;
  if (topology.sharedStore && topology.controllers.mode === "replica") {
    flow.contention = 1 + topology.sharedStore.lockContention * (topology.controllers.count - 1);
  }
  const policy = new InterruptionPolicy(flow);
  const outages = new ControllerOutages(
    control,
    policy,
    new RepairShop(k, topology.controllers.repairCrews ?? Number.POSITIVE_INFINITY),
  );
  const targets = new ComponentTargets(
    ctx,
    flow,
    policy,
    outages,
    members,
    executors,
    new RepairShop(k, ex.repairCrews ?? Number.POSITIVE_INFINITY),
    control,
  );
  if (recoveryActive(scenario, topology.recovery)) {
    // Disaster recovery: off unless the topology or the faults ask for it (results unchanged otherwise).
    const dr = new DisasterRecovery(ctx, control, outages, policy, executors);
    targets.addDisasterRecovery(dr);
    metrics.recovery = dr;
    dr.start();
  }
  const triggers = new TriggerSources(ctx, plan, control);
  if (scenario.workload.triggers.some((t) => t.kind === "saturated"))
    control.onDeparture = (p, refused) => triggers.replenish(p, refused);

  let invariants: Invariants | null = null;
  if (options.checkInvariants !== undefined) {
    invariants = new Invariants(ctx, control, flow, () => outages.openImpacts());
    control.invariants = invariants;
    invariants.schedule(Math.max(1, us(options.checkInvariants)));
  }
  if (scenario.maintenance !== undefined) {
    // Planned changes: off unless the scenario has them (results unchanged otherwise).
    metrics.unplannedAvailability = new TimeWeightedSeries(warmup, horizon, 1);
    metrics.outages.unplanned = new CensoredCollector();
    new Maintenance(ctx, scenario.maintenance, outages, members, targets).start();
  }
  control.updateAvailability();
  new FaultInjector(ctx, targets).start();
  triggers.start();
  k.run(horizon);
  invariants?.check();
  return buildRunResult(ctx, control, topology, replication);
}

/** Splits teams over shards: `shard` mode gives each controller its own shard (team i → shard i mod n). */
function buildShards(ctx: RunContext): {
  shards: Shard[];
  members: ControllerMember[];
  shardOfTeam: Int32Array;
} {
  const { topology, scenario } = ctx;
  const c = topology.controllers;
  const teams = scenario.workload.teams;
  const mode = topology.failover ? "failover" : c.mode === "replica" ? "replica" : "single";
  const shardCount = mode === "single" ? c.count : 1;
  const shardOfTeam = new Int32Array(teams);
  const teamLists: number[][] = Array.from({ length: shardCount }, () => []);
  for (let t = 0; t < teams; t++) {
    shardOfTeam[t] = t % shardCount;
    teamLists[t % shardCount]!.push(t);
  }
  const shards = teamLists.map(
    (list, i) => new Shard(i, mode, list, c.capacity, mode === "replica" ? (c.quorum ?? 1) : 1),
  );
  const members: ControllerMember[] = [];
  const nodes = topology.platform.nodes;
  const zones = topology.platform.zones;
  for (let i = 0; i < c.count; i++) {
    const shard = shards[mode === "single" ? i : 0]!;
    // Anti-affinity: controller i on node i mod nodes; node n in zone n mod zones; VMs spread over zones.
    const node = i % nodes;
    const zone = c.hosting === "pod" ? node % zones : i % zones;
    const m = new ControllerMember(i, `controller-${i}`, shard, node, zone, topology.platform);
    if (mode === "failover" && i > 0) m.role = "standby";
    shard.members.push(m);
    members.push(m);
  }
  return { shards, members, shardOfTeam };
}
