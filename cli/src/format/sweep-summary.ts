/** The terminal summary of a sweep: per value and topology, the verdicts, and the cheapest design. */
import type { SweepResult } from "@resilab/sim-core";
import { formatInterval } from "./numbers";
import { provenanceLine } from "./result-summary";
import { table } from "./table";

/** One row per (value, topology): all objectives met?, availability and cost. */
export function sweepSummary(sweep: SweepResult): string {
  const rows: string[][] = [];
  for (const point of sweep.points) {
    for (const topology of point.result.topologies) {
      const verdicts = point.result.verdicts.filter((v) => v.topology === topology.topology);
      const met = verdicts.filter((v) => v.verdict === "met").length;
      rows.push([
        String(point.value),
        topology.topology,
        `${met}/${verdicts.length} met`,
        formatInterval("availability", topology.metrics.availability),
        Number(topology.metrics.cost.mean.toPrecision(3)).toString(),
      ]);
    }
  }
  const cheapest =
    sweep.cheapest === null
      ? "No (topology, value) meets every objective."
      : `Cheapest design meeting every objective: ${sweep.cheapest.topology} at ${sweep.parameter} = ${sweep.cheapest.value} (cost ${Number(sweep.cheapest.costPerHour.toPrecision(3))}/h).`;
  return `${[
    provenanceLine(sweep),
    `sweep of ${sweep.parameter} over ${sweep.points.length} values`,
    "",
    table([sweep.parameter, "topology", "objectives", "availability [95% CI]", "cost"], rows, [
      "r",
      "l",
      "r",
      "r",
      "r",
    ]),
    "",
    cheapest,
  ].join("\n")}\n`;
}
