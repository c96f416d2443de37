/**
 * The kernel's non-regression model (`sim-core/src/kernel/kernel.noreg.test.ts`): arrivals, a
 * line buffer and failing executors, whose event-sequence fingerprint pins event order and
 * tie-breaking. It is a test fixture of the kernel, deliberately not public API, so this file is
 * the one place bench reaches into sim-core's sources by path.
 */
import { runSampleModel } from "../../../sim-core/src/kernel/test-model";

/** The kernel sample's exact counters. */
export interface KernelCounters {
  seed: number;
  events: number;
  /** Simulated end time in kernel ticks (µs). */
  end: number;
  fingerprint: string;
}

/** Runs the kernel's non-regression model with `seed` (the test pins seed 42). */
export function kernelCounters(seed = 42): KernelCounters {
  const k = runSampleModel(seed);
  return { seed, events: k.eventCount, end: k.now, fingerprint: k.fingerprint() };
}
