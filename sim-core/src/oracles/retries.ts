/** Success probabilities of flaky steps with retries and of pipelines of independent stages. */
import { integerAtLeast, probability } from "./check";

/**
 * Probability that a step succeeds within `retries` retries when each attempt fails independently
 * with probability q: 1 − q^{retries+1}.
 */
export function retrySuccessProbability(failureProbability: number, retries = 0): number {
  probability("failureProbability", failureProbability);
  integerAtLeast("retries", retries, 0);
  return 1 - failureProbability ** (retries + 1);
}

/**
 * Probability that a pipeline of independent stages succeeds: Π (1 − fᵢ^{r+1}), each stage
 * retried up to `retries` times (0 = no retry: Π (1 − fᵢ)).
 */
export function pipelineSuccessProbability(
  stageFailureProbabilities: readonly number[],
  retries = 0,
): number {
  integerAtLeast("retries", retries, 0);
  let p = 1;
  stageFailureProbabilities.forEach((f, i) => {
    probability(`stageFailureProbabilities.${i}`, f);
    p *= 1 - f ** (retries + 1);
  });
  return p;
}
