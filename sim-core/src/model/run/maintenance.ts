/**
 * Planned changes (`scenario.maintenance`, off by default): controller upgrades and plugin
 * updates (full restart, rolling, blue-green) and node drains under a disruption budget, every
 * `every` seconds, at the next maintenance window's start when there is one (the window is on the
 * `people.weekStart` calendar: time 0 = Monday 00:00 unless set). Each change is an incident of
 * class `planned` (cause `planned`), so the outages it causes are attributed to it: reported apart
 * in the per-class breakdown, and left out of `unplannedOutageDuration` and
 * `unplannedAvailability`. Changes are not faults: the faults-off twin has them too, so the
 * failure delay stays the delay failures cause.
 *
 * What a change does, per topology:
 * - `full-restart`: every controller (standbys included) stops at once, waits `duration`, boots;
 * - `rolling`: one controller at a time, standbys first, the next when it serves again (a
 *   failover pair switches to its standby; a replica is ejected and its peers carry on);
 * - `blue-green`: a new set boots beside the old one; each active controller then stops for
 *   `cutover` seconds (no boot: the new one is up) while its shard moves over;
 * - `node-drain`: `maxUnavailable` nodes at a time are drained and down for `duration`: the
 *   controller pods on them restart elsewhere (boot), the agent pods running work are evicted
 *   (the in-flight policy applies) and start again on another node; VMs are untouched.
 */
import type { Incident } from "../metrics/incidents";
import type { MaintenanceSpec, PlannedChange } from "../scenario-types";
import type { RunContext } from "./context";
import { us } from "./context";
import type { ControllerMember } from "./controller-member";
import type { ControllerOutages } from "./controller-outages";
import type { ComponentTargets } from "./failure-effects";
import { WEEK_SECONDS, weekPosition } from "./on-call";

const HOUR_US = us(3600);
const DAY_US = 24 * HOUR_US;

/**
 * The first window start at or after `atUs` (µs), on a calendar whose time 0 is `weekStart`
 * seconds after Monday 00:00; `atUs` itself without a window.
 */
export function nextWindowStart(window: MaintenanceSpec["window"], weekStart: number, atUs: number): number {
  if (window === undefined) return atUs;
  const fromUs = Math.round(window.from * HOUR_US);
  const { day, hour } = weekPosition(weekStart, atUs);
  const dayStart = atUs - Math.round(hour * HOUR_US);
  for (let ahead = 0; ahead <= 7; ahead++) {
    const d = (day + ahead) % 7;
    const start = dayStart + ahead * DAY_US + fromUs;
    if (window.days.includes(d) && start >= atUs) return start;
  }
  return atUs + us(WEEK_SECONDS); // unreachable for a valid window (a day listed)
}

export class Maintenance {
  constructor(
    private readonly ctx: RunContext,
    private readonly spec: MaintenanceSpec,
    private readonly outages: ControllerOutages,
    private readonly members: readonly ControllerMember[],
    private readonly targets: ComponentTargets,
  ) {}

  start(): void {
    for (const change of this.spec.changes) this.scheduleAfter(change, 0);
  }

  /** Schedules `change`'s next occurrence: the first multiple of `every` after `afterUs`. */
  private scheduleAfter(change: PlannedChange, afterUs: number): void {
    const { k } = this.ctx;
    const every = us(change.every);
    const due = (Math.floor(afterUs / every) + 1) * every;
    const at = nextWindowStart(this.spec.window, this.ctx.scenario.people?.weekStart ?? 0, due);
    if (at > this.ctx.horizon) return;
    k.schedule(at - k.now, () => {
      this.apply(change);
      this.scheduleAfter(change, at);
    });
  }

  private apply(change: PlannedChange): void {
    const { k } = this.ctx;
    const incident = this.ctx.metrics.incidents.start(change.kind, "planned", "down", "planned", k.now);
    incident.detect(k.now); // planned: everyone knows
    if (change.kind === "node-drain") this.drain(change, incident);
    else this.upgrade(change, incident);
  }

  private upgrade(
    change: Extract<PlannedChange, { kind: "controller-upgrade" | "plugin-update" }>,
    incident: Incident,
  ): void {
    const work = us(change.duration ?? 0);
    const own = this.ctx.topology.controllers.upgrade; // the design's own way, when the change does not say
    const strategy = change.strategy ?? own?.strategy ?? "full-restart";
    // The incident is over once every controller it stopped serves again (or at once if none).
    const end = () => incident.end(this.ctx.k.now);
    if (strategy === "full-restart") {
      let stopped = false;
      for (const m of this.members)
        stopped = this.outages.down(m, "crash", incident, 0, work, end) || stopped;
      if (!stopped) end();
    } else if (strategy === "blue-green") {
      const cutover = us(change.cutover ?? own?.cutover ?? 0);
      let stopped = false;
      for (const m of this.members)
        if (m.serving) stopped = this.outages.down(m, "crash", incident, 0, cutover, end, false) || stopped;
      if (!stopped) end();
    } else {
      // Rolling: standbys first, then the active ones, each when the one before serves again.
      const order = [...this.members].sort((a, b) => rank(a) - rank(b));
      let i = 0;
      const next = (): void => {
        while (i < order.length) {
          const m = order[i++]!;
          if (this.outages.down(m, "crash", incident, 0, work, next)) return;
        }
        incident.end(this.ctx.k.now);
      };
      next();
    }
  }

  private drain(change: Extract<PlannedChange, { kind: "node-drain" }>, incident: Incident): void {
    const { k, topology } = this.ctx;
    const nodes = topology.platform.nodes;
    const batch = Math.max(1, change.maxUnavailable ?? 1);
    const pods = topology.controllers.hosting === "pod";
    const drainFrom = (first: number): void => {
      if (first >= nodes) {
        incident.end(k.now);
        return;
      }
      const drained = Array.from({ length: Math.min(batch, nodes - first) }, (_, j) => first + j);
      for (const n of drained) {
        if (pods)
          for (const m of this.members)
            if (m.node === n) this.outages.down(m, "crash", incident, 0, 0, () => incident.end(k.now));
        this.targets.evictPods(n, incident);
      }
      k.schedule(us(change.duration), () => drainFrom(first + batch));
    };
    drainFrom(0);
  }
}

/** Rolling order: standbys before the active controllers. */
function rank(m: ControllerMember): number {
  return m.role === "standby" ? 0 : 1;
}
