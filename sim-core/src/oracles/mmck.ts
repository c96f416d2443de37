/**
 * The M/M/c/K queue: c servers and room for K jobs in total (K − c waiting); an arrival finding
 * K jobs is blocked (lost). Gross & Harris; Kleinrock.
 */
import { invalid } from "../errors";
import { integerAtLeast, positive } from "./check";
import type { QueueMeasures, QueueParams } from "./erlang";

/** Parameters of an M/M/c/K queue. */
export interface MMcKParams extends QueueParams {
  /** K: system capacity (in service + waiting), an integer ≥ servers. */
  capacity: number;
}

/** M/M/c/K measures. */
export interface MMcKMeasures extends QueueMeasures {
  /** p_n for n = 0..K. */
  probabilities: number[];
  /** P_B = p_K: probability that an arrival is blocked. */
  blockingProbability: number;
  /** λ_eff = λ(1 − P_B): rate of accepted arrivals. */
  effectiveArrivalRate: number;
}

/**
 * Steady state of M/M/c/K: pₙ ∝ aⁿ/n! for n ≤ c and (aᶜ/c!)(a/c)^{n−c} for c < n ≤ K, computed
 * in log space so that large K or a > c cannot overflow. W = L/λ_eff and W_q = L_q/λ_eff (Little).
 * K = c is Erlang B; any load is allowed (the queue is finite).
 */
export function mmck(params: MMcKParams): MMcKMeasures {
  const lambda = positive("arrivalRate", params.arrivalRate);
  const mu = positive("serviceRate", params.serviceRate);
  const c = integerAtLeast("servers", params.servers, 1);
  const k = params.capacity;
  if (!(Number.isSafeInteger(k) && k >= c && k <= 1e6))
    invalid("capacity", k, `an integer in [servers, 1e6] = [${c}, 1e6]`);
  const a = lambda / mu;
  const logA = Math.log(a);
  const logTerms = [0];
  for (let n = 1; n <= k; n++) logTerms.push(logTerms[n - 1]! + logA - Math.log(Math.min(n, c)));
  let top = 0;
  for (const t of logTerms) if (t > top) top = t;
  const weights = logTerms.map((t) => Math.exp(t - top));
  const total = weights.reduce((s, w) => s + w, 0);
  const probabilities = weights.map((w) => w / total);
  let meanInSystem = 0;
  let meanQueueLength = 0;
  probabilities.forEach((p, n) => {
    meanInSystem += n * p;
    if (n > c) meanQueueLength += (n - c) * p;
  });
  const blockingProbability = probabilities[k]!;
  const effectiveArrivalRate = lambda * (1 - blockingProbability);
  return {
    offeredLoad: a,
    utilization: effectiveArrivalRate / (c * mu),
    probabilities,
    blockingProbability,
    effectiveArrivalRate,
    meanInSystem,
    meanQueueLength,
    meanResponse: meanInSystem / effectiveArrivalRate,
    meanWait: meanQueueLength / effectiveArrivalRate,
  };
}
