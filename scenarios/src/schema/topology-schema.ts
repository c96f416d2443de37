/**
 * Topologies: a preset plus overrides, deep-merged by sim-core's `expandTopology`. Every field of
 * the overrides is optional; without a preset, the overrides must describe the whole topology
 * (sim-core's validation says what is missing).
 */
import { z } from "zod";
import { distribution } from "./distribution-schema";
import { recovery } from "./recovery-schema";
import { strictObject } from "./strict-object";
import { count, countOrUnlimited, duration, fraction, name, nonNegative, oneOf } from "./values";

/** The preset names, as in sim-core's `PRESET_NAMES`. */
export const PRESETS = [
  "single",
  "active-passive",
  "active-active",
  "resilient-decoupled",
  "cloud-native",
] as const;

const controllers = strictObject({
  count: count(1, "Number of controllers.").exactOptional(),
  mode: oneOf(
    ["shard", "replica"],
    "shard: each owns a share of the teams; replica: all serve all teams behind the router.",
  ).exactOptional(),
  capacity: count(1, "Pipelines one controller orchestrates at once.").exactOptional(),
  boot: distribution.exactOptional().describe("Boot time after a restart."),
  bootGrowth: strictObject({
    perBuild: duration("Boot time added per build in the controller's history."),
    keepBuilds: count(0, "Builds kept (a build discarder); default all.").exactOptional(),
  })
    .exactOptional()
    .describe("Boot that grows with the controller's size (its build history); default none."),
  upgrade: strictObject({
    strategy: oneOf(
      ["full-restart", "rolling", "blue-green"],
      "How this design rolls out a planned controller change: all at once, one at a time, or a new set beside the old.",
    ),
    cutover: duration("Blue-green: how long a shard stops while it moves to the new set.").exactOptional(),
  })
    .exactOptional()
    .describe(
      "How planned controller changes (maintenance) are rolled out when the change does not say; default full-restart.",
    ),
  restartStorm: strictObject({
    perAgent: duration("Time the controller stays slowed per agent reconnecting."),
    slowFactor: nonNegative("How many times slower it runs meanwhile (≥ 1).", 1),
  })
    .exactOptional()
    .describe(
      "After a restart every agent reconnects: the controller runs slower for perAgent × agents; default none.",
    ),
  load: strictObject({
    failureGrowth: nonNegative(
      "Failure rate × (1 + failureGrowth × pipelines held / capacity); default 0 (no growth).",
    ).exactOptional(),
    bootPerAgent: duration("Boot time added per agent attached; default 0.").exactOptional(),
  })
    .exactOptional()
    .describe("What load does to a controller: failure rate and boot that grow with it; default none."),
  state: oneOf(
    ["none", "durable-disk", "shared-store", "declared-objects"],
    "How a controller's state survives its crash.",
  ).exactOptional(),
  hosting: oneOf(
    ["vm", "pod"],
    "vm: its own machine, lost with its zone; pod: on the platform's nodes, rescheduled when its node is lost.",
  ).exactOptional(),
  restart: oneOf(
    ["supervisor", "manual"],
    "What brings a crashed or hung controller back. supervisor (default): restarted automatically (systemd on a VM, the kubelet for a pod) with CrashLoopBackOff timing; manual: a repair crew fixes a VM-hosted one (the fault class's repair time).",
  ).exactOptional(),
  statefulVolume: z
    .boolean()
    .exactOptional()
    .describe("A single-replica stateful pod with a ReadWriteOnce volume."),
  repairCrews: countOrUnlimited(
    "Repair crews for VM-hosted controllers under restart: manual; default unlimited.",
  ).exactOptional(),
  quorum: count(
    1,
    "Replica mode: live replicas needed for the service to work at all (k of n); default 1.",
  ).exactOptional(),
});

const startup = strictObject({
  podStart: distribution.exactOptional(),
  imagePull: distribution.exactOptional(),
  agentConnect: distribution.exactOptional(),
});

const executors = strictObject({
  kind: oneOf(["static", "ephemeral"], "Static agents or ephemeral pods per stage.").exactOptional(),
  count: count(
    1,
    "Static: pool size per label; ephemeral: maximum concurrent pods per label.",
  ).exactOptional(),
  labels: z.array(name()).exactOptional().describe('Labels of the pool; default ["default"].'),
  countByLabel: z
    .record(name(), count(1, "Executors of this label."))
    .exactOptional()
    .describe(
      "Executors of these labels instead of count, e.g. {test: 4} (balance a line against its bottleneck).",
    ),
  cells: count(
    1,
    "Team-dedicated cells: each label's executors split into this many pools, team t using cell t mod cells only; default 1 (one shared pool).",
  ).exactOptional(),
  startup: startup.exactOptional().describe("Ephemeral startup = pod start + image pull + agent connect."),
  survivesControllerOutage: z
    .boolean()
    .exactOptional()
    .describe("Does a running stage survive its controller's outage?"),
  lossDetection: duration("Time until a lost executor is noticed.").exactOptional(),
  partitionDetection: duration(
    "Time until a silently partitioned agent is noticed; default 9m.",
  ).exactOptional(),
  repairCrews: countOrUnlimited().exactOptional(),
});

const intake = strictObject({
  capacity: countOrUnlimited("Pipelines the line buffer in front of the controllers holds.").exactOptional(),
  durable: z.boolean().exactOptional().describe("Does the buffer survive the crash of its owner?"),
  overflow: oneOf(["block", "drop"], "What a full buffer does with a new trigger.").exactOptional(),
  stageBuffer: countOrUnlimited(
    "Capacity of the queue in front of each executor label; default unlimited.",
  ).exactOptional(),
  decoupled: z
    .boolean()
    .exactOptional()
    .describe("Does the intake accept triggers while its controller is down?"),
});

const probe = strictObject({
  period: duration("Probe period.").exactOptional(),
  threshold: count(1, "Consecutive failures to act on.").exactOptional(),
});

const platform = strictObject({
  nodes: count(1).exactOptional(),
  zones: count(1).exactOptional(),
  liveness: probe.exactOptional().describe("Liveness probe: period × threshold to declare a hang."),
  crashLoop: strictObject({
    initial: duration().exactOptional(),
    max: duration().exactOptional(),
    reset: duration().exactOptional(),
  })
    .exactOptional()
    .describe(
      "CrashLoopBackOff: immediate restart, then initial doubling to max; reset after `reset` healthy.",
    ),
  nodeGrace: duration("node-monitor-grace-period.").exactOptional(),
  toleration: duration("tolerationSeconds for not-ready/unreachable taints.").exactOptional(),
  volumeDetach: duration("Force-detach wait for a ReadWriteOnce volume after node loss.").exactOptional(),
  nodeLossAutomation: oneOf(
    ["none", "force-delete", "out-of-service-taint"],
    "What frees a single-replica stateful pod on a lost node.",
  ).exactOptional(),
  volumeScope: oneOf(
    ["zonal", "regional"],
    "Where a controller's ReadWriteOnce volume can attach: zonal (default) only in its zone, so its pod waits out a zone outage; regional also in another zone.",
  ).exactOptional(),
});

const failover = strictObject({
  detection: duration("Lease or heartbeat detection time.").exactOptional(),
  coverage: fraction("Probability that a failover works.").exactOptional(),
  standby: oneOf(["warm", "cold"]).exactOptional(),
  switchTime: distribution
    .exactOptional()
    .describe("Switch time after detection: promotion (warm) or boot (cold)."),
  replicationLag: duration("State written in this last window before the failover is lost.").exactOptional(),
  trigger: oneOf(
    ["automatic", "manual"],
    "Who starts the failover: automatic (default) at detection, or manual: a human paged at detection (people's on-call response), who then runs manualSteps.",
  ).exactOptional(),
  manualSteps: distribution
    .exactOptional()
    .describe("Manual failover: the runbook's steps once the responder is at the keyboard; default 0."),
});

const costs = strictObject({
  controllerHour: nonNegative("Price of a controller VM per hour.").exactOptional(),
  controllerPodHour: nonNegative("Price of a controller pod per hour.").exactOptional(),
  standbyHour: nonNegative(
    "Price of an idle standby VM per hour (a standby pod costs controllerPodHour).",
  ).exactOptional(),
  executorHour: nonNegative(
    "Price of an agent VM per hour, or of an ephemeral pod per hour it runs.",
  ).exactOptional(),
  storeHour: nonNegative("Price of the shared store per hour.").exactOptional(),
  platformHour: nonNegative("Price of the Kubernetes platform (control plane) per hour.").exactOptional(),
  backupGBMonth: nonNegative(
    "Price of backup storage per GB-month (recovery.backup copies kept); default 0.023.",
  ).exactOptional(),
});

/** Overrides of a topology: any part of the composed configuration (`$defs/TopologyOverrides`). */
export const topologyOverrides = strictObject({
  controllers: controllers.exactOptional(),
  executors: executors.exactOptional(),
  intake: intake.exactOptional(),
  onTriggerUnavailable: oneOf(
    ["buffer", "retry", "lose"],
    "What a trigger does when nobody can accept it.",
  ).exactOptional(),
  triggerRetry: strictObject({
    initial: duration().exactOptional(),
    max: duration().exactOptional(),
    attempts: count(0).exactOptional(),
  })
    .exactOptional()
    .describe('Sender retry with exponential backoff when onTriggerUnavailable is "retry".'),
  inFlight: strictObject({
    policy: oneOf(
      ["restart-from-scratch", "resume-from-checkpoint", "hold-until-return", "fail-and-notify"],
      "What happens to work whose executor or controller was lost mid-run.",
    ).exactOptional(),
    retryBudget: count(0).exactOptional(),
  }).exactOptional(),
  platform: platform.exactOptional().describe("The Kubernetes-like platform."),
  failover: failover.exactOptional().describe("Failover manager (active-passive)."),
  router: strictObject({ healthCheck: probe.exactOptional() })
    .exactOptional()
    .describe("Router (active-active)."),
  sharedStore: strictObject({
    reconnect: duration("Time for the controllers to come back after the store returns.").exactOptional(),
    lockContention: nonNegative("Extra fraction of stage time per additional replica.").exactOptional(),
  }).exactOptional(),
  costs: costs.exactOptional().describe("Unit prices per hour, any currency."),
  recovery: recovery
    .exactOptional()
    .describe("Disaster recovery: backups, restores and the cross-region strategy; off when absent."),
}).meta({ id: "TopologyOverrides" }); // one definition in the JSON Schema for overrides and shared

/**
 * Settings every topology of the scenario shares: the same parts as overrides, deep-merged over
 * each preset and below each topology's own overrides.
 */
export const sharedSettings = topologyOverrides.describe(
  "Settings that apply to every topology: deep-merged over each preset, below each topology's own overrides. failover, router and sharedStore settings apply only to topologies that have one.",
);

/** A topology as written: `{preset, name?, overrides?}`. */
export const topology = strictObject({
  name: name("Name shown in reports; default: the preset name.").exactOptional(),
  preset: oneOf(PRESETS, "The preset to start from.").exactOptional(),
  overrides: topologyOverrides
    .exactOptional()
    .describe("Any part of the composed topology, deep-merged over the preset."),
});
