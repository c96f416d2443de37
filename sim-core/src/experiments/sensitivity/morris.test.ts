import { describe, expect, it } from "vitest";
import { morrisIndices, morrisTrajectories, trajectoryPoints } from "./morris";

/** f(x) = 4 x0 + 2 x1² + 0 x2 + x0 x3: linear, non-linear, inert and interacting inputs. */
const f = (x: number[]) => 4 * x[0]! + 2 * x[1]! * x[1]! + x[0]! * x[3]!;

describe("Morris elementary effects", () => {
  const trajectories = morrisTrajectories(4, 30, 7);
  const outputs = trajectories.map((t) => trajectoryPoints(t).map(f));
  const [x0, x1, x2, x3] = morrisIndices(trajectories, outputs);

  it("keeps every trajectory on the 4-level grid inside the unit cube, one move per parameter", () => {
    for (const t of trajectories) {
      const points = trajectoryPoints(t);
      expect(points).toHaveLength(5);
      for (const p of points)
        for (const v of p) expect([0, 1 / 3, 2 / 3, 1].some((g) => Math.abs(g - v) < 1e-12)).toBe(true);
      expect([...t.order].sort()).toEqual([0, 1, 2, 3]);
    }
  });

  it("recovers the known effects: the linear slope exactly, an inert input at zero", () => {
    // ∂f/∂x0 = 4 + x3 ∈ [4, 5]: μ* between them, σ > 0 from the interaction with x3.
    expect(x0!.muStar).toBeGreaterThanOrEqual(4);
    expect(x0!.muStar).toBeLessThanOrEqual(5);
    expect(x0!.sigma).toBeGreaterThan(0);
    // x2 does not appear: every effect is exactly 0.
    expect(x2).toMatchObject({ muStar: 0, mu: 0, sigma: 0, effects: 30 });
    // x1: effect of a ±2/3 step of 2x² is 2(2x ± 2/3), between 4/3 and 4 in absolute value... ranks below x0.
    expect(x1!.muStar).toBeGreaterThan(1);
    expect(x1!.muStar).toBeLessThan(x0!.muStar);
    // x3 only through x0·x3: effect = x0 ∈ [0, 1].
    expect(x3!.muStar).toBeGreaterThanOrEqual(0);
    expect(x3!.muStar).toBeLessThanOrEqual(1);
  });

  it("is seeded: same seed, same trajectories; another seed, others", () => {
    expect(morrisTrajectories(4, 30, 7)).toEqual(trajectories);
    expect(morrisTrajectories(4, 30, 8)).not.toEqual(trajectories);
  });

  it("leaves out steps with no finite output", () => {
    const t = morrisTrajectories(2, 1, 1);
    const [a, b] = morrisIndices(t, [[0, Number.NaN, 1]]);
    expect(a!.effects + b!.effects).toBe(0);
  });
});
