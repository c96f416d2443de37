/**
 * A shard: the controller group that serves a set of teams, with its intake line buffer.
 * `single` — one controller; `failover` — one active plus standbys behind a failover manager;
 * `replica` — several active replicas behind a router, all serving all its teams.
 */
import type { ControllerMember } from "./controller-member";
import type { PipelineRun } from "./pipeline-run";

export class Shard {
  readonly members: ControllerMember[] = [];
  /** Triggers admitted but waiting for orchestration capacity (the intake line buffer). */
  intake: PipelineRun[] = [];
  intakeHead = 0;
  /** Triggers waiting for room in a full blocking intake (the sender is held). */
  blocked: PipelineRun[] = [];
  /** Pipelines being orchestrated. */
  running = 0;
  /** Pipelines ever triggered for it: its build history, which makes its state grow (disaster recovery). */
  history = 0;
  /** Members serving now, cached until a member or the failover state changes. */
  private serving: ControllerMember[] | null = null;
  private _switchingFrom: ControllerMember | null = null;

  /** A failover is under way (the service is down until it completes). */
  get switching(): boolean {
    return this._switchingFrom !== null;
  }

  /**
   * The failed active that the failover under way replaces, or null. Only that member may take
   * the active role back before the switch completes: any other member that returns meanwhile
   * stays a standby, so the shard never has two actives.
   */
  get switchingFrom(): ControllerMember | null {
    return this._switchingFrom;
  }
  set switchingFrom(value: ControllerMember | null) {
    this._switchingFrom = value;
    this.changed();
  }

  /** Called whenever a member's state changes. */
  changed(): void {
    this.serving = null;
  }

  /** Since when (µs) some of its requests are blocked (-1: none), and the share of all requests affected. */
  blockedSince = -1;
  blockedShare = 0;

  constructor(
    readonly index: number,
    readonly mode: "single" | "failover" | "replica",
    /** Teams it serves. */
    readonly teams: number[],
    /** Pipelines one active controller orchestrates at once. */
    readonly capacityPerMember: number,
    /** Replica mode: live replicas needed to serve at all (a quorum on shared state); default 1. */
    readonly quorum = 1,
  ) {}

  get intakeLength(): number {
    return this.intake.length - this.intakeHead;
  }

  shiftIntake(): PipelineRun | undefined {
    if (this.intakeHead >= this.intake.length) return undefined;
    const p = this.intake[this.intakeHead]!;
    this.intake[this.intakeHead++] = undefined as unknown as PipelineRun;
    if (this.intakeHead > 1024 && this.intakeHead * 2 > this.intake.length) {
      this.intake = this.intake.slice(this.intakeHead);
      this.intakeHead = 0;
    }
    return p;
  }

  /** Members that orchestrate now. */
  servingMembers(): readonly ControllerMember[] {
    if (this.serving === null) {
      const serving = this.members.filter((m) => m.serving && !(this.mode === "failover" && this.switching));
      this.serving = serving.length >= this.quorum ? serving : [];
    }
    return this.serving;
  }

  /** Pipelines it can orchestrate at once right now. */
  capacity(): number {
    return this.servingMembers().length * this.capacityPerMember;
  }

  /** Fraction of its triggers accepted right now (replicas: share routed to live replicas). */
  acceptFraction(decoupled: boolean): number {
    if (decoupled) return 1;
    if (this.mode === "replica") {
      const routed = this.members.filter((m) => m.inRouter);
      if (routed.length === 0 || this.servingMembers().length === 0) return 0;
      return routed.filter((m) => m.serving).length / routed.length;
    }
    return this.servingMembers().length > 0 ? 1 : 0;
  }
}
