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

/**
 * A controller's failure clock under load: fires once its exposure budget is spent.
 *
 * One timer at most, and lazily re-timed: a load that falls leaves the timer where it is (it fires
 * early, finds exposure left, and re-times the rest), and only a load that rises enough to bring
 * the failure before the timer replaces it. Pipelines start and end all the time; replacing the
 * timer at every change would leave a cancelled entry in the event queue each time, held there
 * until its (days-away) time.
 */
export class LoadHazard {
  /** Exposure still to spend (µs at the base rate) as of `since`; ∞ when not armed. */
  private remaining = Number.POSITIVE_INFINITY;
  /** When `remaining` was last brought up to date (µs). */
  private since = 0;
  /** The multiplier since `since`. */
  private rate = 1;
  /** The queued timer (null when none: not armed, or due past the horizon) and its time (µs). */
  private timer: Timer | null = null;
  private due = Number.POSITIVE_INFINITY;
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

  /** The load changed: spends the exposure so far at the old rate, re-times the rest if sooner. */
  changed(): void {
    if (this.fire === null) return;
    const rate = this.multiplier();
    if (rate === this.rate) return;
    this.spend();
    this.rate = rate;
    if (this.timer !== null && this.k.now + this.delay() >= this.due) return; // fires early, re-times
    this.cancel();
    this.schedule();
  }

  /** Brings `remaining` up to now at the current rate. */
  private spend(): void {
    const now = this.k.now;
    this.remaining = Math.max(0, this.remaining - (now - this.since) * this.rate);
    this.since = now;
  }

  /** Whole microseconds until the exposure is spent at the current rate (kernel delays are). */
  private delay(): number {
    return Math.ceil(this.remaining / this.rate);
  }

  private schedule(): void {
    // Past the horizon nothing is queued (as the plain fault trace does), but a later rise of the
    // load may bring the failure back inside it.
    const delay = this.delay();
    this.due = this.k.now + delay;
    if (this.due > this.horizon) return;
    this.timer = this.k.schedule(delay, () => this.onTimer());
  }

  private onTimer(): void {
    this.timer = null;
    this.spend();
    // Exposure left (the load fell since the timer was set): re-time the rest. Less than 1 µs of
    // it left is rounding — the timer was set by whole microseconds.
    if (this.remaining / this.rate >= 1) {
      this.schedule();
      return;
    }
    const fire = this.fire!;
    this.fire = null;
    this.remaining = Number.POSITIVE_INFINITY;
    this.due = Number.POSITIVE_INFINITY;
    fire();
  }

  private cancel(): void {
    if (this.timer !== null) this.k.cancel(this.timer);
    this.timer = null;
    this.due = Number.POSITIVE_INFINITY;
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
