import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors";
import { type Interrupt, Preempted } from "./interrupt";
import { Kernel } from "./kernel";
import { type Request, Resource } from "./resource";
import type { ProcessBody } from "./sim-event";
import { lcg } from "./test-rng";
import { SECOND } from "./time";

/** A job that holds one slot for `hold` µs and logs when it got it. */
function* job(k: Kernel, r: Resource, name: string, hold: number, log: string[], priority = 0): ProcessBody {
  const req = r.request({ priority });
  try {
    yield req;
    log.push(`${name}@${k.now}`);
    yield hold;
  } catch (e) {
    log.push(`${name} ${(e as Interrupt).cause instanceof Preempted ? "preempted" : "interrupted"}@${k.now}`);
  } finally {
    r.release(req);
  }
}

describe("Resource", () => {
  it("serves up to capacity at once, then first come first served", () => {
    const k = new Kernel();
    const r = new Resource(k, { capacity: 2 });
    const log: string[] = [];
    for (const n of ["a", "b", "c", "d"]) k.process(n, job(k, r, n, 10, log));
    k.run(0);
    expect([r.count, r.queueLength]).toEqual([2, 2]);
    k.run();
    expect(log).toEqual(["a@0", "b@0", "c@10", "d@10"]);
    expect([r.count, r.queueLength]).toEqual([0, 0]);
  });

  it("orders the queue by priority (lower first), then arrival", () => {
    const k = new Kernel();
    const r = new Resource(k, { capacity: 1 });
    const log: string[] = [];
    k.process("first", job(k, r, "first", 10, log));
    k.process("low", job(k, r, "low", 1, log, 5));
    k.process("high", job(k, r, "high", 1, log, 1));
    k.process("high2", job(k, r, "high2", 1, log, 1));
    k.run();
    expect(log).toEqual(["first@0", "high@10", "high2@11", "low@12"]);
  });

  it("preempts the least important user and tells it who and since when", () => {
    const k = new Kernel();
    const r = new Resource(k, { capacity: 1, preemptive: true });
    const log: string[] = [];
    let cause: Preempted | undefined;
    k.process(
      "batch",
      (function* (): ProcessBody {
        const req = r.request({ priority: 5 });
        yield req;
        try {
          yield 100;
        } catch (e) {
          cause = (e as Interrupt).cause as Preempted;
          log.push(`batch preempted@${k.now}`);
        }
        r.release(req); // a no-op after preemption
      })(),
    );
    k.schedule(4, () => k.process("hotfix", job(k, r, "hotfix", 10, log, 0)));
    k.run();
    // The interrupt is URGENT, so the victim hears of it before the grant is processed.
    expect(log).toEqual(["batch preempted@4", "hotfix@4"]);
    expect(cause).toBeInstanceOf(Preempted);
    expect(cause!.since).toBe(0);
    expect((cause!.by as Request).priority).toBe(0);
  });

  it("does not preempt equal priority or when preempt is false", () => {
    const k = new Kernel();
    const r = new Resource(k, { capacity: 1, preemptive: true });
    const log: string[] = [];
    k.process("a", job(k, r, "a", 10, log, 1));
    k.process("b", job(k, r, "b", 10, log, 1));
    k.process(
      "c",
      (function* (): ProcessBody {
        const req = r.request({ priority: 0, preempt: false });
        yield req;
        log.push(`c@${k.now}`);
        r.release(req);
      })(),
    );
    k.run();
    expect(log).toEqual(["a@0", "c@10", "b@10"]);
  });

  it("setCapacity shrinks by preempting the newest users and grows by granting the queue", () => {
    const k = new Kernel();
    const r = new Resource(k, { capacity: 3 });
    const log: string[] = [];
    for (const n of ["a", "b", "c", "d"]) k.process(n, job(k, r, n, 100, log));
    k.schedule(10, () => r.setCapacity(1));
    k.schedule(20, () => r.setCapacity(2));
    k.run();
    expect(log.slice(0, 5)).toEqual(["a@0", "b@0", "c@0", "c preempted@10", "b preempted@10"]);
    expect(log[5]).toBe("d@20");
    expect(r.capacity).toBe(2);
  });

  it("release() withdraws a queued request", () => {
    const k = new Kernel();
    const r = new Resource(k, { capacity: 0 });
    const req = r.request();
    expect(r.queueLength).toBe(1);
    r.release(req);
    expect(r.queueLength).toBe(0);
    r.setCapacity(1);
    k.run();
    expect(req.triggered).toBe(false);
    expect(r.count).toBe(0);
  });

  it("validates capacity and priority", () => {
    const k = new Kernel();
    expect(() => new Resource(k, { capacity: -1 })).toThrow(ValidationError);
    expect(() => new Resource(k, { capacity: 1.5 })).toThrow(/capacity: got 1.5/);
    const r = new Resource(k, { capacity: 1 });
    expect(() => r.request({ priority: Number.NaN })).toThrow(/priority: got NaN/);
    expect(() => r.setCapacity(-2)).toThrow(/setCapacity.capacity/);
  });

  it("M/M/2 mean wait matches Erlang C within the 95% batch-means interval", () => {
    // λ = 1.2/s, μ = 1/s, c = 2: a = 1.2, ρ = 0.6, P0 = 0.25, C = 0.45, Wq = C / (cμ − λ) = 0.5625 s.
    const expected = 0.5625;
    const k = new Kernel({ fingerprint: false });
    const r = new Resource(k, { capacity: 2 });
    const arrivals = lcg(11);
    const services = lcg(12);
    const exp = (rng: { next(): number }, rate: number) =>
      Math.round((-Math.log(1 - rng.next()) / rate) * SECOND);
    const jobs = 200_000;
    const warmup = 10_000;
    const waits: number[] = [];
    function* customer(): ProcessBody {
      const t0 = k.now;
      const req = r.request();
      yield req;
      waits.push((k.now - t0) / SECOND);
      yield exp(services, 1);
      r.release(req);
    }
    k.process(
      "source",
      (function* (): ProcessBody {
        for (let i = 0; i < jobs; i++) {
          k.process("customer", customer());
          yield exp(arrivals, 1.2);
        }
      })(),
    );
    k.run();
    const kept = waits.slice(warmup);
    const batches = 20;
    const size = Math.floor(kept.length / batches);
    const means = Array.from({ length: batches }, (_, b) => {
      let s = 0;
      for (let i = b * size; i < (b + 1) * size; i++) s += kept[i]!;
      return s / size;
    });
    const mean = means.reduce((a, b) => a + b, 0) / batches;
    const sd = Math.sqrt(means.reduce((a, m) => a + (m - mean) ** 2, 0) / (batches - 1));
    const halfWidth = (2.093024 * sd) / Math.sqrt(batches); // t(0.975, 19)
    // Inside the interval, with a 2 % relative-error floor for an unluckily narrow interval.
    expect(Math.abs(mean - expected)).toBeLessThanOrEqual(Math.max(halfWidth, 0.02 * expected));
    expect(halfWidth / expected).toBeLessThan(0.1); // the interval is informative, not vacuous
  });
});
