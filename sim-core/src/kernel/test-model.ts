import { Interrupt } from "./interrupt";
import { Kernel } from "./kernel";
import type { ProcessBody } from "./sim-event";
import { Store } from "./store";
import { lcg } from "./test-rng";
import { SECOND } from "./time";

/**
 * A small fixed model for the kernel's determinism tests: Poisson arrivals into a FIFO line
 * buffer served by `servers` executors that fail and get repaired (a failed executor gives its
 * job back to the head of the buffer). Every kernel feature on the hot path takes part:
 * number delays, store gets, interrupts, timeouts. Returns the kernel after the run.
 */
export function runSampleModel(seed: number, jobs = 300, servers = 2): Kernel {
  const k = new Kernel();
  const line = new Store<number>(k, { name: "line" });
  const arrivals = lcg(seed);
  const service = lcg(seed + 1);
  const exp = (rng: { next(): number }, mean: number) =>
    Math.round(-Math.log(1 - rng.next()) * mean * SECOND);

  k.process(
    "source",
    (function* (): ProcessBody {
      for (let j = 0; j < jobs; j++) {
        yield exp(arrivals, 0.6);
        line.put(exp(service, 1));
      }
    })(),
  );

  for (let i = 0; i < servers; i++) {
    const failures = lcg(seed * 31 + i + 7);
    const executor = k.process(
      `executor-${i}`,
      (function* (): ProcessBody {
        let job: number | undefined;
        for (;;) {
          try {
            job = (yield line.get()) as number;
            yield job;
            job = undefined;
          } catch (e) {
            if (!(e instanceof Interrupt)) throw e;
            if (job !== undefined) line.returnToHead(job);
            job = undefined;
            yield k.timeout(e.cause as number);
          }
        }
      })(),
    );
    k.process(
      `failures-${i}`,
      (function* (): ProcessBody {
        for (let f = 0; f < 5; f++) {
          yield exp(failures, 40);
          const repair = exp(failures, 2);
          executor.interrupt(repair);
          yield repair;
        }
      })(),
    );
  }
  k.run();
  return k;
}
