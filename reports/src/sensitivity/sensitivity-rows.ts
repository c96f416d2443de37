/** Rows of the flip table, shared by the HTML report and the terminal summary. */
import type { SensitivityResult } from "@resilab/sim-core";
import { formatMetricValue } from "../format";
import { formatParameterValue } from "./parameter-format";

/** One row per verdict that flips: objective, topology, base, parameter, flip, at, band, method. */
export function flipRows(result: SensitivityResult): string[][] {
  const byName = new Map(result.parameters.map((p) => [p.name, p]));
  return result.objectives.flatMap((os) =>
    os.effects
      .filter((e) => e.flip !== null)
      .map((e) => {
        const p = byName.get(e.parameter)!;
        const f = e.flip!;
        const v = (x: number) => formatParameterValue(p, x);
        return [
          os.objective,
          os.topology,
          `${formatMetricValue(os.metric, os.base.value)} (${os.base.verdict})`,
          e.parameter,
          `toward ${f.toward}: ${f.from} → ${f.to}`,
          f.at === null ? "n/a" : v(f.at),
          `${v(f.band[0])} – ${v(f.band[1])}`,
          f.method === "bisection" ? `bisection (${f.rounds} rounds)` : "interpolation",
        ];
      }),
  );
}
