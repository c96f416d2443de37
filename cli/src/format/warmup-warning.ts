/**
 * The warm-up warning of an experiment (MSER-5 found an initial transient the chosen warm-up
 * leaves in, see sim-core's warmup-advice) as one stderr line; empty when there is none.
 */
import type { ExperimentResult } from "@resilab/sim-core";

export function warmupWarningLine(result: Pick<ExperimentResult, "warmup">): string {
  const warning = result.warmup.warning;
  return warning === null ? "" : `resilab: warning: ${warning}\n`;
}
