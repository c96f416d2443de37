/**
 * The failure injector: the physical fault trace. Each physical thing (controller-i, executor-j,
 * node-j, zone-x, the store, the agent link partition-j) fails and is repaired on its own named
 * stream — three draws per cycle (time to failure, repair time, mode) whether used or not — so
 * every topology of a comparison sees the same failures (common random numbers). Scripted chaos
 * events add failures at given times. Correlated failures fan out: zone → its nodes and machines,
 * node → its pods, store → every controller on it.
 */
import type { Rng } from "../../random/rng";
import type { ChaosEvent, FailureClassSpec, FaultSpec } from "../scenario-types";
import { expUs, type RunContext, Sampler, us } from "./context";
import type { ComponentTargets, FailureMode } from "./failure-effects";

type ClassName = Exclude<keyof FaultSpec, "chaos">;

interface Physical {
  name: string;
  cls: ClassName;
  /** Fails it now; calls `back` when it is whole again. Returns false if it was already down. */
  fail(mode: FailureMode, repairUs: number, cause: "stochastic" | "chaos", back: () => void): boolean;
  /** For operating-clock failures: arms a failure after `budgetUs` of busy time. */
  armOperating?: (budgetUs: number, fire: () => void) => void;
  /**
   * For a hazard that grows with load (`controllers.load`): arms a failure after `budgetUs` of
   * exposure (`run/controller-load.ts`).
   */
  armLoaded?: (budgetUs: number, fire: () => void) => void;
}

export class FaultInjector {
  constructor(
    private readonly ctx: RunContext,
    private readonly targets: ComponentTargets,
  ) {}

  start(): void {
    if (!this.ctx.faultsOn) return;
    for (const p of this.targets.physical()) {
      const spec = this.ctx.scenario.faults[p.cls];
      if (spec !== undefined) this.cycle(p, spec, this.ctx.streams.stream(`faults/${p.name}`));
    }
    for (const event of this.ctx.scenario.faults.chaos ?? []) this.scheduleChaos(event);
  }

  private cycle(p: Physical, spec: FailureClassSpec, rng: Rng): void {
    const { k } = this.ctx;
    const ttf = spec.timeToFailure
      ? new Sampler(spec.timeToFailure, rng, `faults.${p.cls}.timeToFailure`)
      : null;
    const repair = spec.repair ? new Sampler(spec.repair, rng, `faults.${p.cls}.repair`) : null;
    const byMode = this.repairByMode(p, spec);
    const modes = spec.modes ?? { crash: 1 };
    const total = (modes.crash ?? 0) + (modes.hang ?? 0) + (modes.slow ?? 0);
    const next = () => {
      const ttfUs = ttf ? ttf.next() : expUs(rng, us(spec.mtbf));
      const repairUs = repair ? repair.next() : expUs(rng, us(spec.mttr));
      const u = rng.next() * total;
      const mode: FailureMode =
        u < (modes.crash ?? 0) ? "crash" : u < (modes.crash ?? 0) + (modes.hang ?? 0) ? "hang" : "slow";
      // The mode's own repair, on a stream of its own: the cycle's three draws stay as they are.
      const modeRepair = byMode?.[mode as "crash" | "hang" | "slow"];
      const repairOfMode = modeRepair === undefined ? repairUs : modeRepair.next();
      const fire = () => {
        if (!p.fail(mode, repairOfMode, "stochastic", next)) k.schedule(repairOfMode, next);
      };
      if (spec.clock === "operating" && p.armOperating) p.armOperating(ttfUs, fire);
      else if (p.armLoaded) p.armLoaded(ttfUs, fire);
      else if (Number.isFinite(ttfUs) && k.now + ttfUs <= this.ctx.horizon) k.schedule(ttfUs, fire);
    };
    next();
  }

  /** Samplers of `repairByMode` for `p`, or null when its class has none. */
  private repairByMode(
    p: Physical,
    spec: FailureClassSpec,
  ): Partial<Record<"crash" | "hang" | "slow", Sampler>> | null {
    if (spec.repairByMode === undefined) return null;
    const rng = this.ctx.streams.stream(`faults/${p.name}/repair-by-mode`);
    const out: Partial<Record<"crash" | "hang" | "slow", Sampler>> = {};
    for (const mode of ["crash", "hang", "slow"] as const) {
      const dist = spec.repairByMode[mode];
      if (dist !== undefined) out[mode] = new Sampler(dist, rng, `faults.${p.cls}.repairByMode.${mode}`);
    }
    return out;
  }

  private scheduleChaos(event: ChaosEvent): void {
    const { k } = this.ctx;
    const p = this.targets.byName(event.target);
    if (p === undefined) return; // validateScenario checked it exists in some topology; this one lacks it
    const spec = this.ctx.scenario.faults[p.cls];
    const duration = us(event.duration ?? spec?.mttr ?? 600);
    const mode: FailureMode = event.kind === "hang" ? "hang" : event.kind === "down" ? "down" : "crash";
    k.schedule(us(event.at), () => {
      p.fail(mode, duration, "chaos", () => {});
    });
  }
}

export type { Physical };
