/**
 * The shared dependencies of a CI/CD platform and what their outages block. Each is a fault
 * class of its own (`faults.controlPlane`, `ingress`, `dns`, `scm`, `registry`, `artifactStore`)
 * on its own stream, so every topology of a comparison sees the same dependency outages; what an
 * outage does depends on whether the topology uses that dependency:
 * - ingress or DNS/load balancer down: no trigger reaches any controller (DNS: no state is shown
 *   either) — for every topology;
 * - Kubernetes control plane down: no new pod can be created (ephemeral executors wait), and a
 *   topology whose intake or state lives in the API server (decoupled intake, declared objects)
 *   can neither take triggers nor show state;
 * - container registry down: no new executor pod can pull its image (ephemeral executors wait);
 * - source host down: checkouts — a pipeline's first stages — cannot start;
 * - artifact store down: stages cannot upload their results, so they hold their executor and
 *   complete only when it returns.
 */

import type { DependencyClass } from "../fault-classes";
import type { Incident } from "../metrics/incidents";
import type { RunContext } from "./context";

/** Target names of the dependencies in chaos events (`control-plane`, `artifact-store`, …). */
export function dependencyTarget(cls: DependencyClass): string {
  return cls.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

export class Dependencies {
  private readonly down = new Map<DependencyClass, Incident>();
  /** A lost region not yet recovered elsewhere (`disaster-recovery.ts`): everything in it is gone. */
  private region: Incident | null = null;
  private readonly apiIntake: boolean;
  private readonly apiState: boolean;
  /** Called when a dependency comes back (the work flow releases what waited for it). */
  onBack: (() => void) | null = null;

  constructor(ctx: RunContext) {
    const t = ctx.topology;
    this.apiIntake = t.intake.decoupled;
    this.apiState = t.controllers.state === "declared-objects";
  }

  /**
   * What is blocked now, recomputed when a dependency goes down or comes back (the work flow asks
   * on every dispatch and completion, so these are plain fields, not computed on each read).
   */
  /** No trigger reaches any controller. */
  intakeBlocked = false;
  /** No team can see its pipelines' state. */
  stateHidden = false;
  /** No new executor pod can start. */
  podsBlocked = false;
  /** Checkouts (first stages) cannot start. */
  checkoutBlocked = false;
  /** Stages cannot upload their results. */
  uploadBlocked = false;

  isDown(cls: DependencyClass): boolean {
    return this.down.has(cls);
  }

  setDown(cls: DependencyClass, incident: Incident): void {
    this.down.set(cls, incident);
    this.refresh();
  }

  setUp(cls: DependencyClass): void {
    this.down.delete(cls);
    this.refresh();
    this.onBack?.();
  }

  /**
   * The region is lost (an incident) or recovered elsewhere (null): while lost, its ingress, API
   * server and nodes are gone with it — no trigger arrives, no state shows, no pod starts.
   */
  setRegion(incident: Incident | null): void {
    this.region = incident;
    this.refresh();
    if (incident === null) this.onBack?.();
  }

  private refresh(): void {
    const down = (cls: DependencyClass) => this.down.has(cls);
    const region = this.region !== null;
    this.intakeBlocked = region || down("ingress") || down("dns") || (this.apiIntake && down("controlPlane"));
    this.stateHidden = region || down("dns") || (this.apiState && down("controlPlane"));
    this.podsBlocked = region || down("controlPlane") || down("registry");
    this.checkoutBlocked = down("scm");
    this.uploadBlocked = down("artifactStore");
  }

  /** The incident behind a service outage caused by a dependency (the latest), or null. */
  serviceCause(): Incident | null {
    if (this.region !== null) return this.region;
    let latest: Incident | null = null;
    for (const [cls, incident] of this.down) {
      const hits =
        cls === "ingress" || cls === "dns" || (cls === "controlPlane" && (this.apiIntake || this.apiState));
      if (hits && (latest === null || incident.at > latest.at)) latest = incident;
    }
    return latest;
  }
}
