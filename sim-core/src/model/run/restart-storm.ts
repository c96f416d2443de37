/**
 * What a controller's size and its agents do to its restart (`controllers.bootGrowth`,
 * `controllers.restartStorm`; both off by default):
 * - boot grows with its build history — Jenkins scans `JENKINS_HOME` at startup, ~20 s for a small
 *   one to tens of minutes for ~1000 jobs (docs/parameters.md, "Restart storms and boot growth");
 * - after it is back, every agent reconnects and the backlog drains through it: the controller
 *   runs slower (the stages it dispatches take `slowFactor` times longer) for `perAgent` seconds
 *   per agent attached.
 */

import type { RunContext } from "./context";
import { us } from "./context";
import type { ControllerMember } from "./controller-member";
import type { Executor } from "./executor-pool";

/** Extra boot (µs) of `m` for its shard's history; 0 without `bootGrowth`. */
export function bootGrowth(ctx: RunContext, m: ControllerMember): number {
  const growth = ctx.topology.controllers.bootGrowth;
  if (growth === undefined) return 0;
  const builds = Math.min(m.shard.history, growth.keepBuilds ?? Number.POSITIVE_INFINITY);
  return us(growth.perBuild * builds);
}

/**
 * Agents that reconnect to controller `m` coming back: its share of the static agents that are up
 * (the model's agents serve every controller; each active controller — a shard's, or a replica —
 * is taken to hold an equal share of their connections), or the pods running its pipelines' work.
 */
export function attachedAgents(ctx: RunContext, m: ControllerMember, executors: readonly Executor[]): number {
  if (ctx.topology.executors.kind === "static") {
    const c = ctx.topology.controllers;
    const active = ctx.topology.failover === undefined ? c.count : 1; // a failover group has one active
    return Math.round(executors.filter((e) => e.up).length / active);
  }
  return executors.filter((e) => e.up && e.task !== null && e.task.pipeline.owner === m).length;
}

/**
 * Starts `m`'s restart storm (it has just come back): slowed for agents × perAgent, unless it
 * goes down again first (its generation changes).
 */
export function startRestartStorm(
  ctx: RunContext,
  m: ControllerMember,
  executors: readonly Executor[],
): void {
  const storm = ctx.topology.controllers.restartStorm;
  if (storm === undefined) return;
  const duration = us(storm.perAgent * attachedAgents(ctx, m, executors));
  if (duration <= 0) return;
  const generation = m.generation;
  m.slowFactor = storm.slowFactor;
  ctx.k.schedule(duration, () => {
    if (m.generation === generation) m.slowFactor = 1;
  });
}
