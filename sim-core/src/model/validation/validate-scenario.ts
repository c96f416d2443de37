/**
 * `validateScenario`: checks a plain-object scenario before any simulation starts and reports
 * every problem at once (path, value, what is allowed). Besides types and ranges it checks
 * consistency: stage dependencies, labels, presets, and whether a replication would exceed the
 * event budget (a scenario that would run "forever").
 */
import { ValidationError } from "../../errors";
import { expandTopology } from "../expand-topology";
import { DEPENDENCY_CLASSES } from "../fault-classes";
import { dependencyTarget } from "../run/dependencies";
import { totalExecutors } from "../run/executor-cells";
import {
  type MetricName,
  PRESET_NAMES,
  type PresetName,
  type Scenario,
  type TopologyConfig,
} from "../scenario-types";
import { Checker } from "./checker";
import { estimateTopologyEvents } from "./event-estimate";
import { MAX_EVENT_BUDGET, MAX_HORIZON } from "./limits";
import { OBJECTIVE_STAT_NAMES, objectiveLabel, statAllowed, statsAllowedFor } from "./objective-stats";
import { checkMaintenance } from "./validate-maintenance";
import { checkPeople, checkRepairByMode } from "./validate-people";
import { checkDistribution, checkTopology } from "./validate-topology";
import { checkFaults, checkWorkload } from "./validate-workload";

export const METRIC_NAMES: readonly MetricName[] = [
  "outageDuration",
  "interruptionRecovery",
  "detectionTime",
  "availability",
  "stateAvailability",
  "leadTime",
  "feedbackTime",
  "failureDelay",
  "lostPipelines",
  "failedByInfrastructure",
  "successRate",
  "throughput",
  "deploymentsPerDay",
  "workLost",
  "blockedRequestTime",
  "cost",
  "dataLost",
  "restoreTime",
  "backlogDrainTime",
  "unplannedAvailability",
  "unplannedOutageDuration",
];

/** Default event budget per replication (a safety net against runaway scenarios). */
export const DEFAULT_EVENT_BUDGET = 200_000_000;

/**
 * Upper estimate of the events of one replication (the heaviest topology's): the workload, every
 * component's fault cycles, chaos and backups (`event-estimate.ts`). `topologies` are the expanded
 * configurations when the caller has them.
 */
export function estimateEvents(s: Scenario, topologies?: readonly TopologyConfig[]): number {
  const configs = topologies ?? s.topologies.map((spec, i) => expandTopology(spec, i, s.shared));
  let most = 0;
  for (const t of configs) most = Math.max(most, estimateTopologyEvents(s, t).total);
  return most;
}

export function validateScenario(input: unknown): Scenario {
  const c = new Checker();
  if (!c.object("", input)) c.throwIfAny();
  const s = input as Scenario;
  c.string("name", s.name);
  c.string("description", s.description, true);
  c.number("seed", s.seed, { min: 0, max: 2 ** 32 - 1, integer: true });
  c.number("horizon", s.horizon, { above: 0, max: MAX_HORIZON });
  c.number("warmup", s.warmup, { min: 0, optional: true });
  if (typeof s.warmup === "number" && typeof s.horizon === "number" && s.warmup >= s.horizon) {
    c.add("warmup", s.warmup, `less than the horizon (${s.horizon} s)`);
  }
  c.number("replications", s.replications, { min: 1, max: 100_000, integer: true });
  c.number("eventBudget", s.eventBudget, { min: 1, max: MAX_EVENT_BUDGET, integer: true, optional: true });
  const workloadOk = c.object("workload", s.workload) && checkWorkload(c, s.workload);
  if (c.object("faults", s.faults)) {
    checkFaults(c, s.faults);
    checkRepairByMode(c, s.faults);
  }
  checkPeople(c, s.people);
  checkMaintenance(c, s.maintenance);
  const shared = s.shared === undefined || c.object("shared", s.shared) ? s.shared : undefined;
  const topologies: TopologyConfig[] = [];
  if (c.array("topologies", s.topologies, 1)) {
    const names = new Set<string>();
    s.topologies.forEach((spec, i) => {
      if (!c.object(`topologies.${i}`, spec)) return;
      if (spec.preset !== undefined && !PRESET_NAMES.includes(spec.preset as PresetName)) {
        c.oneOf(`topologies.${i}.preset`, spec.preset, PRESET_NAMES);
        return;
      }
      c.capture(() => {
        const config = expandTopology(spec, i, shared);
        if (names.has(config.name))
          c.add(`topologies.${i}.name`, config.name, "a name not used by another topology");
        names.add(config.name);
        topologies.push(config);
        if (workloadOk) checkTopology(c, `topologies.${i}`, config, s.workload);
      });
    });
  }
  if (c.array("slo", s.slo)) {
    s.slo.forEach((o, i) => {
      if (!c.object(`slo.${i}`, o)) return;
      if ((o.metric as string) === "recoveryTime")
        c.add(
          `slo.${i}.metric`,
          o.metric,
          "recoveryTime was split in two: outageDuration (a team's service down until it serves again) or interruptionRecovery (interrupted work until it runs again)",
        );
      else c.oneOf(`slo.${i}.metric`, o.metric, METRIC_NAMES);
      c.oneOf(`slo.${i}.op`, o.op, ["<=", ">="]);
      c.number(`slo.${i}.target`, o.target, {});
      if (o.stat !== undefined && !OBJECTIVE_STAT_NAMES.includes(o.stat)) {
        c.add(`slo.${i}.stat`, o.stat, `one of ${OBJECTIVE_STAT_NAMES.join(", ")}`);
      } else if (o.stat !== undefined && METRIC_NAMES.includes(o.metric) && !statAllowed(o.metric, o.stat)) {
        c.add(`slo.${i}.stat`, o.stat, statsAllowedFor(o.metric), `objective "${objectiveLabel(o)}"`);
      }
    });
  }
  // Only with chaos events: listing every component costs a string per executor (up to 10^6).
  if (c.issues.length === 0 && (s.faults.chaos ?? []).length > 0) checkChaosTargets(c, s, topologies);
  if (c.issues.length === 0) {
    const budget = s.eventBudget ?? DEFAULT_EVENT_BUDGET;
    for (const t of topologies) {
      const e = estimateTopologyEvents(s, t);
      if (e.total <= budget) continue;
      const parts = [
        ["the workload", e.workload],
        ["fault cycles", e.faults],
        ["chaos", e.chaos],
      ] as const;
      const [what] = parts.reduce((a, b) => (b[1] > a[1] ? b : a));
      c.add(
        "horizon",
        s.horizon,
        `a horizon whose replications fit the event budget (topology "${t.name}": estimated ${e.total.toExponential(2)} events per replication > eventBudget ${budget}, mostly ${what}); shorten the horizon, lower the trigger rate, the failure rates or the number of executors, or raise eventBudget (at most ${MAX_EVENT_BUDGET})`,
      );
      break;
    }
  }
  c.throwIfAny();
  return s;
}

/** Names of the physical components a topology has (what chaos events can target). */
export function componentNames(t: TopologyConfig): string[] {
  const names: string[] = [];
  for (let i = 0; i < t.controllers.count; i++) names.push(`controller-${i}`);
  const executors = totalExecutors(t);
  for (let i = 0; i < executors; i++) names.push(`executor-${i}`, `partition-${i}`);
  if (t.controllers.hosting === "pod" || t.executors.kind === "ephemeral") {
    for (let i = 0; i < t.platform.nodes; i++) names.push(`node-${i}`);
  }
  for (let z = 0; z < t.platform.zones; z++) names.push(`zone-${zoneName(z)}`);
  if (t.controllers.state === "shared-store") names.push("store");
  // Shared dependencies exist for every topology (what their outage blocks depends on the design).
  names.push(...DEPENDENCY_CLASSES.map(dependencyTarget), "release");
  // Disaster recovery: the region, and each shard's state (one shard per controller unless they
  // fail over or replicate, as `simulate` builds them).
  names.push("region");
  const shards = t.failover === undefined && t.controllers.mode === "shard" ? t.controllers.count : 1;
  for (let i = 0; i < shards; i++) names.push(`corruption-${i}`);
  return names;
}

/** Zone names: a, b, c, … z, then a26, b27, … */
export function zoneName(z: number): string {
  return String.fromCharCode(97 + (z % 26)) + (z >= 26 ? String(z) : "");
}

/** A chaos event must hit something in at least one topology (a topology without it skips it). */
function checkChaosTargets(c: Checker, s: Scenario, topologies: TopologyConfig[]): void {
  const known = new Set(topologies.flatMap(componentNames));
  (s.faults.chaos ?? []).forEach((e, i) => {
    if (!known.has(e.target)) {
      const sample = [...known].filter((n) => n.split("-")[0] === e.target.split("-")[0]).slice(0, 6);
      c.add(
        `faults.chaos.${i}.target`,
        e.target,
        `a component of one of the topologies${sample.length > 0 ? `, e.g. ${sample.join(", ")}` : ""}`,
      );
    }
  });
}

export { checkDistribution, ValidationError };
