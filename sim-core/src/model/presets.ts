/**
 * Topology presets as compositions of the model's components. A comparison is only as fair as its
 * presets, so every preset starts from one shared base — executors, in-flight policy, restart and
 * repair process, platform, intake, trigger senders and prices — and sets only what its design is:
 * how many controllers, how they are hosted and keep their state, and the failover manager,
 * router, shared store or decoupled intake in front of them. Every value cites its section of
 * `docs/parameters.md`; `docs/model.md` ("Presets") explains each remaining difference.
 */
import type { DistributionSpec } from "../random/distribution-spec";
import type {
  ControllerSpec,
  CostSpec,
  FailoverSpec,
  PlatformSpec,
  PresetName,
  SharedStoreSpec,
  TopologyConfig,
} from "./scenario-types";

/**
 * Jenkins controller boot: about 20 s for a small JENKINS_HOME to 90 s and more for a large one,
 * p95 at the chart's 120 s startup budget (docs/parameters.md, "Jenkins controllers and agents").
 */
const JENKINS_BOOT: DistributionSpec = { kind: "lognormal", median: 45, p95: 120 };

/** Kubernetes defaults (docs/parameters.md, "Kubernetes platform"). */
export const DEFAULT_PLATFORM: PlatformSpec = {
  nodes: 6,
  zones: 3,
  // Jenkins chart liveness probe: 5 × 10 s ≈ 50 s to declare a hang.
  liveness: { period: 10, threshold: 5 },
  // CrashLoopBackOff: immediate, then 10 s doubling to 300 s, reset after 10 min (KEP-4603).
  crashLoop: { initial: 10, max: 300, reset: 600 },
  // node-monitor-grace-period 50 s since kubernetes#126287.
  nodeGrace: 50,
  // DefaultTolerationSeconds: 300 s for not-ready/unreachable.
  toleration: 300,
  // maxWaitForUnmountDuration hard-coded at 6 min (kubernetes#68086).
  volumeDetach: 360,
  // Assumption: a node-lifecycle automation force-deletes stuck pods at eviction.
  nodeLossAutomation: "force-delete",
  // ReadWriteOnce block volumes (EBS, zonal persistent disks) attach only in their own zone.
  volumeScope: "zonal",
};

/** Ephemeral agent pod startup: pod start + image pull + agent connect ("Kubernetes platform"). */
const POD_STARTUP = {
  // Pod startup SLO: p99 ≤ 5 s, image pull excluded.
  podStart: { kind: "uniform", min: 1, max: 5 } as DistributionSpec,
  // Assumption: 90 % of pulls hit the node cache; cold pulls of ~500 MB take 30–120 s.
  imagePull: {
    kind: "mixture",
    components: [
      { weight: 0.9, dist: { kind: "uniform", min: 0, max: 1 } },
      { weight: 0.1, dist: { kind: "lognormal", median: 60, p95: 180 } },
    ],
  } as DistributionSpec,
  // Assumption: the agent connects in 5–20 s (the kubernetes-plugin gives up after 100 s).
  agentConnect: { kind: "uniform", min: 5, max: 20 } as DistributionSpec,
};

/**
 * Illustrative on-demand prices per hour (assumptions, docs/parameters.md "Costs"). A standby is
 * priced as the controller it stands in for: `standbyHour` for a VM, `controllerPodHour` for a pod.
 */
const COSTS: CostSpec = {
  controllerHour: 0.2,
  controllerPodHour: 0.05,
  standbyHour: 0.2,
  executorHour: 0.1,
  storeHour: 0.05,
  platformHour: 0.1,
};

/** What every preset shares: everything that is not the topology. */
const SHARED = {
  controllers: {
    // A crashed or hung controller process is restarted by its supervisor — systemd for a VM
    // (the Jenkins package's unit has `Restart=on-failure`), the kubelet for a pod — with the same
    // timing ("Kubernetes platform"); one crew repairs what a restart cannot fix (`restart: manual`).
    restart: "supervisor",
    repairCrews: 1,
  },
  // The same agents for every design: ephemeral pods, because the resilient-decoupled and
  // cloud-native designs require them, so every design pays for the pods it uses. A durable `sh`
  // keeps running through a controller outage; the controller watches its pods ("Jenkins
  // controllers and agents").
  executors: {
    kind: "ephemeral",
    count: 20,
    startup: POD_STARTUP,
    survivesControllerOutage: true,
    lossDetection: 5,
    repairCrews: 1,
  },
  intake: { capacity: 1000, durable: true, overflow: "drop", decoupled: false },
  // Common SCM webhooks are not redelivered automatically when the receiver does not answer
  // (GitHub: failed deliveries are only listed for a manual redelivery; docs/parameters.md,
  // "Triggers and line buffers"): a trigger nobody accepts is lost. A scenario whose sender
  // retries says so with `onTriggerUnavailable: retry` and its `triggerRetry` backoff.
  onTriggerUnavailable: "lose",
  // Used only with `onTriggerUnavailable: retry`: backoff 10 s doubling to 5 min, 6 attempts (assumption).
  triggerRetry: { initial: 10, max: 300, attempts: 6 },
  // The interrupted stage re-runs (from its last checkpoint, if the workload declares any), at most
  // twice per pipeline: Jenkins `retry(count: 2, conditions: [kubernetesAgent(), …])`, the same for
  // every design ("Pipelines in flight").
  inFlight: { policy: "resume-from-checkpoint", retryBudget: 2 },
  platform: DEFAULT_PLATFORM,
  costs: COSTS,
} as const;

/**
 * A failover manager ("Failover and replication"): a 15 s lease; coverage 0.95 (assumption); a
 * warm standby; no replication lag, because the state is shared (one JENKINS_HOME, or the API
 * server's objects). Only what is promoted differs: `switchTime`.
 */
function failover(switchTime: DistributionSpec): FailoverSpec {
  return { detection: 15, coverage: 0.95, standby: "warm", switchTime, replicationLag: 0 };
}

/** A shared JENKINS_HOME (NFS/EFS) under every controller: a common cause (assumptions). */
const SHARED_STORE: SharedStoreSpec = { reconnect: 60, lockContention: 0.05 };

/** A Jenkins-style controller's own part of a preset. */
function jenkins(
  spec: Pick<ControllerSpec, "count" | "mode" | "capacity" | "state" | "hosting" | "statefulVolume">,
): Pick<ControllerSpec, "count" | "mode" | "capacity" | "state" | "hosting" | "statefulVolume" | "boot"> {
  return { ...spec, boot: JENKINS_BOOT };
}

/** What each preset's design sets; everything else comes from {@link SHARED}. */
type PresetPart = Omit<Partial<TopologyConfig>, "controllers"> & {
  controllers: Omit<ControllerSpec, "restart" | "repairCrews">;
};

const PRESETS: Record<PresetName, () => PresetPart> = {
  // One Jenkins-style controller on a VM, its JENKINS_HOME on its own disk: durable Pipelines
  // resume after a restart (MAX_SURVIVABILITY).
  single: () => ({
    controllers: jenkins({
      count: 1,
      mode: "shard",
      capacity: 100,
      state: "durable-disk",
      hosting: "vm",
      statefulVolume: false,
    }),
  }),
  // CloudBees-style active/passive: a primary and a warm standby on VMs sharing one JENKINS_HOME,
  // so the store takes both down; the standby boots that JENKINS_HOME when promoted.
  "active-passive": () => ({
    controllers: jenkins({
      count: 2,
      mode: "shard",
      capacity: 100,
      state: "shared-store",
      hosting: "vm",
      statefulVolume: false,
    }),
    failover: failover(JENKINS_BOOT),
    sharedStore: SHARED_STORE,
  }),
  // CloudBees-style replicas on a shared JENKINS_HOME behind a router (readiness 3 × 10 s); another
  // replica adopts running Pipeline builds. Three replicas of half the capacity: two carry the load.
  "active-active": () => ({
    controllers: jenkins({
      count: 3,
      mode: "replica",
      capacity: 50,
      state: "shared-store",
      hosting: "vm",
      statefulVolume: false,
    }),
    router: { healthCheck: { period: 10, threshold: 3 } },
    sharedStore: SHARED_STORE,
  }),
  // Many small controllers, one per team shard, each a single-replica StatefulSet pinned to its
  // own ReadWriteOnce volume.
  "resilient-decoupled": () => ({
    controllers: jenkins({
      count: 10,
      mode: "shard",
      capacity: 20,
      state: "durable-disk",
      hosting: "pod",
      statefulVolume: true,
    }),
  }),
  // Runs are declared objects: the API server takes triggers while the stateless reconcilers
  // restart ("Cloud-native controllers"); a leader-elected standby is promoted, not booted.
  "cloud-native": () => ({
    controllers: {
      count: 2,
      mode: "shard",
      capacity: 1000,
      boot: { kind: "uniform", min: 5, max: 15 },
      state: "declared-objects",
      hosting: "pod",
      statefulVolume: false,
    },
    intake: { ...SHARED.intake, decoupled: true },
    failover: failover({ kind: "uniform", min: 1, max: 3 }),
  }),
};

/** The settings every preset shares (a fresh object each call). */
export function sharedPresetBase(): Omit<TopologyConfig, "name" | "preset" | "controllers"> & {
  controllers: Pick<ControllerSpec, "restart" | "repairCrews">;
} {
  return JSON.parse(JSON.stringify(SHARED));
}

/** Builds the full configuration of a preset (a fresh object each call). */
export function presetConfig(name: PresetName): Omit<TopologyConfig, "name"> {
  const base = sharedPresetBase();
  const part = PRESETS[name]();
  const config: Omit<TopologyConfig, "name"> = {
    ...base,
    ...part,
    preset: name,
    controllers: { ...part.controllers, ...base.controllers },
  };
  return JSON.parse(JSON.stringify(config)) as Omit<TopologyConfig, "name">;
}
