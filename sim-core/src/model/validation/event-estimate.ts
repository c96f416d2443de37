/**
 * An upper estimate of the kernel events one replication of one topology processes, computed
 * from the scenario alone (no simulation), so that a scenario that would run for hours is refused
 * at load with the estimate and the budget instead of running out of its event budget mid-run.
 *
 * It adds up what makes events, each at its expected count plus a margin:
 * - the workload: every trigger; every pipeline that can finish (the arrivals, or what the
 *   executors can process when the line is saturated or overloaded: executors ÷ executor-seconds
 *   per pipeline) with its stage attempts (flaky retries included), startups and completions;
 *   trigger retries while the service is down; a saturated backlog's refusals at the door (service
 *   down, or an intake smaller than the backlog), each re-offered after the sender's backoff;
 * - fault cycles: for every component of every failure class (each executor, partition, node,
 *   zone, controller, dependency…), its failures over the horizon (Poisson mean + 3 σ + 3), each
 *   with its detection, repair and return events and the work it interrupts (fan-out);
 * - chaos events, backups, business-hours boundaries.
 * The sum is doubled (the constants per item are calibrated on measured counts: `event-estimate
 * .test.ts` checks the estimate bounds the measured count of every library scenario, within 50×).
 */
import { distribution } from "../../random/distribution";
import type { DistributionSpec } from "../../random/distribution-spec";
import { DEPENDENCY_CLASSES } from "../fault-classes";
import { totalExecutors } from "../run/executor-cells";
import { SATURATED_BACKLOG } from "../run/trigger-sources";
import type { FailureClassSpec, Scenario, TopologyConfig } from "../scenario-types";

/** The estimate and its parts (events per replication), for messages and tests. */
export interface EventEstimate {
  total: number;
  workload: number;
  faults: number;
  chaos: number;
  other: number;
}

/** Failure classes that can keep a trigger from being accepted (what sender retries wait out). */
const DOOR_CLASSES = ["controller", "node", "zone", "store", "controlPlane", "ingress", "dns", "region"];

/** Safety factor on the sum of the parts. */
const MARGIN = 2;
/** Events per pipeline outside its stages: trigger, admission, end, departure. */
const PER_PIPELINE = 4;
/** Events per stage attempt: dispatch or startup, completion, hand-over slack. */
const PER_ATTEMPT = 3;
/** Events per refusal of a saturated backlog's pipeline at a full intake (the re-offer timer). */
const PER_REFUSAL = 2;
/** Events per failure of a component itself: fire, detection, repair, boot, return, next draw. */
const PER_FAILURE = 12;
/** Events per piece of work a failure interrupts (stop, policy, re-dispatch, restart, completion). */
const PER_INTERRUPTED = 6;

function mean(spec: DistributionSpec | undefined, fallback: number): number {
  if (spec === undefined) return fallback;
  try {
    return distribution(spec).mean;
  } catch {
    return fallback; // reported by the distribution's own check
  }
}

/** Expected failures of `components` over `horizon`, plus 3 σ and 3 for the luck of one replication. */
function failuresUpper(components: number, horizon: number, timeToFailure: number): number {
  if (components === 0) return 0;
  const lambda = (components * horizon) / Math.max(timeToFailure, 1e-9);
  return lambda + 3 * Math.sqrt(lambda) + 3 * Math.min(components, 1 + lambda);
}

interface Shape {
  executors: number;
  /** Executors busy at a failure, at most: Little's law on the work, plus 3 σ. */
  busy: number;
  controllers: number;
  nodes: number;
  zones: number;
  shards: number;
  usesPods: boolean;
  /** Events to redo one interrupted piece of work (a whole pipeline when restarting from scratch). */
  redo: number;
}

/** How many components a failure class has in the topology, and how much work one failure hits. */
function classShape(cls: string, s: Shape): { components: number; fanout: number } {
  // Work a failure interrupts: the busy executors among those it takes down.
  const work = (executors: number) => Math.min(executors, s.busy);
  const perController = work((2 * s.executors) / Math.max(1, s.controllers)) + 1;
  switch (cls) {
    case "controller":
      return { components: s.controllers, fanout: perController };
    case "executor":
    case "agentPartition":
    case "partition":
      return { components: s.executors, fanout: 1 };
    case "node":
      return {
        components: s.usesPods ? s.nodes : 0,
        fanout: work(s.executors / s.nodes + 1) + s.controllers / s.nodes + 2,
      };
    case "zone":
      return {
        components: s.zones,
        fanout: work(s.executors / s.zones + 1) + (s.controllers + s.nodes) / s.zones + 2,
      };
    case "corruption":
      return { components: s.shards, fanout: perController };
    default:
      // The store, every shared dependency, a bad release, the region: one of each, hitting all work.
      return { components: 1, fanout: work(s.executors) + s.controllers };
  }
}

/**
 * Pipelines of the saturated backlog that do not fit the intake with one controller serving per
 * shard, at most: the backlog spreads over the shards that have teams at random, so a shard's
 * share is taken at its mean + 3 σ + 3 (the luck of the draw). 0 when a full intake blocks.
 */
function intakeOverflow(t: TopologyConfig, teams: number): number {
  if (t.intake.overflow === "block") return 0;
  const c = t.controllers;
  const shards = t.failover === undefined && c.mode !== "replica" ? Math.min(c.count, Math.max(1, teams)) : 1;
  const slots = c.capacity + t.intake.capacity;
  const share = SATURATED_BACKLOG / shards;
  const sd = Math.sqrt(share * (1 - 1 / shards));
  return Math.min(SATURATED_BACKLOG, shards * Math.max(0, share + 3 * sd + 3 - slots));
}

/**
 * Events of a saturated backlog refused at the door (`trigger-sources.ts`): while the service is
 * down every place of the backlog, and with it up the places a full intake drops, are offered
 * again after the sender's backoff (`triggerRetry.initial` doubling per refusal in a row, up to
 * `max`) — one event each, plus the sender's own retries with `onTriggerUnavailable: retry`. The
 * count is the lesser of two bounds: every such place refused every `initial` seconds; or each
 * run of refusals (one per place, plus one per pipeline that starts: at most twice the
 * completions) climbing the backoff ladder to `max`, then one refusal per `max` seconds.
 */
function saturatedRefusals(
  t: TopologyConfig,
  teams: number,
  horizon: number,
  completions: number,
  downFraction: number,
): number {
  const r = t.triggerRetry;
  const initial = Math.max(r.initial, 1e-3);
  const places = Math.min(
    SATURATED_BACKLOG,
    SATURATED_BACKLOG * Math.min(1, downFraction) + intakeOverflow(t, teams),
  );
  if (places === 0) return 0;
  let ladder = 1; // refusals in a row until the backoff reaches max (a loop: no Math.log on a printed path)
  for (let d = initial; d < r.max && ladder < 64; d *= 2) ladder++;
  const everyInitial = (places * horizon) / initial;
  const withBackoff =
    (2 * horizon * completions + SATURATED_BACKLOG) * ladder + (places * horizon) / Math.max(r.max, initial);
  const perRefusal = PER_REFUSAL + (t.onTriggerUnavailable === "retry" ? r.attempts : 0);
  return perRefusal * Math.min(everyInitial, withBackoff);
}

/** The class a chaos target belongs to (`executor-3` → executor, `scm` → scm). */
function chaosClass(target: string): string {
  const head = target.replace(/-\d+$/, "");
  if (head.startsWith("zone-")) return "zone";
  const dependency = DEPENDENCY_CLASSES.find(
    (c) => c.replace(/[A-Z]/g, (x) => `-${x.toLowerCase()}`) === head,
  );
  return dependency ?? head;
}

/** An upper estimate of the events of one replication of topology `t`. */
export function estimateTopologyEvents(s: Scenario, t: TopologyConfig): EventEstimate {
  const horizon = s.horizon;
  const stages = s.workload.pipeline.stages;
  const restartAll = t.inFlight.policy === "restart-from-scratch";

  // Stage attempts per pipeline (expected, flaky retries included) and executor-seconds they take.
  let attempts = 0;
  let work = 0;
  for (const st of stages) {
    const f = st.flakyProbability ?? 0;
    let a = 0;
    let fk = 1;
    for (let k = 0; k <= (st.retries ?? 0) && fk > 1e-12; k++) {
      a += fk;
      fk *= f;
    }
    attempts += a;
    work += a * mean(st.duration, 0);
  }
  const perPipeline = PER_PIPELINE + PER_ATTEMPT * attempts;
  const executors = totalExecutors(t);
  // Pipelines per second the executors can finish at most (each takes `work` executor-seconds).
  const capacity = executors / Math.max(work, 1e-6);

  let arrivals = 0;
  let saturated = false;
  let other = 0;
  for (const tr of s.workload.triggers) {
    if (tr.kind === "poisson" || tr.kind === "business-hours") arrivals += tr.ratePerHour / 3600;
    if (tr.kind === "business-hours") other += (4 * horizon) / 86_400;
    if (tr.kind === "burst") {
      arrivals += tr.size / tr.meanInterval;
      other += horizon / tr.meanInterval;
    }
    if (tr.kind === "saturated") saturated = true;
  }
  const completions = saturated ? capacity : Math.min(arrivals, capacity);
  let workload = horizon * (2 * arrivals + completions * perPipeline);
  if (saturated) workload += SATURATED_BACKLOG * perPipeline;

  const inService = completions * work; // executor-seconds per second: busy executors on average
  const shape: Shape = {
    executors,
    busy: Math.min(executors, inService + 3 * Math.sqrt(inService) + 3),
    controllers: t.controllers.count,
    nodes: Math.max(1, t.platform.nodes),
    zones: Math.max(1, t.platform.zones),
    shards: t.failover === undefined && t.controllers.mode === "shard" ? t.controllers.count : 1,
    usesPods: t.controllers.hosting === "pod" || t.executors.kind === "ephemeral",
    redo: restartAll ? PER_ATTEMPT * attempts + PER_INTERRUPTED : PER_INTERRUPTED,
  };

  let faults = 0;
  let downFraction = 0;
  for (const [cls, raw] of Object.entries(s.faults)) {
    if (cls === "chaos" || raw === undefined) continue;
    const spec = raw as FailureClassSpec;
    const ttf = mean(spec.timeToFailure, spec.mtbf);
    let repair = mean(spec.repair, spec.mttr);
    for (const byMode of Object.values(spec.repairByMode ?? {})) repair = Math.max(repair, mean(byMode, 0));
    const { components, fanout } = classShape(cls, shape);
    faults += failuresUpper(components, horizon, ttf) * (PER_FAILURE + fanout * shape.redo);
    if (components > 0 && DOOR_CLASSES.includes(cls)) downFraction += repair / Math.max(ttf + repair, 1e-9);
  }
  let chaos = 0;
  for (const e of s.faults.chaos ?? []) {
    const { fanout } = classShape(chaosClass(e.target), shape);
    chaos += PER_FAILURE + fanout * shape.redo;
    downFraction += (e.duration ?? 3600) / horizon;
  }
  // Senders retrying while the service is down: each attempt is an event.
  if (t.onTriggerUnavailable === "retry")
    workload += horizon * arrivals * t.triggerRetry.attempts * Math.min(1, downFraction);
  if (saturated) workload += saturatedRefusals(t, s.workload.teams, horizon, completions, downFraction);

  const interval = t.recovery?.backup?.interval;
  if (typeof interval === "number" && interval > 0) other += (3 * horizon) / interval;

  const total = MARGIN * (workload + faults + chaos + other) + 1000;
  return { total, workload, faults, chaos, other };
}
