/**
 * Executor pools per label and cell. With `executors.cells` = 1 (the default) a label has one
 * pool shared by every team; with n cells a label's executors are split into n team-dedicated
 * pools (executor i in cell i mod n; team t uses cell t mod n) — the manufacturing "cell" against
 * one shared pool, at the same number of executors. `executors.countByLabel` sizes a label apart
 * from `count` (line balancing: more stations where the bottleneck is).
 */
import type { TopologyConfig } from "../scenario-types";
import { Executor, ExecutorPool } from "./executor-pool";

/** The pools map key of `label`'s cell `cell` (cell 0 is the label itself, as without cells). */
export function cellPoolKey(label: string, cell: number): string {
  return cell === 0 ? label : `${label}#cell-${cell}`;
}

/** Executors of `label`: `countByLabel[label]`, else `count`. */
export function executorCount(topology: TopologyConfig, label: string): number {
  const ex = topology.executors;
  return ex.countByLabel !== undefined && Object.hasOwn(ex.countByLabel, label)
    ? ex.countByLabel[label]!
    : ex.count;
}

/** Builds `label`'s pools (one per cell) and executors, appending to `pools` and `executors`. */
export function addExecutorPools(
  topology: TopologyConfig,
  label: string,
  pools: Map<string, ExecutorPool>,
  executors: Executor[],
): void {
  const ex = topology.executors;
  const cells = ex.cells ?? 1;
  const cellPools = Array.from({ length: cells }, (_, c) => {
    const pool = new ExecutorPool(
      label,
      ex.kind === "ephemeral",
      topology.intake.stageBuffer ?? Number.POSITIVE_INFINITY,
    );
    pools.set(cellPoolKey(label, c), pool);
    return pool;
  });
  const count = executorCount(topology, label);
  for (let i = 0; i < count; i++) {
    const index = executors.length;
    const pool = cellPools[i % cells]!;
    const executor = new Executor(
      index,
      `executor-${index}`,
      pool,
      index % topology.platform.nodes,
      index % topology.platform.zones,
    );
    executors.push(executor);
    pool.executors.push(executor);
  }
  // A loop, not push(...spread): a spread passes every executor as an argument, and up to
  // executors.count = 1,000,000 arguments overflow the call stack.
  for (const pool of cellPools)
    for (let i = pool.executors.length - 1; i >= 0; i--) pool.idle.push(pool.executors[i]!);
}

/** Executors over every label (`count` × labels unless `countByLabel` sizes some apart). */
export function totalExecutors(topology: TopologyConfig): number {
  let total = 0;
  for (const label of topology.executors.labels ?? ["default"]) total += executorCount(topology, label);
  return total;
}
