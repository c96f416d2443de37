/**
 * Steady-state availability of repairable components and of series, parallel and k-of-n
 * structures of independent ones (reliability block diagrams). Reference: Trivedi, *Probability
 * and Statistics with Reliability, Queuing, and Computer Science Applications*, 2nd ed., ch. 3, 8.
 */
import { invalid } from "../errors";
import { nonNegative, positive, probability } from "./check";

/** Minutes in the 365-day year used for "minutes of downtime per year". */
export const MINUTES_PER_YEAR = 525_600;

/**
 * Availability of one repairable component: A = MTBF / (MTBF + MTTR). Holds for any up and down
 * distributions with these means (alternating renewal process).
 *
 * @param mtbf - mean time between failures (mean up time), > 0.
 * @param mttr - mean time to repair (mean down time), ≥ 0, in the same unit.
 */
export function singleAvailability(mtbf: number, mttr: number): number {
  positive("mtbf", mtbf);
  nonNegative("mttr", mttr);
  return mtbf / (mtbf + mttr);
}

/** Availability of independent components in series (all must be up): Π Aᵢ. */
export function seriesAvailability(availabilities: readonly number[]): number {
  return checked(availabilities).reduce((p, a) => p * a, 1);
}

/** Availability of independent components in parallel (one suffices): 1 − Π (1 − Aᵢ). */
export function parallelAvailability(availabilities: readonly number[]): number {
  return 1 - checked(availabilities).reduce((p, a) => p * (1 - a), 1);
}

/**
 * Availability of a k-out-of-n structure of identical, independent, independently repaired
 * components: Σ_{i=k..n} C(n, i) Aⁱ (1 − A)^{n−i}.
 *
 * @param k - components needed, 1 ≤ k ≤ n.
 * @param n - components present, ≤ 1000.
 * @param availability - availability A of one component.
 */
export function kOfNAvailability(k: number, n: number, availability: number): number {
  // n ≤ 1000 keeps C(n, i) finite in floating point.
  if (!(Number.isSafeInteger(n) && n >= 1 && n <= 1000)) invalid("n", n, "an integer in [1, 1000]");
  if (!(Number.isSafeInteger(k) && k >= 1 && k <= n)) invalid("k", k, `an integer in [1, n] = [1, ${n}]`);
  probability("availability", availability);
  const u = 1 - availability;
  let coefficient = 1; // C(n, i), built incrementally
  let sum = 0;
  for (let i = 0; i <= n; i++) {
    if (i > 0) coefficient = (coefficient * (n - i + 1)) / i;
    if (i >= k) sum += coefficient * availability ** i * u ** (n - i);
  }
  return Math.min(1, sum);
}

/** Minutes of downtime per 365-day year for a steady-state unavailability U = 1 − A. */
export function downtimeMinutesPerYear(unavailability: number): number {
  return probability("unavailability", unavailability) * MINUTES_PER_YEAR;
}

function checked(availabilities: readonly number[]): readonly number[] {
  availabilities.forEach((a, i) => {
    probability(`availabilities.${i}`, a);
  });
  return availabilities;
}
