/**
 * Checks of `executors.countByLabel` and `executors.cells` (`run/executor-cells.ts`), and of the
 * controller's `bootGrowth` and `restartStorm` (`run/restart-storm.ts`).
 */
import type { ControllerSpec, ExecutorSpec } from "../scenario-types";
import type { Checker } from "./checker";

export function checkExecutorCells(
  c: Checker,
  p: string,
  ex: ExecutorSpec,
  labels: readonly string[],
  maxExecutors: number,
): void {
  let total = 0;
  for (const label of labels) total += ex.countByLabel?.[label] ?? ex.count;
  if (ex.countByLabel !== undefined && c.object(`${p}.executors.countByLabel`, ex.countByLabel)) {
    for (const [label, n] of Object.entries(ex.countByLabel)) {
      const path = `${p}.executors.countByLabel.${label}`;
      if (!labels.includes(label)) c.add(path, label, `one of the executor labels: ${labels.join(", ")}`);
      else c.number(path, n, { min: 1, integer: true });
    }
    if (Number.isInteger(total) && total > maxExecutors)
      c.add(
        `${p}.executors.countByLabel`,
        `${total} executors`,
        `at most ${maxExecutors} executors over every label`,
      );
  }
  if (ex.cells === undefined) return;
  if (!c.number(`${p}.executors.cells`, ex.cells, { min: 1, integer: true })) return;
  for (const label of labels) {
    const n = ex.countByLabel?.[label] ?? ex.count;
    if (Number.isInteger(n) && n < ex.cells)
      c.add(
        `${p}.executors.cells`,
        ex.cells,
        `at most the executors of label ${label} (${n}): every cell needs one`,
      );
  }
}

/** `controllers.bootGrowth` and `controllers.restartStorm` (`run/restart-storm.ts`). */
export function checkRestartGrowth(c: Checker, p: string, ctl: ControllerSpec): void {
  if (ctl.bootGrowth !== undefined && c.object(`${p}.controllers.bootGrowth`, ctl.bootGrowth)) {
    c.number(`${p}.controllers.bootGrowth.perBuild`, ctl.bootGrowth.perBuild, { min: 0, max: 3600 });
    c.number(`${p}.controllers.bootGrowth.keepBuilds`, ctl.bootGrowth.keepBuilds, {
      min: 0,
      integer: true,
      optional: true,
    });
  }
  if (ctl.upgrade !== undefined && c.object(`${p}.controllers.upgrade`, ctl.upgrade)) {
    c.oneOf(`${p}.controllers.upgrade.strategy`, ctl.upgrade.strategy, [
      "full-restart",
      "rolling",
      "blue-green",
    ]);
    if (ctl.upgrade.strategy === "blue-green" && ctl.upgrade.cutover === undefined)
      c.add(
        `${p}.controllers.upgrade.cutover`,
        undefined,
        'a duration: required with strategy "blue-green" (how long a shard stops)',
      );
    else if (ctl.upgrade.strategy === "blue-green")
      c.number(`${p}.controllers.upgrade.cutover`, ctl.upgrade.cutover, { min: 0, max: 86_400 });
  }
  if (ctl.restartStorm !== undefined && c.object(`${p}.controllers.restartStorm`, ctl.restartStorm)) {
    c.number(`${p}.controllers.restartStorm.perAgent`, ctl.restartStorm.perAgent, { min: 0, max: 3600 });
    c.number(`${p}.controllers.restartStorm.slowFactor`, ctl.restartStorm.slowFactor, { min: 1, max: 1000 });
  }
}
