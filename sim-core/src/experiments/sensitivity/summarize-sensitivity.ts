/**
 * Turns the estimates at every point of a study into its result: for each objective and
 * topology the parameters ordered by how much they move the estimate (tornado swing, or Morris
 * μ*), where each would flip the verdict, and an overall ranking of the parameters.
 */
import { expandTopology } from "../../model/expand-topology";
import type { Scenario } from "../../model/scenario-types";
import { documentIdentity } from "../document-identity";
import { objectiveName } from "../verdicts";
import type { Bracket } from "./bisection";
import { type FlipPoint, interpolateFlip } from "./flip-point";
import { morrisIndices } from "./morris";
import type { PointEstimates } from "./point-estimates";
import { basePointIndex, type SensitivityDesign } from "./sensitivity-design";
import type {
  ObjectiveSensitivity,
  ParameterEffect,
  ParameterRank,
  SensitivityResult,
} from "./sensitivity-result";

/** What the summary needs besides the design and the estimates. */
export interface SensitivityMeta {
  toolVersion: string;
  defaultAssumptions: boolean;
  runs: number;
  /** Final brackets of the bisection (tornado); flips not listed are interpolated from the tornado points. */
  brackets?: readonly Bracket[];
}

/**
 * The flip of `initial` (the tornado's bracket: base and the flipping end, whose verdicts it
 * reports), located within `final` (the same bracket after bisection, or itself).
 */
function flipOf(s: Scenario, initial: Bracket, final: Bracket, method: FlipPoint["method"]): FlipPoint {
  const o = s.slo[final.objective]!;
  const { at } = interpolateFlip(o, final.good, final.bad);
  const { band } = interpolateFlip(o, final.settledGood, final.settledBad);
  return {
    toward: initial.toward,
    from: initial.good.estimate.verdict,
    to: initial.bad.estimate.verdict,
    at,
    band,
    method,
    rounds: final.rounds,
  };
}

function finite(x: number): number {
  return Number.isFinite(x) ? x : 0;
}

export function summarizeSensitivity(
  scenario: Scenario,
  design: SensitivityDesign,
  estimates: readonly PointEstimates[],
  tornadoBrackets: readonly Bracket[],
  meta: SensitivityMeta,
): SensitivityResult {
  const names = scenario.topologies.map((t, i) => expandTopology(t, i, scenario.shared).name);
  const base = estimates[basePointIndex(design)]!;
  const refined = new Map(
    (meta.brackets ?? []).map((b) => [`${b.objective}/${b.topology}/${b.parameter}`, b]),
  );
  const objectives: ObjectiveSensitivity[] = [];
  scenario.slo.forEach((o, oi) => {
    names.forEach((topology, t) => {
      const b0 = base[oi]![t];
      if (b0 === null || b0 === undefined) return;
      const morris =
        design.trajectories === null
          ? null
          : morrisIndices(
              design.trajectories,
              design.trajectories.map((_, ti) =>
                Array.from(
                  { length: design.parameters.length + 1 },
                  (_, s) => estimates[ti * (design.parameters.length + 1) + s]![oi]![t]?.value ?? Number.NaN,
                ),
              ),
            );
      const effects: ParameterEffect[] = design.parameters.map((p, j) => {
        if (morris !== null) {
          const m = morris[j]!;
          return { parameter: p.name, low: null, high: null, swing: finite(m.muStar), morris: m, flip: null };
        }
        const lo = estimates[1 + 2 * j]![oi]![t]!;
        const hi = estimates[2 + 2 * j]![oi]![t]!;
        const key = `${oi}/${t}/${j}`;
        const bracket = tornadoBrackets.find((b) => `${b.objective}/${b.topology}/${b.parameter}` === key);
        const final = refined.get(key);
        const flip =
          bracket === undefined
            ? null
            : final !== undefined && final.rounds > 0
              ? flipOf(scenario, bracket, final, "bisection")
              : flipOf(scenario, bracket, bracket, "interpolation");
        const swing =
          Number.isFinite(lo.value) && Number.isFinite(hi.value) ? Math.abs(hi.value - lo.value) : 0;
        return {
          parameter: p.name,
          low: { x: p.low, ...lo },
          high: { x: p.high, ...hi },
          swing,
          morris: null,
          flip,
        };
      });
      effects.sort((a, b) => b.swing - a.swing || (b.flip ? 1 : 0) - (a.flip ? 1 : 0));
      objectives.push({
        objective: objectiveName(o),
        metric: o.metric,
        op: o.op,
        target: o.target,
        topology,
        base: b0,
        effects,
      });
    });
  });
  return {
    schemaVersion: 1,
    kind: "sensitivity",
    ...documentIdentity(scenario, meta.toolVersion),
    method: design.method,
    replications: scenario.replications,
    trajectories: design.trajectories?.length ?? 0,
    defaultAssumptions: meta.defaultAssumptions,
    parameters: design.parameters,
    runs: meta.runs,
    objectives,
    ranking: rankParameters(design, objectives),
  };
}

/** Overall ranking: mean relative swing over objectives × topologies, then flips. */
export function rankParameters(
  design: SensitivityDesign,
  objectives: readonly ObjectiveSensitivity[],
): ParameterRank[] {
  const ranks = design.parameters.map((p) => ({ parameter: p.name, score: 0, flips: 0 }));
  for (const os of objectives) {
    const top = Math.max(0, ...os.effects.map((e) => e.swing));
    for (const e of os.effects) {
      const r = ranks.find((x) => x.parameter === e.parameter)!;
      if (top > 0) r.score += e.swing / top / objectives.length;
      if (e.flip !== null) r.flips += 1;
    }
  }
  return ranks.sort((a, b) => b.flips - a.flips || b.score - a.score);
}
