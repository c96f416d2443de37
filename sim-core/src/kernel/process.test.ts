import { describe, expect, it } from "vitest";
import { SimulationError, ValidationError } from "../errors";
import { Interrupt } from "./interrupt";
import { Kernel } from "./kernel";
import type { Process } from "./process";
import type { ProcessBody } from "./sim-event";

describe("Process", () => {
  it("sleeps on number yields and resumes with event values", () => {
    const k = new Kernel();
    const log: string[] = [];
    k.process(
      "p",
      (function* (): ProcessBody {
        yield 5;
        log.push(`woke ${k.now}`);
        const v = yield k.timeout(7, "seven");
        log.push(`${v} ${k.now}`);
        const ev = k.event<number>("manual");
        k.schedule(3, () => ev.succeed(42));
        log.push(`manual ${yield ev} ${k.now}`);
      })(),
    );
    k.run();
    expect(log).toEqual(["woke 5", "seven 12", "manual 42 15"]);
  });

  it("starts URGENT, before NORMAL events scheduled earlier at the same instant", () => {
    const k = new Kernel();
    const log: string[] = [];
    k.schedule(0, () => log.push("callback"));
    k.process(
      "p",
      (function* (): ProcessBody {
        log.push("process");
        yield 0;
      })(),
    );
    k.run();
    expect(log).toEqual(["process", "callback"]);
  });

  it("is an event that fires with the return value; waiters can wait on it", () => {
    const k = new Kernel();
    const child = k.process(
      "child",
      (function* (): ProcessBody<string> {
        yield 10;
        return "done";
      })(),
    );
    let got: unknown;
    k.process(
      "parent",
      (function* (): ProcessBody {
        got = yield child;
      })(),
    );
    expect(child.isAlive).toBe(true);
    k.run();
    expect(got).toBe("done");
    expect(child.isAlive).toBe(false);
    expect(child.value).toBe("done");
    expect(child.ok).toBe(true);
  });

  it("throws an uncaught process error out of run() when nobody waits on it", () => {
    const k = new Kernel();
    k.process(
      "bad",
      (function* (): ProcessBody {
        yield 1;
        throw new Error("boom");
      })(),
    );
    expect(() => k.run()).toThrow("boom");
  });

  it("hands a process error to its waiter instead", () => {
    const k = new Kernel();
    const bad = k.process(
      "bad",
      (function* (): ProcessBody {
        yield 1;
        throw new Error("boom");
      })(),
    );
    let caught: unknown;
    k.process(
      "watcher",
      (function* (): ProcessBody {
        try {
          yield bad;
        } catch (e) {
          caught = e;
        }
      })(),
    );
    expect(k.run().stoppedBy).toBe("empty");
    expect((caught as Error).message).toBe("boom");
  });

  it("a defused failure is not rethrown", () => {
    const k = new Kernel();
    k.event("e").defuse().fail(new Error("ignored"));
    expect(k.run().events).toBe(1);
  });

  it("continues at once past an already-processed event", () => {
    const k = new Kernel();
    const ev = k.timeout(2, "v");
    const seen: unknown[] = [];
    k.process(
      "late",
      (function* (): ProcessBody {
        yield 5;
        seen.push(yield ev, k.now);
      })(),
    );
    k.run();
    expect(seen).toEqual(["v", 5]);
  });

  it("throws a ValidationError into the body for a bad delay or a bad yield", () => {
    const k = new Kernel();
    const errors: ValidationError[] = [];
    k.process(
      "sloppy",
      (function* (): ProcessBody {
        for (const bad of [-1, 2.5, Number.NaN] as number[]) {
          try {
            yield bad;
          } catch (e) {
            errors.push(e as ValidationError);
          }
        }
        try {
          yield "soon" as unknown as number;
        } catch (e) {
          errors.push(e as ValidationError);
        }
      })(),
    );
    k.run();
    expect(errors.map((e) => e instanceof ValidationError)).toEqual([true, true, true, true]);
    expect(errors.slice(0, 3).map((e) => [e.issues[0]!.path, e.issues[0]!.value])).toEqual([
      ["delay", "-1"],
      ["delay", "2.5"],
      ["delay", "NaN"],
    ]);
    expect(errors[3]!.issues[0]!.path).toBe('process "sloppy" yield');
    expect(errors[3]!.issues[0]!.allowed).toContain("SimEvent");
  });

  it("an unhandled bad delay fails the run with the ValidationError", () => {
    const k = new Kernel();
    k.process(
      "p",
      (function* (): ProcessBody {
        yield -3;
      })(),
    );
    expect(() => k.run()).toThrow(ValidationError);
  });

  it("validates process arguments", () => {
    const k = new Kernel();
    expect(() => k.process("p", (() => {}) as unknown as ProcessBody)).toThrow(
      /body: got .*generator object/,
    );
    expect(() => k.process(3 as unknown as string, (function* (): ProcessBody {})())).toThrow(
      ValidationError,
    );
  });
});

describe("Process.interrupt", () => {
  it("throws an Interrupt with its cause at the current yield, dropping the delay", () => {
    const k = new Kernel();
    const log: string[] = [];
    const worker = k.process(
      "worker",
      (function* (): ProcessBody {
        try {
          yield 100;
          log.push("finished sleeping");
        } catch (e) {
          expect(e).toBeInstanceOf(Interrupt);
          log.push(`interrupted at ${k.now} by ${String((e as Interrupt).cause)}`);
        }
        yield 1;
        log.push(`after at ${k.now}`);
      })(),
    );
    k.schedule(30, () => worker.interrupt("power cut"));
    k.run();
    expect(log).toEqual(["interrupted at 30 by power cut", "after at 31"]);
  });

  it("runs before NORMAL events at the same instant and detaches the awaited event", () => {
    const k = new Kernel();
    const log: string[] = [];
    const ev = k.event("signal");
    const p = k.process(
      "p",
      (function* (): ProcessBody {
        try {
          yield ev;
        } catch {
          log.push(`interrupt ${k.now}`);
        }
        yield 50;
        log.push("end");
      })(),
    );
    k.schedule(5, () => {
      ev.succeed("x"); // queued NORMAL at t=5
      p.interrupt("first"); // queued URGENT at t=5: delivered first
    });
    k.run();
    expect(log).toEqual(["interrupt 5", "end"]);
  });

  it("delivers several interrupts in order and ignores dead processes", () => {
    const k = new Kernel();
    const causes: unknown[] = [];
    const p = k.process(
      "p",
      (function* (): ProcessBody {
        for (let i = 0; i < 2; i++) {
          try {
            yield 1000;
          } catch (e) {
            causes.push((e as Interrupt).cause);
          }
        }
      })(),
    );
    k.schedule(1, () => {
      p.interrupt("a");
      p.interrupt("b");
      p.interrupt("c"); // arrives after the body has returned: a no-op
    });
    k.run();
    expect(causes).toEqual(["a", "b"]);
    expect(p.isAlive).toBe(false);
    p.interrupt("late");
    expect(k.run().events).toBe(0);
  });

  it("an uncaught interrupt fails the process", () => {
    const k = new Kernel();
    const p = k.process(
      "p",
      (function* (): ProcessBody {
        yield 10;
      })(),
    );
    k.schedule(1, () => p.interrupt({ reason: "node lost" }));
    expect(() => k.run()).toThrow(Interrupt);
    expect(p.ok).toBe(false);
  });

  it("a process cannot interrupt itself", () => {
    const k = new Kernel();
    let err: unknown;
    const box: { self?: Process } = {};
    box.self = k.process(
      "self",
      (function* (): ProcessBody {
        try {
          box.self!.interrupt("me");
        } catch (e) {
          err = e;
        }
        yield 1;
      })(),
    );
    k.run();
    expect(err).toBeInstanceOf(SimulationError);
  });
});
