/**
 * Active-passive pair with a finite failover time and a coverage factor c (the probability that
 * a primary failure is detected and the failover succeeds). Bouricius, Carter & Schneider 1969;
 * Dugan & Trivedi, IEEE TC 1989. The exact CTMC is the one of docs/parameters.md, "Active-passive
 * with failover time and coverage".
 */

import { nonNegative, positive, probability } from "./check";
import { ctmcSteadyState, generatorMatrix } from "./ctmc";

/** Parameters of the active-passive model; all rates per the same time unit, times in that unit. */
export interface ActivePassiveParams {
  /** λ: failure rate of the serving unit. */
  failureRate: number;
  /** λ_s: failure rate of the standby (default λ). */
  standbyFailureRate?: number;
  /** μ = 1/MTTR: rate of the single repair facility. */
  repairRate: number;
  /** T_f: mean failover time (the service is down meanwhile), > 0. */
  failoverTime: number;
  /** c in [0, 1]: probability that a primary failure is covered (failover happens and works). */
  coverage: number;
}

// States: service up in S2 and S1; down in F (failover running), UC (uncovered) and S0.
const S2 = 0;
const F = 1;
const S1 = 2;
const UC = 3;
const S0 = 4;

/**
 * Exact steady-state unavailability of the active-passive pair (5-state CTMC):
 * S2 →(cλ) F, S2 →((1−c)λ) UC, S2 →(λ_s) S1, F →(1/T_f) S1, F →(λ_s) S0, S1 →(μ) S2,
 * S1 →(λ) S0, UC →(μ) S2, UC →(λ_s) S0, S0 →(μ) S1.
 */
export function activePassiveUnavailability(params: ActivePassiveParams): number {
  const { lambda, lambdaS, mu, delta, c } = checkParams(params);
  const q = generatorMatrix(5, [
    [S2, F, c * lambda],
    [S2, UC, (1 - c) * lambda],
    [S2, S1, lambdaS],
    [F, S1, delta],
    [F, S0, lambdaS],
    [S1, S2, mu],
    [S1, S0, lambda],
    [UC, S2, mu],
    [UC, S0, lambdaS],
    [S0, S1, mu],
  ]);
  const pi = ctmcSteadyState(q);
  return pi[F]! + pi[UC]! + pi[S0]!;
}

/**
 * First-order approximation for rare failures (λ ≪ μ, 1/T_f): U ≈ λ·[c·T_f + (1 − c)·MTTR].
 * Every primary failure costs either a failover or a full repair; double failures are ignored.
 */
export function activePassiveFirstOrder(params: ActivePassiveParams): number {
  const { lambda, mu, c } = checkParams(params);
  return lambda * (c * params.failoverTime + (1 - c) / mu);
}

function checkParams(p: ActivePassiveParams) {
  const lambda = positive("failureRate", p.failureRate);
  return {
    lambda,
    lambdaS:
      p.standbyFailureRate === undefined ? lambda : nonNegative("standbyFailureRate", p.standbyFailureRate),
    mu: positive("repairRate", p.repairRate),
    delta: 1 / positive("failoverTime", p.failoverTime),
    c: probability("coverage", p.coverage),
  };
}
