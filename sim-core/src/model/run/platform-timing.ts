/**
 * Kubernetes-like platform timing: how long the platform takes to bring a pod back after its
 * container crashed, hung, or its node or zone was lost (docs/parameters.md, "Kubernetes platform"
 * and "Derived recovery timelines").
 * Pure functions of the platform spec; all results in µs.
 */
import type { PlatformSpec } from "../scenario-types";
import { us } from "./context";

/** CrashLoopBackOff bookkeeping of one container. */
export class CrashLoop {
  private restarts = 0;
  private lastRestart = Number.NEGATIVE_INFINITY;

  constructor(private readonly spec: PlatformSpec["crashLoop"]) {}

  /**
   * Delay before the kubelet restarts the container after a failure at `now`: immediate the first
   * time, then `initial` doubling up to `max`; the count resets after `reset` s of healthy running.
   */
  nextDelay(now: number): number {
    if (now - this.lastRestart >= us(this.spec.reset)) this.restarts = 0;
    const delay =
      this.restarts === 0 ? 0 : Math.min(us(this.spec.initial) * 2 ** (this.restarts - 1), us(this.spec.max));
    this.restarts++;
    return delay;
  }

  /** The container is running again at `now`. */
  started(now: number): void {
    this.lastRestart = now;
  }
}

/** Liveness detection of a hung container: period × failureThreshold, plus the probe phase. */
export function livenessDetection(spec: PlatformSpec, phase01: number): number {
  return us(spec.liveness.period * (spec.liveness.threshold - 1 + phase01));
}

/** When the pods of a lost node are evicted: node-monitor grace period + toleration (µs). */
export function evictionDelay(spec: PlatformSpec): number {
  return us(spec.nodeGrace + spec.toleration);
}

/**
 * How long until a pod that lived on a lost node can start again elsewhere (µs), excluding boot.
 * `nodeBackIn` is when the node returns (µs from the loss). A stateless pod is rescheduled at
 * eviction. A single-replica stateful pod with a ReadWriteOnce volume has "at most one"
 * semantics: it stays stuck until the node returns unless automation frees it (docs/parameters.md,
 * "Kubernetes platform" and "Derived recovery timelines").
 * A zonal volume (`volumeScope`, default zonal) cannot move to another zone: under a zone outage
 * it waits for the zone; a regional one is freed like a lost node's.
 */
export function podReturnAfterNodeLoss(
  spec: PlatformSpec,
  stateful: boolean,
  nodeBackIn: number,
  zoneOutage: boolean,
): number {
  const eviction = evictionDelay(spec);
  if (!stateful) return Math.min(eviction, nodeBackIn);
  if (zoneOutage && (spec.volumeScope ?? "zonal") === "zonal") return nodeBackIn;
  switch (spec.nodeLossAutomation) {
    case "none":
      return nodeBackIn;
    case "force-delete":
      return Math.min(nodeBackIn, eviction + us(spec.volumeDetach));
    case "out-of-service-taint":
      return Math.min(nodeBackIn, eviction);
  }
}
