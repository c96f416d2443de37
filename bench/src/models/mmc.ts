import {
  Interrupt,
  Kernel,
  type Process,
  type ProcessBody,
  type RandomStreams,
  SECOND,
  Store,
  toSeconds,
} from "@resilab/sim-core";
import { BatchMeans } from "../batch-means";

/** Options of the M/M/c executor-pool model. */
export interface MmcOptions {
  /** Jobs to complete; default 1,000,000. */
  jobs?: number;
  /** Arrival rate λ (1/s); default 9. */
  lambda?: number;
  /** Service rate μ of one executor (1/s); default 1. */
  mu?: number;
  /** Executors c; default 10. */
  executors?: number;
  /** Inject executor failures; default false. */
  failures?: boolean;
  /** Mean time between failures of one executor (s, wall clock, busy or idle); default 500. */
  mtbf?: number;
  /** Mean time to repair (s); default 10. */
  mttr?: number;
  /** Completions dropped before the statistics start; default 10,000. */
  warmup?: number;
}

/** What the M/M/c run measured. */
export interface MmcResult {
  kernel: Kernel;
  jobs: number;
  waits: BatchMeans;
  failures: number;
  requeued: number;
}

interface Rng {
  next(): number;
}

/** A job in the line buffer: when it arrived and how much service it needs (µs). */
interface Job {
  arrival: number;
  demand: number;
}

/** Exp(mean) in whole microseconds. */
function exp(rng: Rng, meanSeconds: number): number {
  return Math.round(-Math.log(1 - rng.next()) * meanSeconds * SECOND);
}

/**
 * M/M/c as the orchestrator/executor shape: Poisson arrivals into a FIFO line buffer (a Store),
 * `c` long-lived executor processes pulling jobs from it. With failures, each executor fails after
 * Exp(mtbf) (wall clock) and is repaired after Exp(mttr); a job interrupted by a failure goes back
 * to the head of the line and needs its full service time again. Arrivals, service demands and
 * each executor's failures come from separate named streams (common random numbers).
 */
export function runMmc(streams: RandomStreams, options: MmcOptions = {}): MmcResult {
  const jobs = options.jobs ?? 1_000_000;
  const lambda = options.lambda ?? 9;
  const mu = options.mu ?? 1;
  const c = options.executors ?? 10;
  const mtbf = options.mtbf ?? 500;
  const mttr = options.mttr ?? 10;
  const k = new Kernel();
  const line = new Store<Job>(k, { name: "line" });
  const waits = new BatchMeans(jobs, Math.min(options.warmup ?? 10_000, Math.floor(jobs / 10)));
  const arrivals = streams.stream("arrivals");
  const demands = streams.stream("service-demands");
  let done = 0;
  let failures = 0;
  let requeued = 0;

  function* source(): ProcessBody {
    for (let i = 0; i < jobs; i++) {
      yield exp(arrivals, 1 / lambda);
      line.offer({ arrival: k.now, demand: exp(demands, 1 / mu) });
    }
  }

  function* executor(): ProcessBody {
    let job: Job | undefined;
    let down = 0;
    for (;;) {
      try {
        if (down > 0) {
          const repair = down;
          down = 0;
          yield repair;
          continue;
        }
        job = (yield line.get()) as Job;
        yield job.demand;
        waits.add(toSeconds(k.now - job.arrival - job.demand));
        job = undefined;
        if (++done === jobs) k.stop();
      } catch (e) {
        if (!(e instanceof Interrupt)) throw e;
        // The job in hand goes back to the head of the line; a job only handed over (not yet
        // in hand) is returned by the kernel itself.
        if (job !== undefined) {
          line.returnToHead(job);
          requeued++;
          job = undefined;
        }
        down = e.cause as number;
      }
    }
  }

  function* failer(target: Process, rng: Rng): ProcessBody {
    for (;;) {
      yield exp(rng, mtbf);
      const repair = exp(rng, mttr);
      failures++;
      target.interrupt(repair);
      yield repair;
    }
  }

  k.process("source", source());
  for (let i = 0; i < c; i++) {
    const ex = k.process(`executor-${i}`, executor());
    if (options.failures)
      k.process(`executor-${i}/failures`, failer(ex, streams.stream(`executor-${i}/failures`)));
  }
  k.run();
  return { kernel: k, jobs: done, waits, failures, requeued };
}
