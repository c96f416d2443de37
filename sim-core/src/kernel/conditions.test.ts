import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors";
import { Kernel } from "./kernel";
import type { ProcessBody, SimEvent } from "./sim-event";

describe("anyOf / allOf", () => {
  it("anyOf fires with the first event; allOf waits for all", () => {
    const k = new Kernel();
    const out: string[] = [];
    k.process(
      "p",
      (function* (): ProcessBody {
        const a = k.timeout(5, "a");
        const b = k.timeout(9, "b");
        const any = (yield k.anyOf([a, b])) as Map<SimEvent, unknown>;
        out.push(`any@${k.now}: ${[...any.values()].join()}`);
        const all = (yield k.allOf([a, b])) as Map<SimEvent, unknown>;
        out.push(`all@${k.now}: ${[...all.values()].join()}`);
      })(),
    );
    k.run();
    expect(out).toEqual(["any@5: a", "all@9: a,b"]);
  });

  it("includes every event that fired by the time it is delivered (same-instant ties)", () => {
    const k = new Kernel();
    let got: Map<SimEvent, unknown> | undefined;
    k.process(
      "p",
      (function* (): ProcessBody {
        const a = k.timeout(5, "a");
        const b = k.timeout(5, "b");
        const c = k.timeout(6, "c");
        got = (yield k.anyOf([a, b, c])) as Map<SimEvent, unknown>;
      })(),
    );
    k.run();
    expect([...got!.values()]).toEqual(["a", "b"]);
  });

  it("empty conditions fire at once; processed events count immediately", () => {
    const k = new Kernel();
    const times: number[] = [];
    k.process(
      "p",
      (function* (): ProcessBody {
        yield k.anyOf([]);
        yield k.allOf([]);
        times.push(k.now);
        const done = k.timeout(1, "x");
        yield 3;
        const m = (yield k.allOf([done])) as Map<SimEvent, unknown>;
        times.push(k.now, m.size);
      })(),
    );
    k.run();
    expect(times).toEqual([0, 3, 1]);
  });

  it("fails with the first failing event", () => {
    const k = new Kernel();
    let caught: unknown;
    k.process(
      "p",
      (function* (): ProcessBody {
        const bad = k.event("bad");
        k.schedule(2, () => bad.fail(new Error("lost")));
        try {
          yield k.allOf([k.timeout(10), bad]);
        } catch (e) {
          caught = e;
        }
      })(),
    );
    k.run();
    expect((caught as Error).message).toBe("lost");
  });

  it("nests", () => {
    const k = new Kernel();
    let at = -1;
    k.process(
      "p",
      (function* (): ProcessBody {
        yield k.allOf([k.anyOf([k.timeout(3), k.timeout(8)]), k.timeout(5)]);
        at = k.now;
      })(),
    );
    k.run();
    expect(at).toBe(5);
  });

  it("rejects non-events and events of another kernel", () => {
    const k = new Kernel();
    const other = new Kernel();
    expect(() => k.anyOf([k.timeout(1), 3 as unknown as SimEvent])).toThrow(ValidationError);
    expect(() => k.allOf([other.timeout(1)])).toThrow(/allOf\.events\.0/);
  });
});
