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
import type { Incident } from "../metrics/incidents";
import type { RunContext } from "./context";

export type DependencyClass = "controlPlane" | "ingress" | "dns" | "scm" | "registry" | "artifactStore";

export const DEPENDENCY_CLASSES: readonly DependencyClass[] = [
  "controlPlane",
  "ingress",
  "dns",
  "scm",
  "registry",
  "artifactStore",
];

/** Target names of the dependencies in chaos events (`control-plane`, `artifact-store`, …). */
export function dependencyTarget(cls: DependencyClass): string {
  return cls.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

export class Dependencies {
  private readonly down = new Map<DependencyClass, Incident>();
  private readonly apiIntake: boolean;
  private readonly apiState: boolean;
  /** Called when a dependency comes back (the work flow releases what waited for it). */
  onBack: (() => void) | null = null;

  constructor(ctx: RunContext) {
    const t = ctx.topology;
    this.apiIntake = t.intake.decoupled;
    this.apiState = t.controllers.state === "declared-objects";
  }

  isDown(cls: DependencyClass): boolean {
    return this.down.has(cls);
  }

  /** Is anything down at all? (The hot path asks this first.) */
  get any(): boolean {
    return this.down.size > 0;
  }

  setDown(cls: DependencyClass, incident: Incident): void {
    this.down.set(cls, incident);
  }

  setUp(cls: DependencyClass): void {
    this.down.delete(cls);
    this.onBack?.();
  }

  /** No trigger reaches any controller. */
  get intakeBlocked(): boolean {
    return (
      this.any &&
      (this.isDown("ingress") || this.isDown("dns") || (this.apiIntake && this.isDown("controlPlane")))
    );
  }

  /** No team can see its pipelines' state. */
  get stateHidden(): boolean {
    return this.any && (this.isDown("dns") || (this.apiState && this.isDown("controlPlane")));
  }

  /** No new executor pod can start. */
  get podsBlocked(): boolean {
    return this.any && (this.isDown("controlPlane") || this.isDown("registry"));
  }

  get checkoutBlocked(): boolean {
    return this.any && this.isDown("scm");
  }

  get uploadBlocked(): boolean {
    return this.any && this.isDown("artifactStore");
  }

  /** The incident behind a service outage caused by a dependency (the latest), or null. */
  serviceCause(): Incident | null {
    let latest: Incident | null = null;
    for (const [cls, incident] of this.down) {
      const hits =
        cls === "ingress" || cls === "dns" || (cls === "controlPlane" && (this.apiIntake || this.apiState));
      if (hits && (latest === null || incident.at > latest.at)) latest = incident;
    }
    return latest;
  }
}
