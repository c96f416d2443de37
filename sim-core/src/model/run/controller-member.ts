/**
 * One controller (orchestrator) process: its health, its role in its shard, the pipelines it
 * orchestrates and its CrashLoopBackOff history. Lifecycle: serving → (crash | hang | slow |
 * node/zone/store loss) → detected → restarted or repaired (+ boot) → serving; under failover it
 * may come back as the standby.
 */
import type { Incident } from "../metrics/incidents";
import type { PlatformSpec } from "../scenario-types";
import type { LoadHazard } from "./controller-load";
import type { PipelineRun, StageTask } from "./pipeline-run";
import { CrashLoop } from "./platform-timing";
import type { Shard } from "./shard";

export class ControllerMember {
  private _up = true;
  private _hung = false;
  private _role: "active" | "standby" = "active";
  private _inRouter = true;
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
  /** Its failure clock under load (`controllers.load`), told when `pipelines` changes; or null. */
  hazard: LoadHazard | null = null;
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

  // State changes tell the shard, which caches who serves (asked on every trigger and pipeline end).

  /** The process runs and answers. */
  get up(): boolean {
    return this._up;
  }
  set up(value: boolean) {
    this._up = value;
    this.shard.changed();
  }

  /** Alive but unresponsive: looks up to the platform until liveness or the router notices. */
  get hung(): boolean {
    return this._hung;
  }
  set hung(value: boolean) {
    this._hung = value;
    this.shard.changed();
  }

  /** `active` serves; `standby` waits (failover); replicas are all active. */
  get role(): "active" | "standby" {
    return this._role;
  }
  set role(value: "active" | "standby") {
    this._role = value;
    this.shard.changed();
  }

  /** Replica mode: the router still sends requests here. */
  get inRouter(): boolean {
    return this._inRouter;
  }
  set inRouter(value: boolean) {
    this._inRouter = value;
    this.shard.changed();
  }

  /** Can it orchestrate right now? */
  get serving(): boolean {
    return this.up && !this.hung && this.role === "active";
  }
}
