/**
 * Morris elementary effects (Morris 1991; Campolongo, Cariboni & Saltelli 2007 for μ*): `r`
 * random one-at-a-time trajectories through a grid of `levels` levels on the unit cube, each
 * moving every parameter once by Δ = levels / (2 (levels − 1)). The effect of a step is the
 * change of the output per unit of the parameter's (normalized) range; μ* = mean |effect| ranks
 * importance, σ = standard deviation of the effects flags interactions and non-linearity.
 * Trajectories are drawn from a named seeded stream, so a study is reproducible.
 */
import { RandomStreams } from "../../random/random-streams";

/** Default number of grid levels (the usual choice with Δ = 2/3). */
export const MORRIS_LEVELS = 4;

/** One trajectory: its starting corner and the order in which parameters move (each by ±Δ). */
export interface MorrisTrajectory {
  /** Unit coordinates of the first point, on the grid. */
  start: number[];
  /** Parameter moved at step s (a permutation of 0..k−1). */
  order: number[];
  /** The step of each parameter: +Δ or −Δ (indexed by parameter). */
  delta: number[];
}

/** μ*, μ and σ of one parameter's elementary effects (NaN when it has none). */
export interface MorrisIndex {
  muStar: number;
  mu: number;
  sigma: number;
  /** Effects that had a finite output on both sides. */
  effects: number;
}

/** `r` seeded trajectories over `k` parameters. */
export function morrisTrajectories(
  k: number,
  r: number,
  seed: number,
  levels = MORRIS_LEVELS,
): MorrisTrajectory[] {
  const rng = new RandomStreams(seed, 0).stream("sensitivity/morris");
  const step = levels / (2 * (levels - 1));
  const pick = (n: number) => Math.min(n - 1, Math.floor(rng.next() * n));
  return Array.from({ length: r }, () => {
    const start = Array.from({ length: k }, () => pick(levels) / (levels - 1));
    const order = Array.from({ length: k }, (_, i) => i);
    for (let i = k - 1; i > 0; i--) {
      const j = pick(i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    // Step up where the grid allows it, else down: every point stays inside [0, 1].
    const delta = start.map((x) => (x + step <= 1 + 1e-12 ? step : -step));
    return { start, order, delta };
  });
}

/** The k + 1 points of a trajectory, in unit coordinates. */
export function trajectoryPoints(t: MorrisTrajectory): number[][] {
  const points = [t.start.slice()];
  let x = t.start.slice();
  for (const j of t.order) {
    x = x.slice();
    x[j] = x[j]! + t.delta[j]!;
    points.push(x);
  }
  return points;
}

/**
 * μ*, μ, σ per parameter from the outputs at every trajectory's points (`outputs[t][s]`, s = 0..k).
 * Steps with a non-finite output on either side are left out.
 */
export function morrisIndices(
  trajectories: readonly MorrisTrajectory[],
  outputs: readonly number[][],
): MorrisIndex[] {
  const k = trajectories[0]?.start.length ?? 0;
  const effects: number[][] = Array.from({ length: k }, () => []);
  trajectories.forEach((t, ti) => {
    const ys = outputs[ti]!;
    t.order.forEach((j, s) => {
      const a = ys[s]!;
      const b = ys[s + 1]!;
      if (Number.isFinite(a) && Number.isFinite(b)) effects[j]!.push((b - a) / t.delta[j]!);
    });
  });
  return effects.map((es) => {
    const n = es.length;
    if (n === 0) return { muStar: Number.NaN, mu: Number.NaN, sigma: Number.NaN, effects: 0 };
    const mu = es.reduce((a, b) => a + b, 0) / n;
    const muStar = es.reduce((a, b) => a + Math.abs(b), 0) / n;
    const sigma = n > 1 ? Math.sqrt(es.reduce((a, b) => a + (b - mu) * (b - mu), 0) / (n - 1)) : 0;
    return { muStar, mu, sigma, effects: n };
  });
}
