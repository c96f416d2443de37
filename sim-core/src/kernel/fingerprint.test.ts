import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Fingerprint, hashName } from "./fingerprint";
import { Kernel } from "./kernel";
import type { ProcessBody } from "./sim-event";
import { runSampleModel } from "./test-model";

describe("Fingerprint", () => {
  it("is a 64-bit hex digest that depends on every (time, id) and their order", () => {
    const digest = (events: [number, number][]) => {
      const f = new Fingerprint();
      for (const [t, id] of events) f.update(t, id);
      return f.digest();
    };
    const base = digest([
      [0, 1],
      [5, 2],
      [2 ** 40, 3],
    ]);
    expect(base).toMatch(/^[0-9a-f]{16}$/);
    expect(
      digest([
        [0, 1],
        [5, 2],
        [2 ** 40, 3],
      ]),
    ).toBe(base);
    expect(
      digest([
        [0, 1],
        [5, 2],
        [2 ** 40 + 1, 3],
      ]),
    ).not.toBe(base); // a high-word time change
    expect(
      digest([
        [0, 1],
        [5, 2],
        [2 ** 40, 4],
      ]),
    ).not.toBe(base);
    expect(
      digest([
        [5, 2],
        [0, 1],
        [2 ** 40, 3],
      ]),
    ).not.toBe(base);
    expect(
      digest([
        [0, 1],
        [5, 2],
      ]),
    ).not.toBe(base);
    expect(hashName("executor-1")).not.toBe(hashName("executor-2"));
  });

  it("is deterministic: the same seed gives the same fingerprint", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        expect(runSampleModel(seed, 60).fingerprint()).toBe(runSampleModel(seed, 60).fingerprint());
      }),
      { numRuns: 20 },
    );
  });

  it("different seeds give different fingerprints", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1e6 }), (a, b) => {
        fc.pre(a !== b);
        expect(runSampleModel(a, 60).fingerprint()).not.toBe(runSampleModel(b, 60).fingerprint());
      }),
      { numRuns: 20 },
    );
  });

  it("ignores insertion counters and object identity: equivalent runs hash equal", () => {
    const run = (extraCancelled: number) => {
      const k = new Kernel();
      for (let i = 0; i < extraCancelled; i++) k.cancel(k.schedule(3, () => {}));
      for (const name of ["a", "b"]) {
        k.process(
          name,
          (function* (): ProcessBody {
            yield 2;
            yield k.timeout(4);
          })(),
        );
      }
      k.run();
      return k.fingerprint();
    };
    expect(run(5)).toBe(run(0));
  });

  it("changes when same-time events change order", () => {
    const run = (names: string[]) => {
      const k = new Kernel();
      for (const name of names) {
        k.process(
          name,
          (function* (): ProcessBody {
            yield 2;
          })(),
        );
      }
      k.run();
      return k.fingerprint();
    };
    expect(run(["a", "b"])).not.toBe(run(["b", "a"]));
  });
});
