/**
 * The knobs the form offers: where each lives in the YAML, how to read its effective value from
 * a validated scenario (preset defaults included), its slider range, and how a slider position
 * is written back as human YAML ("45m", "99.5%", "20/h"). Sweeps reuse the numeric knobs, since
 * a knob's path is also sim-core's dotted path for `SweepSpec.parameter`.
 */
import {
  BACKUP_DEFAULTS,
  expandTopology,
  FAULT_CLASS_NAMES,
  REGION_STRATEGIES,
  RESTORE_DEFAULTS,
  type Scenario,
  STRATEGY_DEFAULTS,
  type TopologyConfig,
} from "@resilab/sim-core";
import type { YPath } from "../yaml/yaml-nodes";
import { featureKnobs } from "./feature-knobs";
import type { KnobUnit, NumericKnob } from "./knob-values";

const HOUR = 3600;
const DAY = 86_400;

/** Experiment-wide knobs. */
export function experimentKnobs(): NumericKnob[] {
  return [
    {
      id: "horizon",
      label: "Simulated time per replication",
      help: "How long each replication runs, in simulated time.",
      unit: "duration",
      path: ["horizon"],
      min: HOUR,
      max: 365 * DAY,
      log: true,
      read: (s) => s.horizon,
    },
    {
      id: "replications",
      label: "Replications",
      help: "Independent replications per topology; more narrow the intervals.",
      unit: "integer",
      path: ["replications"],
      min: 1,
      max: 200,
      log: true,
      read: (s) => s.replications,
    },
  ];
}

/** Workload knobs: teams and the rate of the first trigger source (when it has one). */
export function workloadKnobs(scenario: Scenario): NumericKnob[] {
  const knobs: NumericKnob[] = [
    {
      id: "teams",
      label: "Teams",
      help: "Teams sharing the platform; each trigger belongs to one team.",
      unit: "integer",
      path: ["workload", "teams"],
      min: 1,
      max: 500,
      log: true,
      read: (s) => s.workload.teams,
    },
  ];
  const first = scenario.workload.triggers[0];
  if (first !== undefined && "ratePerHour" in first) {
    knobs.push({
      id: "trigger-rate",
      label: "Trigger rate",
      help: "Pipeline triggers (commits, webhooks) per hour from the first trigger source.",
      unit: "rate",
      path: ["workload", "triggers", 0, "ratePerHour"],
      min: 0.5,
      max: 1000,
      log: true,
      read: (s) => {
        const t = s.workload.triggers[0];
        return t !== undefined && "ratePerHour" in t ? t.ratePerHour : undefined;
      },
    });
  }
  return knobs;
}

/** The failure classes of the scenario format, in its order (sim-core's one list). */
export const FAILURE_CLASSES = FAULT_CLASS_NAMES;
export type FailureClass = (typeof FAILURE_CLASSES)[number];

/** Words for a failure class. */
export const FAILURE_CLASS_LABEL: Record<FailureClass, string> = {
  controller: "Controller",
  executor: "Executor (agent)",
  node: "Platform node",
  zone: "Availability zone",
  store: "Shared store",
  agentPartition: "Agent network partition",
  controlPlane: "Kubernetes control plane",
  ingress: "Ingress (load balancer)",
  dns: "DNS",
  scm: "Source control (SCM)",
  registry: "Container image registry",
  artifactStore: "Artifact store",
  // A release's "repair" is the time until it is rolled back.
  release: "Bad release (repair = time to roll back)",
  region: "Region loss",
  // For corruption the "repair" is the time until it is noticed; the restore follows.
  corruption: "State corruption (repair = time to notice)",
};

/** MTBF and MTTR knobs of one failure class. */
export function failureKnobs(cls: FailureClass): NumericKnob[] {
  const label = FAILURE_CLASS_LABEL[cls];
  return [
    {
      id: `faults-${cls}-mtbf`,
      label: `${label}: mean time between failures`,
      help: "Mean time between failures of one component of this class (exponential unless the file says otherwise).",
      unit: "duration",
      path: ["faults", cls, "mtbf"],
      min: HOUR,
      max: 1000 * DAY,
      log: true,
      read: (s) => s.faults[cls]?.mtbf,
    },
    {
      id: `faults-${cls}-mttr`,
      label: `${label}: mean time to repair`,
      help: "Mean time a human or the cloud needs to repair one, when the platform cannot restart it itself.",
      unit: "duration",
      path: ["faults", cls, "mttr"],
      min: 10,
      max: 2 * DAY,
      log: true,
      read: (s) => s.faults[cls]?.mttr,
    },
  ];
}

function topologyKnob(
  index: number,
  id: string,
  label: string,
  help: string,
  unit: KnobUnit,
  path: readonly string[],
  range: { min: number; max: number; log: boolean; unlimited?: boolean },
  get: (config: TopologyConfig) => number | undefined,
): NumericKnob {
  return {
    id: `topology-${index}-${id}`,
    label,
    help,
    unit,
    path: ["topologies", index, "overrides", ...path],
    ...range,
    read: (s) => {
      const spec = s.topologies[index];
      return spec === undefined ? undefined : get(expandTopology(spec, index, s.shared));
    },
  };
}

/** The numeric knobs of topology `index` that apply to its composed configuration. */
export function topologyKnobs(scenario: Scenario, index: number): NumericKnob[] {
  const spec = scenario.topologies[index];
  if (spec === undefined) return [];
  const config = expandTopology(spec, index, scenario.shared);
  const knobs = [
    topologyKnob(
      index,
      "controllers",
      "Controllers",
      "Number of controllers (shards or replicas).",
      "integer",
      ["controllers", "count"],
      // A failover pair needs a primary and a standby.
      { min: config.failover === undefined ? 1 : 2, max: 100, log: true },
      (c) => c.controllers.count,
    ),
    topologyKnob(
      index,
      "executors",
      "Executors per label",
      "Static agents per label, or the most concurrent pods for ephemeral executors.",
      "integer",
      ["executors", "count"],
      { min: 1, max: 500, log: true },
      (c) => c.executors.count,
    ),
    topologyKnob(
      index,
      "intake",
      "Intake buffer",
      "Pipelines the buffer in front of the controllers holds (unlimited allowed).",
      "count",
      ["intake", "capacity"],
      { min: 1, max: 10_000, log: true, unlimited: true },
      (c) => c.intake.capacity,
    ),
    topologyKnob(
      index,
      "stage-buffer",
      "Stage buffer",
      "Queue in front of each executor label, between stages (unlimited by default).",
      "count",
      ["intake", "stageBuffer"],
      { min: 1, max: 1000, log: true, unlimited: true },
      (c) => c.intake.stageBuffer ?? Number.POSITIVE_INFINITY,
    ),
    topologyKnob(
      index,
      "retry-budget",
      "Retry budget",
      "Times the platform re-runs work lost to an infrastructure failure before giving up.",
      "integer",
      ["inFlight", "retryBudget"],
      { min: 0, max: 50, log: false },
      (c) => c.inFlight.retryBudget,
    ),
  ];
  if (config.executors.count >= 2) {
    knobs.push(
      topologyKnob(
        index,
        "executor-cells",
        "Executor cells",
        "Team-dedicated cells: each label's executors split into this many pools, a team using only its own (1 = one shared pool).",
        "integer",
        ["executors", "cells"],
        { min: 1, max: config.executors.count, log: false },
        (c) => c.executors.cells ?? 1,
      ),
    );
  }
  if (config.failover !== undefined) {
    knobs.push(
      topologyKnob(
        index,
        "failover-detection",
        "Failover detection",
        "Lease or heartbeat time until the standby notices the primary is gone.",
        "duration",
        ["failover", "detection"],
        { min: 1, max: 30 * 60, log: true },
        (c) => c.failover?.detection,
      ),
      topologyKnob(
        index,
        "failover-coverage",
        "Failover coverage",
        "Probability that a failover works (otherwise a human repairs the primary).",
        "percent",
        ["failover", "coverage"],
        { min: 0.5, max: 1, log: false },
        (c) => c.failover?.coverage,
      ),
    );
  }
  knobs.push(...recoveryKnobs(config, index), ...featureKnobs(config, index));
  return knobs;
}

/** Disaster recovery's knobs, for the parts of `recovery` the topology declares. */
function recoveryKnobs(config: TopologyConfig, index: number): NumericKnob[] {
  const r = config.recovery;
  if (r === undefined) return [];
  const knobs: NumericKnob[] = [];
  if (r.backup !== undefined)
    knobs.push(
      topologyKnob(
        index,
        "backup-interval",
        "Backup interval",
        "Time between backups of each shard's state; a restore loses the state written since the last good one.",
        "duration",
        ["recovery", "backup", "interval"],
        { min: 60, max: 7 * DAY, log: true },
        (c) => c.recovery?.backup?.interval,
      ),
      topologyKnob(
        index,
        "backup-retention",
        "Backup retention",
        "How long each backup is kept; a corruption noticed later than this has no good copy left.",
        "duration",
        ["recovery", "backup", "retention"],
        { min: HOUR, max: 365 * DAY, log: true },
        (c) => c.recovery?.backup?.retention ?? BACKUP_DEFAULTS.retention,
      ),
      topologyKnob(
        index,
        "restore-rate",
        "Restore rate (GB per hour)",
        "How fast a backup is copied back: restore time = overhead + state size / rate.",
        "rate",
        ["recovery", "restore", "rate"],
        { min: 1, max: 10_000, log: true },
        (c) => c.recovery?.restore?.rate ?? RESTORE_DEFAULTS.rate,
      ),
    );
  if (r.region !== undefined)
    knobs.push(
      topologyKnob(
        index,
        "region-detection",
        "Region loss: time to declare",
        "From the region's loss until recovery in the other region starts (noticed, disaster declared).",
        "duration",
        ["recovery", "region", "detection"],
        { min: 0, max: 1 * DAY, log: false },
        (c) => (c.recovery?.region === undefined ? undefined : strategyDefault(c, "detection")),
      ),
      topologyKnob(
        index,
        "region-provision",
        "Region loss: time to provision",
        "Time to bring compute up in the recovery region (deploy from code, start, scale up).",
        "duration",
        ["recovery", "region", "provision"],
        { min: 0, max: 1 * DAY, log: false },
        (c) => (c.recovery?.region === undefined ? undefined : strategyDefault(c, "provision")),
      ),
    );
  return knobs;
}

/** A region strategy's timing, its own or the strategy's default. */
function strategyDefault(c: TopologyConfig, key: "detection" | "provision"): number | undefined {
  const region = c.recovery?.region;
  if (region === undefined) return undefined;
  return region[key] ?? STRATEGY_DEFAULTS[region.strategy]?.[key];
}

/** Choice knobs of a topology. */
export interface ChoiceKnob {
  id: string;
  label: string;
  help: string;
  path: YPath;
  options: readonly string[];
  read(scenario: Scenario): string | undefined;
}

/** The in-flight policy and what triggers do when nobody accepts them. */
export function topologyChoices(index: number): ChoiceKnob[] {
  const read = (get: (c: TopologyConfig) => string | undefined) => (s: Scenario) => {
    const spec = s.topologies[index];
    return spec === undefined ? undefined : get(expandTopology(spec, index, s.shared));
  };
  return [
    {
      id: `topology-${index}-in-flight`,
      label: "Work lost mid-run",
      help: "What happens to a stage whose executor or controller was lost: restart, resume at a checkpoint, wait, or fail.",
      path: ["topologies", index, "overrides", "inFlight", "policy"],
      options: ["restart-from-scratch", "resume-from-checkpoint", "hold-until-return", "fail-and-notify"],
      read: read((c) => c.inFlight.policy),
    },
    {
      id: `topology-${index}-trigger-unavailable`,
      label: "Trigger while down",
      help: "What a trigger does when nobody can accept it: wait in a buffer, retry with backoff, or be lost.",
      path: ["topologies", index, "overrides", "onTriggerUnavailable"],
      options: ["buffer", "retry", "lose"],
      read: read((c) => c.onTriggerUnavailable),
    },
    {
      // Shown only for a topology with a failover manager (the field hides on undefined).
      id: `topology-${index}-failover-trigger`,
      label: "Failover started by",
      help: "automatic: the failover manager promotes the standby at detection; manual: a human paged at detection does (on-call response by time of the week, then the runbook).",
      path: ["topologies", index, "overrides", "failover", "trigger"],
      options: ["automatic", "manual"],
      read: read((c) => (c.failover === undefined ? undefined : (c.failover.trigger ?? "automatic"))),
    },
    {
      // Shown only when the scenario has planned changes (`maintenance`).
      id: `topology-${index}-upgrade-strategy`,
      label: "Planned upgrades rolled out",
      help: "How this design rolls out a planned controller change: full-restart (all at once), rolling (one at a time, standbys first) or blue-green (needs controllers.upgrade.cutover in the YAML).",
      path: ["topologies", index, "overrides", "controllers", "upgrade", "strategy"],
      options: ["full-restart", "rolling", "blue-green"],
      read: (s) =>
        s.maintenance === undefined
          ? undefined
          : read((c) => c.controllers.upgrade?.strategy ?? "full-restart")(s),
    },
    {
      // Shown only for a topology with a cross-region strategy (the field hides on undefined).
      id: `topology-${index}-region-strategy`,
      label: "Region loss recovery",
      help: "How the service comes back when its whole region is lost: restore backups elsewhere, start a pilot light, scale up a warm standby, or keep serving from a second active region.",
      path: ["topologies", index, "overrides", "recovery", "region", "strategy"],
      options: REGION_STRATEGIES,
      read: read((c) => c.recovery?.region?.strategy),
    },
  ];
}

/** Every numeric knob of the scenario, for the sweep picker (label prefixed with the topology name). */
export function sweepableKnobs(scenario: Scenario): NumericKnob[] {
  const knobs = [...experimentKnobs().filter((k) => k.id !== "replications"), ...workloadKnobs(scenario)];
  for (const cls of FAILURE_CLASSES) if (scenario.faults[cls] !== undefined) knobs.push(...failureKnobs(cls));
  scenario.topologies.forEach((spec, i) => {
    const name = expandTopology(spec, i).name;
    for (const k of topologyKnobs(scenario, i)) knobs.push({ ...k, label: `${name}: ${k.label}` });
  });
  return knobs.filter((k) => !k.unlimited);
}

/**
 * A knob for any numeric field, by its sim-core dotted path (e.g.
 * `workload.pipeline.stages.1.flakyProbability`); values are plain numbers in sim-core units.
 */
export function customKnob(path: string): NumericKnob {
  const steps = path.split(".").map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  return {
    id: "custom",
    label: path,
    help: "Any numeric field of the scenario, in sim-core units (seconds, fractions, per hour).",
    unit: "number",
    path: steps,
    min: Number.NEGATIVE_INFINITY,
    max: Number.POSITIVE_INFINITY,
    log: false,
    read: (s) => {
      let node: unknown = s;
      for (const step of steps)
        node =
          node !== null && typeof node === "object"
            ? (node as Record<string | number, unknown>)[step]
            : undefined;
      return typeof node === "number" ? node : undefined;
    },
  };
}

/** sim-core's dotted sweep parameter for a knob. */
export function sweepParameter(knob: NumericKnob): string {
  return knob.path.join(".");
}
