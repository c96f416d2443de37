import { Kernel, type ProcessBody, type RandomStreams, SECOND } from "@resilab/sim-core";

/** Options of the hold model. */
export interface HoldOptions {
  /** Number of processes; default 1,000. */
  processes?: number;
  /** Total delays over all processes; default 2,000,000. */
  delays?: number;
}

interface Uniform {
  next(): number;
}

/** One process: waits `n` U(0, 1 s) delays (the number-yield fast path). */
function* holder(rng: Uniform, n: number): ProcessBody {
  for (let i = 0; i < n; i++) yield Math.floor(rng.next() * SECOND);
}

/**
 * The classic hold model (JaamSim/SimPy "micro"): `processes` processes each repeatedly wait a
 * U(0, 1) s delay, so about `processes` events are pending at any time. Measures the kernel's
 * per-event cost. Returns the kernel after the run.
 */
export function runHold(streams: RandomStreams, options: HoldOptions = {}): Kernel {
  const processes = options.processes ?? 1_000;
  const per = Math.round((options.delays ?? 2_000_000) / processes);
  const k = new Kernel();
  const rng = streams.stream("hold/delays");
  for (let i = 0; i < processes; i++) k.process(`holder-${i}`, holder(rng, per));
  k.run();
  return k;
}
