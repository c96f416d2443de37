/** Checks the workload (teams, triggers, pipeline DAG) and the fault trace of a scenario. */

import { FAULT_CLASS_NAMES } from "../fault-classes";
import type { FaultSpec, WorkloadSpec } from "../scenario-types";
import type { Checker } from "./checker";
import {
  DURATION_RULE,
  MAX_DURATION,
  MAX_HORIZON,
  MAX_MEAN_INTERVAL,
  MAX_REQUESTS_PER_SECOND,
  MAX_SLOW_FACTOR,
  MAX_STAGES,
} from "./limits";
import { checkDistribution } from "./validate-topology";

const CLASSES = FAULT_CLASS_NAMES;
const TARGET =
  /^(controller|executor|node|partition)-\d+$|^zone-[a-z0-9]+$|^(store|control-plane|ingress|dns|scm|registry|artifact-store|release|region)$|^corruption-\d+$/;
const TARGET_ALLOWED =
  "controller-<i>, executor-<i>, node-<i>, partition-<i>, zone-<name>, store, control-plane, ingress, dns, scm, registry, artifact-store, release, region or corruption-<shard>";

/** Returns true when the pipeline is usable for further (topology) checks. */
export function checkWorkload(c: Checker, w: WorkloadSpec): boolean {
  const before = c.issues.length;
  c.number("workload.teams", w.teams, { min: 1, max: 100_000, integer: true });
  if (c.array("workload.triggers", w.triggers, 1)) {
    w.triggers.forEach((t, i) => {
      const p = `workload.triggers.${i}`;
      if (!c.object(p, t)) return;
      if (!c.oneOf(`${p}.kind`, t.kind, ["poisson", "business-hours", "burst", "saturated"])) return;
      if (t.kind === "poisson" || t.kind === "business-hours") {
        c.number(`${p}.ratePerHour`, t.ratePerHour, { min: 0, max: 1e7 });
      }
      if (t.kind === "business-hours") {
        c.number(`${p}.startHour`, t.startHour, { min: 0, max: 24, optional: true });
        c.number(`${p}.endHour`, t.endHour, { min: 0, max: 24, optional: true });
        c.number(`${p}.daysPerWeek`, t.daysPerWeek, { min: 1, max: 7, integer: true, optional: true });
        if ((t.startHour ?? 9) >= (t.endHour ?? 17)) c.add(`${p}.endHour`, t.endHour, "later than startHour");
      }
      if (t.kind === "burst") {
        c.number(`${p}.meanInterval`, t.meanInterval, { above: 0, max: MAX_MEAN_INTERVAL });
        c.number(`${p}.size`, t.size, { min: 1, max: 1e6, integer: true });
      }
      if (t.kind !== "saturated" && t.teams !== undefined && c.array(`${p}.teams`, t.teams, 1)) {
        t.teams.forEach((team, j) => {
          c.number(`${p}.teams.${j}`, team, { min: 0, max: w.teams - 1, integer: true });
        });
      }
    });
  }
  if (w.endUser !== undefined && c.object("workload.endUser", w.endUser)) {
    c.number("workload.endUser.requestsPerSecond", w.endUser.requestsPerSecond, {
      above: 0,
      max: MAX_REQUESTS_PER_SECOND,
    });
    c.number("workload.endUser.blockedThreshold", w.endUser.blockedThreshold, {
      above: 0,
      max: MAX_DURATION,
    });
  }
  if (
    !c.object("workload.pipeline", w.pipeline) ||
    !c.array("workload.pipeline.stages", w.pipeline.stages, 1)
  ) {
    return false;
  }
  if (w.pipeline.stages.length > MAX_STAGES) {
    c.add("workload.pipeline.stages", `${w.pipeline.stages.length} stages`, `at most ${MAX_STAGES} stages`);
    return false;
  }
  const names = new Set<string>();
  w.pipeline.stages.forEach((st, i) => {
    const p = `workload.pipeline.stages.${i}`;
    if (!c.object(p, st)) return;
    c.string(`${p}.name`, st.name);
    if (names.has(st.name)) c.add(`${p}.name`, st.name, "a stage name not used by an earlier stage");
    checkDistribution(c, `${p}.duration`, st.duration);
    c.probability(`${p}.flakyProbability`, st.flakyProbability, true);
    c.number(`${p}.retries`, st.retries, { min: 0, max: 100, integer: true, optional: true });
    c.number(`${p}.checkpoints`, st.checkpoints, { min: 0, max: 1000, integer: true, optional: true });
    c.string(`${p}.label`, st.label, true);
    if (st.after !== undefined && c.array(`${p}.after`, st.after)) {
      st.after.forEach((dep, j) => {
        if (!names.has(dep))
          c.add(`${p}.after.${j}`, dep, `the name of an earlier stage (${[...names].join(", ") || "none"})`);
      });
    }
    names.add(st.name);
  });
  return c.issues.length === before;
}

export function checkFaults(c: Checker, f: FaultSpec): void {
  for (const cls of CLASSES) {
    const spec = f[cls];
    const p = `faults.${cls}`;
    if (spec === undefined || !c.object(p, spec)) continue;
    c.number(`${p}.mtbf`, spec.mtbf, { above: 0, max: MAX_MEAN_INTERVAL });
    c.number(`${p}.mttr`, spec.mttr, DURATION_RULE);
    if (spec.timeToFailure !== undefined)
      checkDistribution(c, `${p}.timeToFailure`, spec.timeToFailure, MAX_MEAN_INTERVAL);
    if (spec.repair !== undefined) checkDistribution(c, `${p}.repair`, spec.repair);
    c.oneOf(`${p}.clock`, spec.clock, ["wall", "operating"], true);
    c.number(`${p}.slowFactor`, spec.slowFactor, { min: 1, max: MAX_SLOW_FACTOR, optional: true });
    if (spec.modes !== undefined && c.object(`${p}.modes`, spec.modes)) {
      let total = 0;
      for (const m of ["crash", "hang", "slow"] as const) {
        c.probability(`${p}.modes.${m}`, spec.modes[m], true);
        total += spec.modes[m] ?? 0;
      }
      if (!(total > 0)) c.add(`${p}.modes`, spec.modes, "weights for crash, hang, slow with a positive sum");
    }
  }
  if (f.chaos !== undefined && c.array("faults.chaos", f.chaos)) {
    f.chaos.forEach((e, i) => {
      const p = `faults.chaos.${i}`;
      if (!c.object(p, e)) return;
      c.number(`${p}.at`, e.at, { min: 0, max: MAX_HORIZON });
      if (typeof e.target !== "string" || !TARGET.test(e.target)) {
        c.add(`${p}.target`, e.target, TARGET_ALLOWED);
      }
      c.oneOf(`${p}.kind`, e.kind, ["crash", "hang", "down"]);
      c.number(`${p}.duration`, e.duration, { ...DURATION_RULE, optional: true });
    });
  }
}
