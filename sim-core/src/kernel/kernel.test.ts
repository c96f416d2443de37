import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SimulationError, ValidationError } from "../errors";
import { Kernel, NORMAL, URGENT } from "./kernel";
import { MAX_TIME } from "./time";

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected an error");
}

describe("Kernel ordering", () => {
  it("runs events by time, then priority, then insertion", () => {
    const k = new Kernel();
    const log: string[] = [];
    k.schedule(5, () => log.push("t5 normal a"));
    k.schedule(5, () => log.push("t5 urgent"), URGENT);
    k.schedule(5, () => log.push("t5 normal b"), NORMAL);
    k.schedule(1, () => log.push("t1"));
    k.schedule(5, () => log.push("t5 prio 7"), 7);
    k.schedule(0, () => log.push("t0"));
    const s = k.run();
    expect(log).toEqual(["t0", "t1", "t5 urgent", "t5 normal a", "t5 normal b", "t5 prio 7"]);
    expect(s).toEqual({ events: 6, endTime: 5, stoppedBy: "empty" });
    expect(k.eventCount).toBe(6);
  });

  it("property: the clock never goes backwards and same-time events keep insertion order", () => {
    // Random trees of callbacks that schedule more callbacks with small delays (many ties).
    const plan = fc.array(
      fc.record({
        delay: fc.integer({ min: 0, max: 4 }),
        prio: fc.constantFrom(URGENT, NORMAL, 2),
        children: fc.array(
          fc.record({ delay: fc.integer({ min: 0, max: 3 }), prio: fc.constantFrom(URGENT, NORMAL) }),
          {
            maxLength: 3,
          },
        ),
      }),
      { minLength: 1, maxLength: 60 },
    );
    fc.assert(
      fc.property(plan, (roots) => {
        const k = new Kernel();
        const seen: { time: number; prio: number; order: number }[] = [];
        let order = 0;
        const add = (delay: number, prio: number, then: () => void) => {
          const mine = order++;
          k.schedule(
            delay,
            () => {
              seen.push({ time: k.now, prio, order: mine });
              then();
            },
            prio,
          );
        };
        for (const r of roots) {
          add(r.delay, r.prio, () => {
            for (const c of r.children) add(c.delay, c.prio, () => {});
          });
        }
        k.run();
        expect(seen.length).toBe(order);
        for (let i = 1; i < seen.length; i++) {
          const a = seen[i - 1]!;
          const b = seen[i]!;
          expect(b.time).toBeGreaterThanOrEqual(a.time);
          // At one instant, a higher-priority entry can only follow if it was inserted later.
          if (a.time === b.time && a.prio === b.prio) expect(b.order).toBeGreaterThan(a.order);
          if (a.time === b.time && b.prio < a.prio) expect(b.order).toBeGreaterThan(a.order);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("cancels callbacks without counting them as events", () => {
    const k = new Kernel();
    const log: number[] = [];
    const t = k.schedule(3, () => log.push(3));
    k.schedule(4, () => log.push(4));
    k.cancel(t);
    expect(t.cancelled).toBe(true);
    expect(k.run()).toEqual({ events: 1, endTime: 4, stoppedBy: "empty" });
    expect(log).toEqual([4]);
  });
});

describe("Kernel run control", () => {
  it("run(until) runs events at exactly until, then leaves the clock at until", () => {
    const k = new Kernel();
    const log: number[] = [];
    for (const t of [1, 5, 10, 11]) k.schedule(t, () => log.push(k.now));
    expect(k.run(10)).toEqual({ events: 3, endTime: 10, stoppedBy: "until" });
    expect(log).toEqual([1, 5, 10]);
    expect(k.run(20)).toEqual({ events: 1, endTime: 20, stoppedBy: "empty" });
    expect(k.now).toBe(20);
  });

  it("stops at the horizon without error and never runs later events", () => {
    const k = new Kernel({ horizon: 7 });
    const log: number[] = [];
    k.process(
      "ticker",
      (function* () {
        for (;;) {
          log.push(k.now);
          yield 3;
        }
      })(),
    );
    expect(k.run()).toEqual({ events: 3, endTime: 7, stoppedBy: "horizon" });
    expect(log).toEqual([0, 3, 6]);
  });

  it("stop() returns after the current event", () => {
    const k = new Kernel();
    k.schedule(1, () => k.stop());
    k.schedule(1, () => {});
    k.schedule(2, () => {});
    expect(k.run()).toEqual({ events: 1, endTime: 1, stoppedBy: "stopped" });
    expect(k.run()).toEqual({ events: 2, endTime: 2, stoppedBy: "empty" });
  });

  it("throws SimulationError('budget') when the event budget is spent", () => {
    const k = new Kernel({ eventBudget: 10 });
    k.process(
      "forever",
      (function* () {
        for (;;) yield 1;
      })(),
    );
    const err = thrown(() => k.run()) as SimulationError;
    expect(err).toBeInstanceOf(SimulationError);
    expect(err.kind).toBe("budget");
    expect(err.message).toContain("10 events");
    expect(k.eventCount).toBe(10);
  });

  it("detects a zero-delay cycle and names the processes involved, most frequent first", () => {
    const k = new Kernel({ zenoLimit: 1000 });
    const ping = k.event("ping");
    k.process(
      "clock",
      (function* () {
        for (;;) yield 10;
      })(),
    );
    k.process(
      "busy-loop",
      (function* () {
        yield 20;
        for (;;) yield 0;
      })(),
    );
    k.process(
      "echo",
      (function* () {
        yield 20;
        for (;;) {
          yield k.timeout(0);
          yield k.timeout(0);
        }
      })(),
    );
    void ping;
    const err = thrown(() => k.run()) as SimulationError;
    expect(err).toBeInstanceOf(SimulationError);
    expect(err.kind).toBe("zeno");
    expect(err.message).toContain("t=20 µs");
    // busy-loop runs once per event; echo's timeouts are events naming the process woken.
    expect(err.message).toMatch(/"busy-loop" ×\d+, "echo" ×\d+/);
    expect(err.message).not.toContain("clock");
  });

  it("counts a process looping over an already-processed event as a zero-delay cycle", () => {
    const k = new Kernel({ zenoLimit: 500 });
    const done = k.timeout(0);
    k.process(
      "spinner",
      (function* () {
        yield 1;
        for (;;) yield done;
      })(),
    );
    const err = thrown(() => k.run()) as SimulationError;
    expect(err.kind).toBe("zeno");
    expect(err.message).toContain('"spinner" ×');
  });

  it("a legal burst below the Zeno limit runs", () => {
    const k = new Kernel({ zenoLimit: 1000 });
    k.process(
      "burst",
      (function* () {
        for (let i = 0; i < 900; i++) yield 0;
        yield 1;
        for (let i = 0; i < 900; i++) yield 0;
      })(),
    );
    expect(k.run().stoppedBy).toBe("empty");
  });

  it("validates its inputs with errors naming the parameter", () => {
    const k = new Kernel();
    const cases: [() => unknown, string, string][] = [
      [() => k.schedule(-1, () => {}), "delay", "-1"],
      [() => k.schedule(1.5, () => {}), "delay", "1.5"],
      [() => k.schedule(Number.NaN, () => {}), "delay", "NaN"],
      [() => k.schedule(1, () => {}, 300), "priority", "300"],
      [() => k.timeout(-5), "delay", "-5"],
      [() => k.run(-1), "until", "-1"],
      [() => new Kernel({ horizon: 1.5 }), "horizon", "1.5"],
      [() => new Kernel({ eventBudget: -2 }), "eventBudget", "-2"],
      [() => new Kernel({ zenoLimit: 0 }), "zenoLimit", "0"],
    ];
    for (const [fn, path, value] of cases) {
      const err = thrown(fn) as ValidationError;
      expect(err).toBeInstanceOf(ValidationError);
      expect(err.issues[0]).toMatchObject({ path, value });
    }
    k.schedule(10, () => {});
    k.run();
    const late = thrown(() => k.schedule(MAX_TIME, () => {})) as ValidationError;
    expect(late.issues[0]!.allowed).toContain("MAX_TIME");
    expect(thrown(() => k.run(5))).toBeInstanceOf(ValidationError);
  });

  it("refuses a nested run()", () => {
    const k = new Kernel();
    let inner: unknown;
    k.schedule(1, () => {
      inner = thrown(() => k.run());
    });
    k.run();
    expect(inner).toBeInstanceOf(SimulationError);
  });

  it("peek() shows the next entry; active is the running process, null in callbacks", () => {
    const k = new Kernel();
    expect(k.peek()).toBe(Number.POSITIVE_INFINITY);
    const seen: unknown[] = [];
    const p = k.process(
      "p",
      (function* () {
        seen.push(k.active);
        yield 5;
      })(),
    );
    k.schedule(2, () => seen.push(k.active));
    expect(k.peek()).toBe(0);
    k.run(1);
    expect(k.peek()).toBe(2);
    k.run();
    expect(seen).toEqual([p, null]);
    expect(k.active).toBeNull();
  });

  it("fingerprint() needs the fingerprint option", () => {
    expect(thrown(() => new Kernel({ fingerprint: false }).fingerprint())).toBeInstanceOf(SimulationError);
    expect(new Kernel().fingerprint()).toMatch(/^[0-9a-f]{16}$/);
  });
});
