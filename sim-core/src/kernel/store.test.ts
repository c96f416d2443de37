import { describe, expect, it } from "vitest";
import { SimulationError, ValidationError } from "../errors";
import { Interrupt } from "./interrupt";
import { Kernel } from "./kernel";
import type { ProcessBody, SimEvent } from "./sim-event";
import { Store } from "./store";

describe("Store basics", () => {
  it("is FIFO and wakes getters in arrival order", () => {
    const k = new Kernel();
    const s = new Store<string>(k);
    const got: string[] = [];
    for (const n of ["g1", "g2"]) {
      k.process(
        n,
        (function* (): ProcessBody {
          got.push(`${n}:${yield s.get()}@${k.now}`);
        })(),
      );
    }
    k.schedule(3, () => {
      s.put("a");
      s.put("b");
      s.put("c");
    });
    k.run();
    expect(got).toEqual(["g1:a@3", "g2:b@3"]);
    expect(s.items).toEqual(["c"]);
    expect([s.length, s.accepted, s.dropped]).toEqual([1, 3, 0]);
  });

  it("priority order takes the most important item, oldest first among equals", () => {
    const k = new Kernel();
    const s = new Store<{ id: string; p: number }>(k, { order: "priority", priority: (x) => x.p });
    for (const [id, p] of [
      ["a", 2],
      ["b", 1],
      ["c", 2],
      ["d", 1],
    ] as const)
      s.offer({ id, p });
    expect(s.items.map((x) => x.id)).toEqual(["b", "d", "a", "c"]);
    s.returnToHead({ id: "r", p: 2 });
    const order: string[] = [];
    k.process(
      "taker",
      (function* (): ProcessBody {
        while (s.length > 0) order.push(((yield s.get()) as { id: string }).id);
      })(),
    );
    k.run();
    expect(order).toEqual(["b", "d", "r", "a", "c"]);
  });

  it("blocks puts when full and admits them in order as room frees", () => {
    const k = new Kernel();
    const s = new Store<number>(k, { capacity: 2 });
    const log: string[] = [];
    k.process(
      "producer",
      (function* (): ProcessBody {
        for (let i = 1; i <= 4; i++) {
          yield s.put(i);
          log.push(`put ${i}@${k.now}`);
        }
      })(),
    );
    k.process(
      "consumer",
      (function* (): ProcessBody {
        yield 10;
        for (let i = 0; i < 4; i++) log.push(`got ${yield s.get()}@${k.now}`);
      })(),
    );
    k.run();
    expect(log).toEqual([
      "put 1@0",
      "put 2@0",
      "got 1@10",
      "put 3@10",
      "got 2@10",
      "put 4@10",
      "got 3@10",
      "got 4@10",
    ]);
  });

  it("drops when full with overflow 'drop', counting the drops", () => {
    const k = new Kernel();
    const s = new Store<number>(k, { capacity: 1, overflow: "drop" });
    const p1 = s.put(1);
    const p2 = s.put(2);
    expect(s.offer(3)).toBe(false);
    k.run();
    expect([p1.value, p2.value]).toEqual([true, false]);
    expect([s.length, s.accepted, s.dropped]).toEqual([1, 1, 2]);
  });

  it("a zero-capacity store is a rendezvous", () => {
    const k = new Kernel();
    const s = new Store<string>(k, { capacity: 0 });
    const log: string[] = [];
    k.process(
      "producer",
      (function* (): ProcessBody {
        yield s.put("x");
        log.push(`handed@${k.now}`);
      })(),
    );
    k.process(
      "consumer",
      (function* (): ProcessBody {
        yield 5;
        log.push(`got ${yield s.get()}@${k.now}`);
      })(),
    );
    k.run();
    expect(log).toEqual(["got x@5", "handed@5"]);
  });

  it("validates its options", () => {
    const k = new Kernel();
    expect(() => new Store(k, { capacity: -1 })).toThrow(/capacity: got -1/);
    expect(() => new Store(k, { overflow: "spill" as "drop" })).toThrow(ValidationError);
    expect(() => new Store(k, { order: "priority" })).toThrow(/priority: got undefined/);
    const s = new Store<number>(k, { order: "priority", priority: () => Number.NaN });
    expect(() => s.offer(1)).toThrow(/priority\(item\): got NaN/);
  });
});

describe("Store atomic handover", () => {
  /** A getter waiting on `s`, interrupted at t=5; the put comes at `putAt`, before or after the interrupt call. */
  function handover(putAt: number, interruptFirst: boolean) {
    const k = new Kernel();
    const s = new Store<string>(k);
    const got: string[] = [];
    const taker = k.process(
      "taker",
      (function* (): ProcessBody {
        try {
          got.push((yield s.get()) as string);
        } catch (e) {
          expect(e).toBeInstanceOf(Interrupt);
        }
        yield 10;
        got.push((yield s.get()) as string);
      })(),
    );
    k.schedule(5, () => {
      if (interruptFirst) taker.interrupt("fail");
      if (putAt === 5) s.put("job");
      if (!interruptFirst) taker.interrupt("fail");
    });
    if (putAt !== 5) k.schedule(putAt, () => s.put("job"));
    return { got, s, k };
  }

  it("returns an item handed over at the very instant of the interrupt to the head of the store", () => {
    // Interrupt called before or after the put, in the same instant: either way the item is
    // reserved for the taker before the (queued) interrupt is delivered. It goes back, and the
    // taker gets it again on its next get.
    for (const interruptFirst of [false, true]) {
      const { got, s, k } = handover(5, interruptFirst);
      k.run();
      expect(got).toEqual(["job"]);
      expect(s.length).toBe(0);
    }
  });

  it("withdraws a pending get when the getter is interrupted", () => {
    const { got, s, k } = handover(6, true);
    k.run(5);
    expect(s.waitingGets).toBe(0);
    k.run(10);
    expect(s.items).toEqual(["job"]); // not swallowed by the withdrawn get
    k.run();
    expect(got).toEqual(["job"]); // taken by the second get at t=15
    expect(s.length).toBe(0);
  });

  it("puts the item back in front of items queued later", () => {
    const k = new Kernel();
    const s = new Store<string>(k);
    const taker = k.process(
      "taker",
      (function* (): ProcessBody {
        yield s.get();
      })(),
    );
    taker.defuse();
    k.schedule(1, () => {
      s.put("first");
      s.put("second");
      taker.interrupt("crash"); // uncaught: the taker dies, its item must not
    });
    k.run();
    expect(s.items).toEqual(["first", "second"]);
  });

  it("withdraws an interrupted blocked put: the item is not stored", () => {
    const k = new Kernel();
    const s = new Store<string>(k, { capacity: 0 });
    let put: SimEvent | undefined;
    const producer = k.process(
      "producer",
      (function* (): ProcessBody {
        put = s.put("x");
        try {
          yield put;
        } catch {}
      })(),
    );
    k.schedule(2, () => producer.interrupt("stop"));
    k.process(
      "late consumer",
      (function* (): ProcessBody {
        yield 5;
        yield k.anyOf([s.get(), k.timeout(1)]);
      })(),
    );
    k.run();
    expect(put!.triggered).toBe(false);
    expect([s.length, s.blockedPuts, s.waitingGets, s.accepted]).toEqual([0, 0, 0, 0]);
  });

  it("gives the item of a losing anyOf branch back", () => {
    const k = new Kernel();
    const s = new Store<string>(k);
    let winner = "";
    k.process(
      "impatient",
      (function* (): ProcessBody {
        const g = s.get();
        const m = (yield k.anyOf([k.timeout(5, "timeout"), g])) as Map<SimEvent, unknown>;
        winner = [...m.values()].join();
      })(),
    );
    // Both fire at t=5, so the map holds both and the item reaches the process.
    k.schedule(5, () => s.put("job"));
    k.run();
    expect(winner).toBe("timeout,job");
    expect(s.length).toBe(0);

    const k2 = new Kernel();
    const s2 = new Store<string>(k2);
    k2.process(
      "impatient",
      (function* (): ProcessBody {
        yield k2.anyOf([k2.timeout(5, "timeout"), s2.get()]);
      })(),
    );
    k2.schedule(6, () => s2.put("job"));
    k2.run();
    // The get lost the race and was withdrawn: the later item stays in the store.
    expect(s2.items).toEqual(["job"]);
  });

  it("cancel() withdraws or returns, and refuses a get a process still waits on", () => {
    const k = new Kernel();
    const s = new Store<string>(k);
    const g1 = s.get();
    s.put("a"); // handed to g1, not yet taken by anyone
    s.cancel(g1);
    expect(s.items).toEqual(["a"]);
    const g2 = s.get(); // takes "a" at once
    k.process(
      "waiter",
      (function* (): ProcessBody {
        yield g2;
      })(),
    );
    k.run(0);
    s.cancel(g2); // taken: a no-op
    expect(s.length).toBe(0);
    const g3 = s.get();
    k.process(
      "waiter2",
      (function* (): ProcessBody {
        yield g3;
      })(),
    );
    k.run(0);
    expect(() => s.cancel(g3)).toThrow(SimulationError);
  });
});
