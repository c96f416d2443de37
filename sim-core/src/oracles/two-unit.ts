/**
 * Two-unit redundant systems with exponential failures and repairs (CTMC on the number of working
 * units). Reference: Trivedi 2016, ch. 8 (two-component availability models).
 */
import { positive } from "./check";

/**
 * Redundancy and repair arrangement of a two-unit system:
 * - `hot-two-crews`: both units active (both can fail), each repaired independently;
 * - `hot-one-crew`: both active, a single repair facility;
 * - `cold-one-crew`: the standby cannot fail, one crew, instant perfect switch-over.
 */
export type TwoUnitModel = "hot-two-crews" | "hot-one-crew" | "cold-one-crew";

/**
 * Steady-state unavailability (both units down) of a two-unit system, with ρ = λ/μ:
 * hot/2 crews ρ²/(1 + ρ)²; hot/1 crew 2ρ²/(1 + 2ρ + 2ρ²); cold/1 crew ρ²/(1 + ρ + ρ²).
 *
 * @param model - the arrangement, see {@link TwoUnitModel}.
 * @param failureRate - λ of one active unit, > 0.
 * @param repairRate - μ of one repair crew, > 0, in the same unit.
 */
export function twoUnitUnavailability(model: TwoUnitModel, failureRate: number, repairRate: number): number {
  const rho = positive("failureRate", failureRate) / positive("repairRate", repairRate);
  const r2 = rho * rho;
  switch (model) {
    case "hot-two-crews":
      return r2 / ((1 + rho) * (1 + rho));
    case "hot-one-crew":
      return (2 * r2) / (1 + 2 * rho + 2 * r2);
    case "cold-one-crew":
      return r2 / (1 + rho + r2);
  }
}
