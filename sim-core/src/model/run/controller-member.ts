/**
 * One controller (orchestrator) process: its health, its role in its shard, the pipelines it
 * orchestrates and its CrashLoopBackOff history. Lifecycle: serving → (crash | hang | slow |
 * node/zone/store loss) → detected → restarted or repaired (+ boot) → serving; under failover it
 * may come back as the standby.
 */
import type { Incident } from "../metrics/incidents";
import type { PlatformSpec } from "../scenario-types";
import type { PipelineRun, StageTask } from "./pipeline-run";
import { CrashLoop } from "./platform-timing";
import type { Shard } from "./shard";

export class ControllerMember {
  /** The process runs and answers. */
  up = true;
  /** Alive but unresponsive: looks up to the platform until liveness or the router notices. */
  hung = false;
  /** `active` serves; `standby` waits (failover); replicas are all active. */
  role: "active" | "standby" = "active";
  /** Replica mode: the router still sends requests here. */
  inRouter = true;
  slowFactor = 1;
  /** Pipelines it orchestrates. */
  readonly pipelines = new Set<PipelineRun>();
  /** Tasks that could not be dispatched while it was down. */
  deferred: StageTask[] = [];
  /** Tasks cut off by its outage (executors that do not survive it), with the progress reached. */
  cutOff: { task: StageTask; reached: number; incident: Incident }[] = [];
  /** The incident of the current outage. */
  outage: Incident | null = null;
  /** Generation counter: a restore scheduled for an older outage is ignored. */
  generation = 0;
  readonly crashLoop: CrashLoop;

  constructor(
    readonly index: number,
    readonly name: string,
    readonly shard: Shard,
    readonly node: number,
    readonly zone: number,
    platform: PlatformSpec,
  ) {
    this.crashLoop = new CrashLoop(platform.crashLoop);
  }

  /** Can it orchestrate right now? */
  get serving(): boolean {
    return this.up && !this.hung && this.role === "active";
  }
}
