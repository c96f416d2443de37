/**
 * Erlang B and Erlang C, and the M/M/c queue (executor pools). Kleinrock, *Queueing Systems*
 * Vol. 1 (1975); Gross & Harris, *Fundamentals of Queueing Theory*.
 */
import { invalid } from "../errors";
import { integerAtLeast, nonNegative, positive } from "./check";

/**
 * Erlang B: blocking probability of c servers and no queue (M/M/c/c) at offered load a = λ/μ:
 * B(c, a) = (aᶜ/c!) / Σ_{k=0..c} aᵏ/k!, by the stable recursion B(k) = a·B(k−1) / (k + a·B(k−1)).
 *
 * @param servers - c, an integer ≥ 1.
 * @param offeredLoad - a = λ/μ in erlangs, ≥ 0.
 */
export function erlangB(servers: number, offeredLoad: number): number {
  integerAtLeast("servers", servers, 1);
  nonNegative("offeredLoad", offeredLoad);
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (offeredLoad * b) / (k + offeredLoad * b);
  return b;
}

/**
 * Erlang C: probability that an arrival must wait in an M/M/c queue, C(c, a) = c·B / (c − a(1 − B)).
 *
 * @param servers - c, an integer ≥ 1.
 * @param offeredLoad - a = λ/μ, with a < c (a stable queue).
 */
export function erlangC(servers: number, offeredLoad: number): number {
  const b = erlangB(servers, offeredLoad);
  if (!(offeredLoad < servers)) {
    invalid("offeredLoad", offeredLoad, `less than the number of servers (${servers}) for a stable queue`);
  }
  return (servers * b) / (servers - offeredLoad * (1 - b));
}

/** Parameters of an M/M/c or M/M/c/K queue; rates in the same unit (e.g. per hour). */
export interface QueueParams {
  /** λ: Poisson arrival rate, > 0. */
  arrivalRate: number;
  /** μ: service rate of one server (1 / mean service time), > 0. */
  serviceRate: number;
  /** c: number of servers, an integer ≥ 1. */
  servers: number;
}

/** Steady-state measures of a queue; times in the unit of 1/rate. */
export interface QueueMeasures {
  /** a = λ/μ. */
  offeredLoad: number;
  /** Mean fraction of busy servers, λ_eff/(cμ). */
  utilization: number;
  /** Mean number waiting (not in service), L_q. */
  meanQueueLength: number;
  /** Mean number in the system, L. */
  meanInSystem: number;
  /** Mean wait before service, W_q. */
  meanWait: number;
  /** Mean time in the system, W = W_q + 1/μ. */
  meanResponse: number;
}

/** M/M/c measures, plus the Erlang C waiting probability. */
export interface MMcMeasures extends QueueMeasures {
  /** P(wait) = C(c, a). */
  waitProbability: number;
}

/**
 * The M/M/c queue: W_q = C(c, a)/(cμ − λ), W = W_q + 1/μ, L_q = λW_q, L = λW.
 * Requires λ < cμ.
 */
export function mmc(params: QueueParams): MMcMeasures {
  const lambda = positive("arrivalRate", params.arrivalRate);
  const mu = positive("serviceRate", params.serviceRate);
  const c = integerAtLeast("servers", params.servers, 1);
  const a = lambda / mu;
  if (!(a < c))
    invalid("arrivalRate", lambda, `less than servers × serviceRate (${c * mu}) for a stable queue`);
  const waitProbability = erlangC(c, a);
  const meanWait = waitProbability / (c * mu - lambda);
  const meanResponse = meanWait + 1 / mu;
  return {
    offeredLoad: a,
    utilization: a / c,
    waitProbability,
    meanWait,
    meanResponse,
    meanQueueLength: lambda * meanWait,
    meanInSystem: lambda * meanResponse,
  };
}
