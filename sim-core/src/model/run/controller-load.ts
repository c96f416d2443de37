/**
 * What load does to a controller (`controllers.load`; off by default):
 * - its failure rate grows with the pipelines it holds: the hazard is the class's hazard times
 *   1 + `failureGrowth` × pipelines / `capacity` — a controller past its capacity (survivors that
 *   adopted a lost replica's pipelines) fails more often (JVM heap pressure and GC pauses;
 *   docs/parameters.md, "Controller load");
 * - each boot takes `bootPerAgent` seconds more per agent attached (every agent's remoting
 *   channel is re-established while the controller starts).
 *
 * The time-varying hazard is a time change (the cumulative-exposure model): the fault trace draws
 * the time to failure from the class's distribution as usual — the same draw, so common random
 * numbers hold — and that draw is a budget of *exposure*, spent at the rate of the multiplier.
 * For an exponential time to failure this is exactly a hazard of base × multiplier(t) (the
 * memoryless property: re-drawing the rest at a load change would give the same law); for any
 * other distribution it is the accelerated-life model in which the cumulative hazard is
 * H0(∫ multiplier dt) — a Weibull's shape is kept and its clock runs faster under load.
 */
import type { Kernel } from "../../kernel/kernel";
import type { Timer } from "../../kernel/timer";
import type { RunContext } from "./context";
import { us } from "./context";
import type { ControllerMember } from "./controller-member";
import type { Executor } from "./executor-pool";
import { attachedAgents } from "./restart-storm";

/** A controller's failure clock under load: fires after its exposure budget is spent. */
export class LoadHazard {
  /** Exposure still to spend (µs at the base rate); ∞ when not armed. */
  private remaining = Number.POSITIVE_INFINITY;
  /** When `remaining` was last brought up to date (µs). */
  private since = 0;
  /** The multiplier since `since`. */
  private rate = 1;
  private timer: Timer | null = null;
  private fire: (() => void) | null = null;

  /**
   * @param growth - `failureGrowth`: extra hazard per unit of load/capacity (≥ 0).
   * @param capacity - `controllers.capacity` (pipelines), the load's unit.
   * @param load - pipelines the controller holds now.
   */
  constructor(
    private readonly k: Kernel,
    private readonly horizon: number,
    private readonly growth: number,
    private readonly capacity: number,
    private readonly load: () => number,
  ) {}

  /** The hazard multiplier at the current load. */
  multiplier(): number {
    return 1 + (this.growth * this.load()) / this.capacity;
  }

  /** Arms a failure after `budgetUs` of exposure (a time to failure drawn at the base rate). */
  arm(budgetUs: number, fire: () => void): void {
    this.cancel();
    this.remaining = budgetUs;
    this.fire = fire;
    this.since = this.k.now;
    this.rate = this.multiplier();
    this.schedule();
  }

  /** The load changed: spends the exposure so far at the old rate, re-times the rest. */
  changed(): void {
    if (this.fire === null) return;
    const rate = this.multiplier();
    if (rate === this.rate) return;
    const now = this.k.now;
    this.remaining = Math.max(0, this.remaining - (now - this.since) * this.rate);
    this.since = now;
    this.rate = rate;
    this.cancel();
    this.schedule();
  }

  private schedule(): void {
    // Whole microseconds, as every kernel delay; past the horizon nothing is queued (as the
    // plain fault trace does), but a later load change may bring the failure back inside it.
    const delay = Math.ceil(this.remaining / this.rate);
    if (this.k.now + delay > this.horizon) return;
    this.timer = this.k.schedule(delay, () => {
      const fire = this.fire!;
      this.timer = null;
      this.fire = null;
      this.remaining = Number.POSITIVE_INFINITY;
      fire();
    });
  }

  private cancel(): void {
    if (this.timer !== null) this.k.cancel(this.timer);
    this.timer = null;
  }
}

/** `m`'s load hazard, or null when `controllers.load.failureGrowth` is absent or 0. */
export function loadHazard(ctx: RunContext, m: ControllerMember): LoadHazard | null {
  const c = ctx.topology.controllers;
  const growth = c.load?.failureGrowth ?? 0;
  if (growth === 0) return null;
  return new LoadHazard(ctx.k, ctx.horizon, growth, c.capacity, () => m.pipelines.size);
}

/** Extra boot (µs) of `m` for the agents attached to it; 0 without `load.bootPerAgent`. */
export function loadBoot(ctx: RunContext, m: ControllerMember, executors: readonly Executor[]): number {
  const perAgent = ctx.topology.controllers.load?.bootPerAgent ?? 0;
  if (perAgent === 0) return 0;
  return us(perAgent * attachedAgents(ctx, m, executors));
}
