/**
 * The typed, plain-object scenario: the single input of a Resilab experiment. It is
 * JSON-serialisable (no functions, no classes) so it can cross worker boundaries and be hashed.
 *
 * Units: every duration is in **seconds**, every rate is **per hour** unless the field name says
 * otherwise, probabilities are in [0, 1]. The YAML layer (`@resilab/scenarios`) turns human
 * strings such as `"30s"`, `"2/h"` and `"99.9%"` into these numbers.
 */

import type { AssumptionSpec } from "../experiments/sensitivity/assumption-types";
import type { DistributionSpec } from "../random/distribution-spec";
import type { RecoverySpec } from "./recovery-spec";

/** What to do with a stage (and its pipeline) whose executor or controller was lost mid-run. */
export type InFlightPolicy =
  | "restart-from-scratch" // the whole pipeline starts again from its first stage
  | "resume-from-checkpoint" // the interrupted stage re-runs from the last checkpoint (stage start if none inside)
  | "hold-until-return" // the work waits for the same component to come back, then continues where it was
  | "fail-and-notify"; // the pipeline fails ("failed by infrastructure"); a human re-triggers nothing

/** What a trigger does when nobody can accept it. */
export type UnavailableTriggerPolicy = "buffer" | "retry" | "lose";

/** A source of pipeline triggers (commits, webhooks). */
export type TriggerSpec =
  | { kind: "poisson"; ratePerHour: number; teams?: number[] }
  | {
      kind: "business-hours";
      /** Rate inside business hours (per hour). */
      ratePerHour: number;
      /** Hour of day business starts, default 9. */
      startHour?: number;
      /** Hour of day business ends, default 17. */
      endHour?: number;
      /** Working days per week counted from the start of the simulation, default 5. */
      daysPerWeek?: number;
      teams?: number[];
    }
  | {
      kind: "burst";
      /** Mean time between bursts (seconds, exponential). */
      meanInterval: number;
      /** Triggers per burst. */
      size: number;
      teams?: number[];
    }
  /** An endless backlog: the line is never starved (manufacturing-style throughput studies). */
  | { kind: "saturated" };

/** One stage of a pipeline. */
export interface StageSpec {
  name: string;
  /** Working time of one attempt (seconds). */
  duration: DistributionSpec;
  /** Probability that an attempt fails on its own (a flaky test), default 0. */
  flakyProbability?: number;
  /** Retries after a flaky failure, default 0. */
  retries?: number;
  /** Executor label the stage needs; default "default". */
  label?: string;
  /** Names of the stages it waits for; default: the stage before it (sequential). `[]` = starts at once. */
  after?: string[];
  /** Checkpoints inside the stage (equal spacing); default 0: resume means re-running the stage. */
  checkpoints?: number;
}

export interface PipelineSpec {
  stages: StageSpec[];
}

export interface WorkloadSpec {
  /** Number of teams; each trigger belongs to one team (uniformly unless the source names teams). */
  teams: number;
  triggers: TriggerSpec[];
  pipeline: PipelineSpec;
  /** End-user requests that need the service (retail-style); rate per second. */
  endUser?: { requestsPerSecond: number; blockedThreshold: number };
}

/** Stochastic failures of one component class. Times in seconds. */
export interface FailureClassSpec {
  /** Mean time between failures (seconds); time to failure is exponential unless `timeToFailure` is given. */
  mtbf: number;
  timeToFailure?: DistributionSpec;
  /** Time to repair when a human (or the cloud) must fix it; default exponential with mean `mttr`. */
  mttr: number;
  repair?: DistributionSpec;
  /** Mix of failure modes; default all crash. */
  modes?: { crash?: number; hang?: number; slow?: number };
  /** Slow mode: work runs this many times slower, default 3. */
  slowFactor?: number;
  /** Failure clock: wall time (default) or only while the component is working (operation-dependent). */
  clock?: "wall" | "operating";
  /**
   * Repair time per failure mode (seconds), replacing `repair`/`mttr` for the modes it names (a
   * hang fixed by a restart, a crash needing a rebuild). Drawn from the component's own
   * `…/repair-by-mode` stream, so the fault trace's three draws per cycle stay as they are.
   */
  repairByMode?: { crash?: DistributionSpec; hang?: DistributionSpec; slow?: DistributionSpec };
}

export interface ChaosEvent {
  /** Seconds after the start of the run. */
  at: number;
  /**
   * `controller-<i>`, `executor-<i>`, `node-<i>`, `zone-<name>`, `store`, `partition-<i>` (agent
   * partition), or a dependency: `control-plane`, `ingress`, `dns`, `scm`, `registry`,
   * `artifact-store`, `release`; disaster recovery: `region`, `corruption-<shard>`.
   */
  target: string;
  kind: "crash" | "hang" | "down";
  /** How long it stays down (seconds); default: its class's repair time. */
  duration?: number;
}

/** The physical fault trace. Identical across topologies under common random numbers. */
export interface FaultSpec {
  controller?: FailureClassSpec;
  executor?: FailureClassSpec;
  node?: FailureClassSpec;
  zone?: FailureClassSpec;
  store?: FailureClassSpec;
  /** An agent silently cut off from its controller (no TCP reset). */
  agentPartition?: FailureClassSpec;
  /**
   * Dependencies every real platform has, each one shared by all topologies (its own stream, so
   * every topology sees the same outages); effects in `docs/model.md`:
   * - `controlPlane`: the Kubernetes API server / etcd — no new pods, declared objects unreadable;
   * - `ingress`: the webhook receiver / ingress — no trigger reaches any controller;
   * - `dns`: DNS or the load balancer — no trigger arrives and no state is shown;
   * - `scm`: the source host — checkouts (a pipeline's first stages) cannot start;
   * - `registry`: the container registry — no new executor pod can pull its image;
   * - `artifactStore`: stages cannot upload their results, so they cannot complete;
   * - `release`: a bad release or configuration pushed to every controller (and the standby):
   *   all crash and stay down until a human rolls it back (`mttr`).
   */
  controlPlane?: FailureClassSpec;
  ingress?: FailureClassSpec;
  dns?: FailureClassSpec;
  scm?: FailureClassSpec;
  registry?: FailureClassSpec;
  artifactStore?: FailureClassSpec;
  release?: FailureClassSpec;
  /**
   * Loss of the whole region the platform runs in (every zone, its API server, ingress and
   * storage): down for the repair time unless the topology's `recovery.region` strategy brings
   * the service back elsewhere first (`run/disaster-recovery.ts`). Chaos target `region`.
   */
  region?: FailureClassSpec;
  /**
   * Silent corruption of one shard's state, replicated to its standby, its replicas or the shared
   * store; here `mttr` is the time until it is **noticed**. Then only a restore from the last good
   * backup brings the shard back, losing the state written since that backup. Chaos target
   * `corruption-<shard>`.
   */
  corruption?: FailureClassSpec;
  chaos?: ChaosEvent[];
}

/** An on-call shift: the response time of whoever is paged on these days between these hours. */
export interface OnCallShift {
  /** Days of the week it covers, 0 = Monday … 6 = Sunday (the day the shift starts). */
  days: number[];
  /** Hour of day it starts, 0–24 (fractions allowed). */
  from: number;
  /** Hour of day it ends, 0–24; `to` ≤ `from` runs past midnight into the next day. */
  to: number;
  /** Page → hands on keyboard (seconds). */
  response: DistributionSpec;
}

/**
 * The people who act when automation cannot: the on-call responder paged for manual repairs,
 * manual failovers and release rollbacks. Off (absent) by default: repairs then start at once.
 */
export interface PeopleSpec {
  /** Seconds after Monday 00:00 that simulation time 0 falls on (0–604800); default 0. */
  weekStart?: number;
  /** Response outside every shift (seconds). */
  response: DistributionSpec;
  /** Shifts, first match wins; a page outside every shift uses `response`. */
  schedule?: OnCallShift[];
}

/**
 * A planned change, repeated every `every` seconds (at the next maintenance window's start when
 * the scenario has one). What it does depends on the topology (`run/maintenance.ts`).
 */
export type PlannedChange =
  | {
      /** A new controller version; `plugin-update`: plugins need a controller restart too. */
      kind: "controller-upgrade" | "plugin-update";
      every: number;
      /**
       * `full-restart`: every controller at once; `rolling`: one controller at a time (standbys
       * first), the next when it serves again; `blue-green`: a new set booted beside the old one,
       * then each shard cut over in `cutover` seconds. Default: each topology's
       * `controllers.upgrade.strategy`, else `full-restart`.
       */
      strategy?: "full-restart" | "rolling" | "blue-green";
      /** Work before each restarted controller boots (seconds), default 0. */
      duration?: number;
      /** Blue-green: how long a shard stops while it moves to the new set (seconds); required with `strategy: blue-green`. */
      cutover?: number;
    }
  | {
      /** Platform nodes drained (kubectl drain) and rebooted, `maxUnavailable` at a time. */
      kind: "node-drain";
      every: number;
      /** Each node is down for this long (seconds): reboot, OS or kubelet upgrade. */
      duration: number;
      /** Disruption budget: nodes drained at once, default 1. */
      maxUnavailable?: number;
    };

/** Planned maintenance: identical for every topology of a comparison. */
export interface MaintenanceSpec {
  /** A weekly window on the `people.weekStart` calendar: changes start at its start. */
  window?: { days: number[]; from: number };
  changes: PlannedChange[];
}

export type PresetName =
  | "single"
  | "active-passive"
  | "active-active"
  | "resilient-decoupled"
  | "cloud-native";

export const PRESET_NAMES: readonly PresetName[] = [
  "single",
  "active-passive",
  "active-active",
  "resilient-decoupled",
  "cloud-native",
];

/** How a controller's state survives its crash. */
export type ControllerState = "none" | "durable-disk" | "shared-store" | "declared-objects";

export interface ControllerSpec {
  /** Number of controllers. */
  count: number;
  /** `shard`: each owns an equal share of the teams; `replica`: all serve all teams behind the router. */
  mode: "shard" | "replica";
  /** Pipelines one controller orchestrates at once. */
  capacity: number;
  /** Boot time after a restart (seconds). */
  boot: DistributionSpec;
  /**
   * Boot that grows with the controller's size: `perBuild` seconds more for every build in its
   * shard's history (pipelines ever triggered), counting at most `keepBuilds` (a build discarder);
   * default none.
   */
  bootGrowth?: { perBuild: number; keepBuilds?: number };
  /**
   * Restart storm: after a controller comes back, every agent reconnects and the backlog drains
   * through it — it runs `slowFactor` times slower (the stages it dispatches) for `perAgent`
   * seconds × agents attached (static agents, or pods running work); default none.
   */
  restartStorm?: { perAgent: number; slowFactor: number };
  /**
   * Load on the controller (`run/controller-load.ts`; default none): its failure rate is
   * multiplied by 1 + `failureGrowth` × pipelines it holds / `capacity` (0 = no growth), and each
   * boot takes `bootPerAgent` seconds more per agent attached (0 = none).
   */
  load?: { failureGrowth?: number; bootPerAgent?: number };
  /**
   * How this design rolls out a planned controller change (`maintenance`) whose change does not
   * say: `full-restart` (default), `rolling` or `blue-green` with its `cutover` (seconds).
   */
  upgrade?: { strategy: "full-restart" | "rolling" | "blue-green"; cutover?: number };
  state: ControllerState;
  /**
   * Where it runs: `vm` — its own machine, lost with its zone; `pod` — on the platform's nodes,
   * rescheduled by Kubernetes when its node is lost (eviction, volume detach).
   */
  hosting: "vm" | "pod";
  /**
   * What brings a crashed or hung controller process back. `supervisor` (default): restarted
   * automatically — by systemd on a VM, by the kubelet for a pod — with the platform's
   * CrashLoopBackOff timing, a hang noticed after the liveness period × threshold; `manual`: a
   * repair crew fixes a VM-hosted controller (the fault class's repair time). A pod is always
   * restarted by the kubelet.
   */
  restart?: "supervisor" | "manual";
  /** A single-replica stateful pod with a ReadWriteOnce volume (at-most-one semantics on node loss). */
  statefulVolume: boolean;
  /** Repair crews for VM-hosted controllers (Infinity = independent repair). Default Infinity. */
  repairCrews?: number;
  /** Replica mode: live replicas needed for the service to work at all (k of n); default 1. */
  quorum?: number;
}

export interface ExecutorSpec {
  kind: "static" | "ephemeral";
  /** Static: pool size per label; ephemeral: maximum concurrent pods per label. */
  count: number;
  /** Labels of the pool; default ["default"]. Every label gets `count` executors. */
  labels?: string[];
  /** Executors of these labels instead of `count` (a line's stations balanced against the bottleneck). */
  countByLabel?: Record<string, number>;
  /**
   * Cells: each label's executors are split into this many team-dedicated cells (executor i of a
   * label in cell i mod cells; team t uses cell t mod cells only). Default 1: one shared pool.
   */
  cells?: number;
  /** Ephemeral startup = pod start + image pull + agent connect (seconds). */
  startup?: { podStart: DistributionSpec; imagePull: DistributionSpec; agentConnect: DistributionSpec };
  /** Does a running stage survive its controller's outage (decoupled execution)? */
  survivesControllerOutage: boolean;
  /** Seconds until a lost executor is noticed (ChannelPinger for agents, pod watch for pods). */
  lossDetection: number;
  /** Seconds until a silently partitioned agent is noticed; default 540 (ChannelPinger 300 + 240). */
  partitionDetection?: number;
  repairCrews?: number;
}

export interface IntakeSpec {
  /** Capacity of the line buffer in front of the controllers (pipelines waiting to be taken). */
  capacity: number;
  /** Does the buffer survive the crash of its owner? */
  durable: boolean;
  overflow: "block" | "drop";
  /** Capacity of the queue in front of each executor label (the buffer between stages); default unbounded. */
  stageBuffer?: number;
  /** Does the intake accept triggers while its controller is down (an API server or event bus in front)? */
  decoupled: boolean;
}

export interface PlatformSpec {
  nodes: number;
  zones: number;
  /** Liveness probe: period (s) × failureThreshold to declare a hang. */
  liveness: { period: number; threshold: number };
  /** CrashLoopBackOff: first restart immediate, then initial doubling to max; reset after `reset` s healthy. */
  crashLoop: { initial: number; max: number; reset: number };
  /** node-monitor-grace-period (s). */
  nodeGrace: number;
  /** tolerationSeconds for not-ready/unreachable taints (s). */
  toleration: number;
  /** Force-detach wait for a ReadWriteOnce volume after node loss (s). */
  volumeDetach: number;
  /**
   * What frees a single-replica stateful pod (ReadWriteOnce volume) on a lost node:
   * `none` — it stays stuck until the node returns ("at most one" semantics);
   * `force-delete` — automation force-deletes it at eviction, then the volume waits `volumeDetach`;
   * `out-of-service-taint` — force-delete at eviction and the volume detaches at once.
   */
  nodeLossAutomation: "none" | "force-delete" | "out-of-service-taint";
  /**
   * Where a controller's ReadWriteOnce volume can attach: `zonal` (default; an EBS volume, a zonal
   * persistent disk) only in its own zone, so under a zone outage its pod waits for the zone;
   * `regional` (a regional persistent disk) also in another zone, after the node-loss steps above.
   */
  volumeScope?: "zonal" | "regional";
}

export interface FailoverSpec {
  /** Lease/heartbeat detection time (s). */
  detection: number;
  /** Probability that a failover works. */
  coverage: number;
  /** `warm`: the standby runs (and can fail) while it waits; `cold`: it is off and cannot fail until promoted. */
  standby: "warm" | "cold";
  /** Switch time after detection (s): promotion (warm) or boot (cold). */
  switchTime: DistributionSpec;
  /** State written in the last `replicationLag` seconds before the failover is lost (s). */
  replicationLag: number;
  /**
   * Who starts the failover: `automatic` (default) — the failover manager, at detection;
   * `manual` — a human paged at detection (`people` on-call response for that time of the week),
   * who then runs `manualSteps` before the switch.
   */
  trigger?: "automatic" | "manual";
  /** Manual failover: the runbook steps after the responder is at the keyboard (seconds); default 0. */
  manualSteps?: DistributionSpec;
}

export interface RouterSpec {
  /** Health check period (s) × threshold failures to eject a replica. */
  healthCheck: { period: number; threshold: number };
}

/** Shared storage the controllers depend on (state "shared-store"): a common cause for all of them. */
export interface SharedStoreSpec {
  /** Seconds for the controllers to come back after the store returns (they hang on it and must restart). */
  reconnect: number;
  /** Extra fraction of stage time spent on lock contention per additional replica. */
  lockContention: number;
}

/** Unit prices per hour, any currency. */
export interface CostSpec {
  /** A controller on its own VM. */
  controllerHour: number;
  /** A controller as a pod (a share of a node; small controllers are small pods). */
  controllerPodHour: number;
  /** An idle standby VM (a standby pod is priced at `controllerPodHour`, like the pod it stands in for). */
  standbyHour: number;
  /** An agent VM for every hour it exists, or an ephemeral pod for every hour it runs (startup included). */
  executorHour: number;
  /** Shared storage. */
  storeHour: number;
  /** The Kubernetes platform itself (control plane, system pods), when anything runs as a pod. */
  platformHour: number;
  /**
   * Backup storage per GB-month (the copies `recovery.backup` keeps, priced by the GB-hour they
   * are kept); default 0.023 (object storage). Used only with `recovery`.
   */
  backupGBMonth?: number;
}

/** A composed topology: what a preset expands to. */
export interface TopologyConfig {
  name: string;
  preset?: PresetName;
  controllers: ControllerSpec;
  executors: ExecutorSpec;
  intake: IntakeSpec;
  onTriggerUnavailable: UnavailableTriggerPolicy;
  /** Sender retry with exponential backoff (seconds) when `onTriggerUnavailable` is "retry". */
  triggerRetry: { initial: number; max: number; attempts: number };
  inFlight: { policy: InFlightPolicy; retryBudget: number };
  platform: PlatformSpec;
  failover?: FailoverSpec;
  router?: RouterSpec;
  sharedStore?: SharedStoreSpec;
  costs: CostSpec;
  /** Backups, restores and the cross-region strategy (`recovery-spec.ts`); off when absent. */
  recovery?: RecoverySpec;
}

/** Any part of a composed topology, deep-merged over a preset (a topology's `overrides`, a scenario's `shared`). */
export type TopologyOverrides = DeepPartial<Omit<TopologyConfig, "name" | "preset">>;

/** A topology as a user writes it: a preset plus any overrides (deep-merged), or a full config. */
export interface TopologySpec {
  name?: string;
  preset?: PresetName;
  overrides?: TopologyOverrides;
}

export type DeepPartial<T> = T extends (infer U)[]
  ? U[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** Metrics that objectives can refer to (see metrics/summary). */
export type MetricName =
  | "outageDuration" // seconds, per service outage of a shard (team group), censoring-aware
  | "interruptionRecovery" // seconds, per failure that interrupted work: until that work runs again
  | "detectionTime" // seconds, per incident
  | "availability" // fraction of time triggers are accepted
  | "stateAvailability" // fraction of time state can be shown
  | "leadTime" // seconds, per succeeded pipeline
  | "feedbackTime" // seconds, per commit: trigger → end, any outcome; lost = never (censoring-aware)
  | "failureDelay" // seconds, mean extra lead time vs the faults-off twin
  | "lostPipelines" // count per replication
  | "failedByInfrastructure" // count per replication
  | "successRate" // fraction of finished pipelines that succeeded
  | "throughput" // pipelines finished per hour
  | "deploymentsPerDay"
  | "workLost" // executor-seconds redone per replication
  | "blockedRequestTime" // seconds an end-user request is blocked (p-quantile over requests)
  | "dataLost" // seconds of state lost per recovery event (achieved RPO), per shard hit
  | "restoreTime" // seconds per recovery event until the shard serves again (achieved RTO), censoring-aware
  | "cost" // per replication-hour
  | "unplannedAvailability" // availability counting planned maintenance as up (only with `maintenance`)
  | "unplannedOutageDuration" // outageDuration without the outages planned changes caused (only with `maintenance`)
  | "backlogDrainTime"; // seconds per service outage: service back → the shard's backlog back to its pre-outage level

export interface Objective {
  /** Human label, e.g. "p99 recovery ≤ 2 min". Default: generated. */
  name?: string;
  metric: MetricName;
  /** For per-event metrics: the statistic. Default "mean"; "p50".."p99.9", "max". */
  stat?: "mean" | "max" | "p50" | "p90" | "p95" | "p99";
  op: "<=" | ">=";
  /** Target in the metric's unit (seconds, fraction, count). */
  target: number;
}

export interface Scenario {
  name: string;
  description?: string;
  /** Base seed of the experiment. */
  seed: number;
  /** Simulated time per replication (seconds). */
  horizon: number;
  /** Leading time excluded from statistics (seconds), default 0. */
  warmup?: number;
  replications: number;
  workload: WorkloadSpec;
  faults: FaultSpec;
  /** On-call people and their weekly schedule (`run/on-call.ts`); default none. */
  people?: PeopleSpec;
  /** Planned changes and maintenance windows (`run/maintenance.ts`); default none. */
  maintenance?: MaintenanceSpec;
  /**
   * Settings that apply to every topology, deep-merged over each preset and below each topology's
   * own overrides. Parts of an optional component (`failover`, `router`, `sharedStore`) apply only
   * to the topologies that have it.
   */
  shared?: TopologyOverrides;
  topologies: TopologySpec[];
  slo: Objective[];
  /** Safety net: the most events one replication may process, default 2e8. */
  eventBudget?: number;
  /** Parameters whose value is uncertain, with their ranges (sensitivity, `--uncertainty`; docs/sensitivity.md). */
  assumptions?: AssumptionSpec[];
}
