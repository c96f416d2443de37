/** A hand-built sweep result over the controllers' repair time. */
import type { SweepResult } from "../sweep-result";
import { experimentFixture } from "./experiment";

/** A sweep over the controllers' repair time (fixture `recoveryScale` 0.5 to 4) with the cheapest design found from its verdicts. */
export function sweepFixture(): SweepResult {
  const values = [300, 600, 1200, 2400];
  const points = values.map((value) => ({
    value,
    result: experimentFixture({ recoveryScale: value / 600, replications: 2 }),
  }));
  let cheapest: SweepResult["cheapest"] = null;
  for (const { value, result } of points) {
    for (const t of result.topologies) {
      const mine = result.verdicts.filter((v) => v.topology === t.topology);
      const cost = t.metrics.cost.mean;
      if (mine.every((v) => v.verdict === "met") && (cheapest === null || cost < cheapest.costPerHour)) {
        cheapest = { topology: t.topology, value, costPerHour: cost };
      }
    }
  }
  const first = points[0]!.result;
  return {
    schemaVersion: 1,
    tool: first.tool,
    scenario: first.scenario,
    seed: first.seed,
    parameter: "faults.controller.mttr",
    points,
    cheapest,
  };
}
