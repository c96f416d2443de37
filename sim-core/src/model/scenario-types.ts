/**
 * The typed, plain-object scenario: the single input of a Resilab experiment. It is
 * JSON-serialisable (no functions, no classes) so it can cross worker boundaries and be hashed.
 *
 * Units: every duration is in **seconds**, every rate is **per hour** unless the field name says
 * otherwise, probabilities are in [0, 1]. The YAML layer (`@resilab/scenarios`) turns human
 * strings such as `"30s"`, `"2/h"` and `"99.9%"` into these numbers.
 */
import type { DistributionSpec } from "../random/distribution-spec";

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
}

export interface ChaosEvent {
  /** Seconds after the start of the run. */
  at: number;
  /**
   * `controller-<i>`, `executor-<i>`, `node-<i>`, `zone-<name>`, `store`, `partition-<i>` (agent
   * partition), or a dependency: `control-plane`, `ingress`, `dns`, `scm`, `registry`,
   * `artifact-store`, `release`.
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
  chaos?: ChaosEvent[];
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
  | "cost"; // per replication-hour

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
}
