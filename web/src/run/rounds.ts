/**
 * Streaming order and completeness. Tasks are dispatched replication by replication across all
 * topologies (and sweep points), so the first "round" — every topology with a few replications —
 * arrives early and later rounds narrow the intervals. A round counts only once every group has
 * all replications below it, so a partial picture is exactly the result of the same scenario
 * with fewer replications (replication r's run does not depend on the total).
 */
import type { RunTask } from "@resilab/sim-core";

/** The tasks in streaming order: by replication, then sweep point, then topology. */
export function streamingOrder(tasks: readonly RunTask[]): RunTask[] {
  return [...tasks].sort(
    (a, b) =>
      a.replication - b.replication || a.point - b.point || a.topology - b.topology || a.index - b.index,
  );
}

/** Counts complete rounds as results arrive (any order). */
export class RoundTracker {
  private readonly groups = new Map<string, { done: boolean[]; prefix: number }>();
  private readonly seen = new Set<number>();

  /** `tasks`: every task of the job; replications per group are taken from them. */
  constructor(tasks: readonly RunTask[]) {
    for (const task of tasks) {
      const key = `${task.point}/${task.topology}`;
      const group = this.groups.get(key) ?? { done: [], prefix: 0 };
      group.done[task.replication] = false;
      this.groups.set(key, group);
    }
  }

  /** Marks `task` done; returns the number of complete rounds. */
  complete(task: RunTask): number {
    if (!this.seen.has(task.index)) {
      this.seen.add(task.index);
      const group = this.groups.get(`${task.point}/${task.topology}`);
      if (group === undefined) throw new RangeError(`task ${task.index} is not part of this job`);
      group.done[task.replication] = true;
      while (group.done[group.prefix] === true) group.prefix += 1;
    }
    return this.rounds();
  }

  /** Replications every group has from 0 upward (0 when there are no groups). */
  rounds(): number {
    let min = Number.POSITIVE_INFINITY;
    for (const group of this.groups.values()) min = Math.min(min, group.prefix);
    return Number.isFinite(min) ? min : 0;
  }

  /** Tasks done so far. */
  get done(): number {
    return this.seen.size;
  }
}
