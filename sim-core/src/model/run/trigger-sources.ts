/**
 * Trigger sources: commits and webhooks that start pipelines — Poisson, business hours, bursts,
 * or a saturated backlog. Each source draws its arrivals and teams from its own stream, and each
 * pipeline's work (stage durations, flaky outcomes) is drawn when it is triggered, so every
 * topology sees the same commits (common random numbers).
 */
import type { Rng } from "../../random/rng";
import type { TriggerSpec } from "../scenario-types";
import { expUs, type RunContext, us } from "./context";
import type { ControlPlane } from "./control-plane";
import type { PipelinePlan } from "./pipeline-plan";
import { PipelineRun } from "./pipeline-run";

/** Pipelines kept in flight by a saturated source. */
export const SATURATED_BACKLOG = 100;

const HOUR_US = us(3600);
const DAY_US = 24 * HOUR_US;

export class TriggerSources {
  private nextId = 0;
  private readonly flaky: Rng;
  private saturated: { rng: Rng; teams: number[] | undefined } | null = null;
  /**
   * The saturated backlog's pipelines in the system (only their departures are replaced), each
   * with how many times in a row its place in the backlog has been refused at the door.
   */
  private readonly backlog = new Map<PipelineRun, number>();

  constructor(
    private readonly ctx: RunContext,
    private readonly plan: PipelinePlan,
    private readonly control: ControlPlane,
  ) {
    this.flaky = ctx.streams.stream("workload/flaky");
  }

  start(): void {
    this.ctx.scenario.workload.triggers.forEach((spec, i) => {
      const rng = this.ctx.streams.stream(`workload/trigger-${i}`);
      this.startSource(spec, rng);
    });
  }

  /**
   * Called when a pipeline leaves the system: a saturated source replaces one of its own, at once
   * — or, when it was `refused` at the door (no controller, a full intake), after the sender's
   * backoff: `triggerRetry.initial` doubling with each refusal in a row of that backlog place, up
   * to `triggerRetry.max` (issue 12: a fixed `initial` re-offered 100 pipelines every second of a
   * 4-hour outage, 1.3 M events). Departures of other sources' pipelines are not replaced, or
   * every Poisson or burst trigger would grow the backlog by one for good (issue 12: a line with
   * a 40/h Poisson source beside it overflowed its intake within 3 h and refused for ever).
   */
  replenish(p: PipelineRun, refused: boolean): void {
    const sat = this.saturated;
    const refusals = this.backlog.get(p);
    if (sat === null || refusals === undefined) return;
    this.backlog.delete(p);
    const r = this.ctx.topology.triggerRetry;
    const backoff = Math.max(r.initial, Math.min(r.initial * 2 ** Math.min(refusals, 60), r.max));
    const delay = refused ? us(backoff) : 0;
    const next = refused ? refusals + 1 : 0;
    this.ctx.k.schedule(delay, () => this.trigger(sat.rng, sat.teams, next));
  }

  private startSource(spec: TriggerSpec, rng: Rng): void {
    const { k, horizon } = this.ctx;
    switch (spec.kind) {
      case "poisson": {
        const mean = HOUR_US / spec.ratePerHour;
        const loop = () => {
          const gap = expUs(rng, mean);
          if (k.now + gap > horizon) return;
          k.schedule(gap, () => {
            this.trigger(rng, spec.teams);
            loop();
          });
        };
        if (spec.ratePerHour > 0) loop();
        return;
      }
      case "business-hours": {
        const mean = HOUR_US / spec.ratePerHour;
        const open = us((spec.startHour ?? 9) * 3600);
        const close = us((spec.endHour ?? 17) * 3600);
        const days = spec.daysPerWeek ?? 5;
        // Arrivals are Poisson inside business hours: draw a gap of business time, then map it
        // onto the calendar (memorylessness makes skipping closed hours exact).
        let clock = k.now;
        const loop = () => {
          let gap = expUs(rng, mean);
          let t = clock;
          for (;;) {
            const day = Math.floor(t / DAY_US);
            const inWeek = day % 7 < days;
            const dayStart = day * DAY_US;
            const from = Math.max(t, dayStart + open);
            const until = dayStart + close;
            if (inWeek && from < until && from + gap <= until) {
              t = from + gap;
              break;
            }
            if (inWeek && from < until) gap -= until - from;
            t = dayStart + DAY_US;
            if (t > horizon) return;
          }
          clock = t;
          if (t > horizon) return;
          k.schedule(t - k.now, () => {
            this.trigger(rng, spec.teams);
            loop();
          });
        };
        if (spec.ratePerHour > 0) loop();
        return;
      }
      case "burst": {
        const loop = () => {
          const gap = expUs(rng, us(spec.meanInterval));
          if (k.now + gap > horizon) return;
          k.schedule(gap, () => {
            for (let i = 0; i < spec.size; i++) this.trigger(rng, spec.teams);
            loop();
          });
        };
        loop();
        return;
      }
      case "saturated":
        this.saturated = { rng, teams: undefined };
        for (let i = 0; i < SATURATED_BACKLOG; i++) this.trigger(rng, undefined, 0);
        return;
    }
  }

  /** Triggers a pipeline; `backlogRefusals` (refusals in a row of its place) for the saturated backlog's. */
  private trigger(rng: Rng, teams: number[] | undefined, backlogRefusals?: number): void {
    const { k, metrics, scenario } = this.ctx;
    const team = teams
      ? teams[Math.floor(rng.next() * teams.length)]!
      : Math.floor(rng.next() * scenario.workload.teams);
    const n = this.plan.stages.length;
    const work = new Array<number>(n);
    for (let i = 0; i < n; i++) work[i] = this.plan.stages[i]!.duration.next();
    const draws = new Array<number>(this.plan.drawCount);
    for (let i = 0; i < draws.length; i++) draws[i] = this.flaky.next();
    const p = new PipelineRun(
      this.nextId++,
      team,
      this.control.shardFor(team),
      k.now,
      this.plan,
      work,
      draws,
    );
    if (metrics.pipelines.wantsRecord(k.now)) {
      p.record = {
        id: p.id,
        team,
        triggeredAt: k.now / 1e6,
        finishedAt: null,
        outcome: "running",
        restarts: 0,
        attempts: [],
      };
    }
    metrics.pipelines.onTriggered(k.now);
    if (backlogRefusals !== undefined) this.backlog.set(p, backlogRefusals); // before arrive: a refusal departs at once
    this.control.arrive(p, 0);
  }
}
