/**
 * Topology presets as compositions of the model's components. Every default cites its source in
 * `shared/reference/parameters-and-oracles.md` (§ numbers below); values marked "assumption"
 * have no public source and are the scenario author's to override.
 */
import type { DistributionSpec } from "../random/distribution-spec";
import type { CostSpec, PlatformSpec, PresetName, TopologyConfig } from "./scenario-types";

/** Controller boot: 20 s small JENKINS_HOME … 90–120 s large (§2.2), as a lognormal. */
const CONTROLLER_BOOT: DistributionSpec = { kind: "lognormal", median: 45, p95: 120 };

/** Kubernetes defaults (§2.1). */
export const DEFAULT_PLATFORM: PlatformSpec = {
  nodes: 6,
  zones: 3,
  // Jenkins chart liveness probe: 5 × 10 s ≈ 50 s to declare a hang (§2.1, helm-charts values.yaml).
  liveness: { period: 10, threshold: 5 },
  // CrashLoopBackOff: immediate, then 10 s doubling to 300 s, reset after 10 min (§2.1, KEP-4603).
  crashLoop: { initial: 10, max: 300, reset: 600 },
  // node-monitor-grace-period 50 s since kubernetes#126287 (§2.1).
  nodeGrace: 50,
  // DefaultTolerationSeconds: 300 s for not-ready/unreachable (§2.1).
  toleration: 300,
  // maxWaitForUnmountDuration hard-coded at 6 min (§2.1, kubernetes#68086).
  volumeDetach: 360,
  // Assumption: a node-lifecycle automation force-deletes stuck pods at eviction (§2.10: "6–12 min").
  nodeLossAutomation: "force-delete",
};

/** Ephemeral agent pod startup (§2.1): pod start ≤ 5 s p99; image pull cached ≈ 0 s, cold minutes; agent connect. */
const POD_STARTUP = {
  podStart: { kind: "uniform", min: 1, max: 5 } as DistributionSpec,
  // Assumption: 90 % of pulls hit the node cache; cold pulls of ~500 MB take 30–120 s (§2.1 image pull).
  imagePull: {
    kind: "mixture",
    components: [
      { weight: 0.9, dist: { kind: "uniform", min: 0, max: 1 } },
      { weight: 0.1, dist: { kind: "lognormal", median: 60, p95: 180 } },
    ],
  } as DistributionSpec,
  // Assumption: JNLP/websocket agent connects in 5–20 s (kubernetes-plugin timeout is 100 s, §2.2).
  agentConnect: { kind: "uniform", min: 5, max: 20 } as DistributionSpec,
};

/**
 * Illustrative on-demand prices per hour (assumptions, override per scenario): an agent VM or pod
 * of m5.large class ≈ 0.10; a controller VM of m5.xlarge class ≈ 0.20; a small controller pod
 * (1 vCPU, 4 GiB share of a node) ≈ 0.05; managed NFS/EFS for a JENKINS_HOME ≈ 0.05; a managed
 * Kubernetes control plane ≈ 0.10 (EKS list price).
 */
const COSTS: CostSpec = {
  controllerHour: 0.2,
  controllerPodHour: 0.05,
  standbyHour: 0.2,
  executorHour: 0.1,
  storeHour: 0.05,
  platformHour: 0.1,
};

const BASE = {
  intake: { capacity: 1000, durable: true, overflow: "drop", decoupled: false },
  onTriggerUnavailable: "retry",
  // Assumption: SCM webhook redelivery with backoff 10 s doubling to 5 min, 6 attempts.
  triggerRetry: { initial: 10, max: 300, attempts: 6 },
  platform: DEFAULT_PLATFORM,
  costs: COSTS,
} as const;

function single(): Omit<TopologyConfig, "name"> {
  return {
    ...structuredCloneBase(),
    preset: "single",
    // One Jenkins-style controller on a VM, repaired by a human (MTTR from the fault class).
    controllers: {
      count: 1,
      mode: "shard",
      capacity: 100,
      boot: CONTROLLER_BOOT,
      state: "durable-disk", // durable Pipelines resume after a restart (§2.2 MAX_SURVIVABILITY)
      hosting: "vm",
      statefulVolume: false,
      repairCrews: 1,
    },
    // Static agents; a durable `sh` keeps running through a controller restart (§2.2).
    executors: {
      kind: "static",
      count: 20,
      survivesControllerOutage: true,
      lossDetection: 10,
      repairCrews: 1,
    },
    // A lost agent re-runs the node block from scratch (§2.2 retry(kubernetesAgent())).
    inFlight: { policy: "restart-from-scratch", retryBudget: 2 },
  };
}

function activePassive(): Omit<TopologyConfig, "name"> {
  const base = single();
  return {
    ...base,
    preset: "active-passive",
    controllers: { ...base.controllers, count: 2 },
    failover: {
      detection: 15, // leader lease 15 s (§2.1; CloudBees A/P uses its own heartbeat)
      coverage: 0.95, // assumption (§3.4 sensitivity uses 0.95)
      standby: "warm",
      switchTime: CONTROLLER_BOOT, // the standby boots the shared state: 20–120 s (§2.10)
      replicationLag: 10, // assumption
    },
  };
}

function activeActive(): Omit<TopologyConfig, "name"> {
  const base = single();
  return {
    ...base,
    preset: "active-active",
    // CloudBees-style replicas on a shared JENKINS_HOME (§2.2 cloudbees-replication).
    controllers: { ...base.controllers, count: 3, mode: "replica", state: "shared-store", capacity: 50 },
    // Readiness 3 × 10 s ejects a dead replica (§2.10).
    router: { healthCheck: { period: 10, threshold: 3 } },
    sharedStore: { reconnect: 60, lockContention: 0.05 }, // assumptions
    // Another replica adopts running Pipeline builds (§2.2).
    inFlight: { policy: "resume-from-checkpoint", retryBudget: 2 },
  };
}

function resilientDecoupled(): Omit<TopologyConfig, "name"> {
  return {
    ...structuredCloneBase(),
    preset: "resilient-decoupled",
    // Many small controllers, one per team shard, as single-replica StatefulSets (§2.10 RD column).
    controllers: {
      count: 10,
      mode: "shard",
      capacity: 20,
      boot: CONTROLLER_BOOT,
      state: "durable-disk",
      hosting: "pod",
      statefulVolume: true,
    },
    executors: {
      kind: "ephemeral",
      count: 20,
      startup: POD_STARTUP,
      survivesControllerOutage: true,
      lossDetection: 5, // pod deletion is watched by the controller: seconds (assumption)
    },
    inFlight: { policy: "resume-from-checkpoint", retryBudget: 3 },
  };
}

function cloudNative(): Omit<TopologyConfig, "name"> {
  const rd = resilientDecoupled();
  return {
    ...rd,
    preset: "cloud-native",
    // Runs are declared objects: the API server takes triggers while reconcilers restart (§2.3, §2.4).
    intake: { ...rd.intake, decoupled: true },
    controllers: {
      count: 2,
      mode: "shard",
      capacity: 1000,
      boot: { kind: "uniform", min: 5, max: 15 }, // stateless reconciler: assumption
      state: "declared-objects",
      hosting: "pod",
      statefulVolume: false,
    },
    // Leader election: a hot standby takes over ≈ 15 s after a silent leader death (§2.1).
    failover: {
      detection: 15,
      coverage: 1,
      standby: "warm",
      switchTime: { kind: "uniform", min: 1, max: 3 },
      replicationLag: 0,
    },
    executors: { ...rd.executors, lossDetection: 2 },
  };
}

function structuredCloneBase() {
  return JSON.parse(JSON.stringify(BASE)) as Pick<
    TopologyConfig,
    "intake" | "onTriggerUnavailable" | "triggerRetry" | "platform" | "costs"
  >;
}

/** Builds the full configuration of a preset (a fresh object each call). */
export function presetConfig(name: PresetName): Omit<TopologyConfig, "name"> {
  const build = {
    single,
    "active-passive": activePassive,
    "active-active": activeActive,
    "resilient-decoupled": resilientDecoupled,
    "cloud-native": cloudNative,
  }[name];
  return JSON.parse(JSON.stringify(build())) as Omit<TopologyConfig, "name">;
}
