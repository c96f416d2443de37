import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EventQueue } from "./event-queue";

interface Entry {
  time: number;
  key: number;
  kind: number;
  item: string;
}

/** Pops everything, in heap order. */
function drain(q: EventQueue<string>): Entry[] {
  const out: Entry[] = [];
  while (q.size > 0) {
    out.push({ time: q.times[0]!, key: q.keys[0]!, kind: q.kinds[0]!, item: q.items[0]! });
    q.pop();
  }
  return out;
}

const byTimeThenKey = (a: Entry, b: Entry) => a.time - b.time || a.key - b.key;

describe("EventQueue", () => {
  it("pops in (time, key) order and grows past its initial capacity", () => {
    const q = new EventQueue<string>(4);
    const entries: Entry[] = [];
    for (let i = 0; i < 100; i++) {
      const e = { time: (i * 37) % 11, key: i, kind: i % 4, item: `e${i}` };
      entries.push(e);
      q.push(e.time, e.key, e.kind, e.item);
    }
    expect(drain(q)).toEqual(entries.slice().sort(byTimeThenKey));
    expect(q.size).toBe(0);
  });

  it("matches a sorted-array oracle under any mix of pushes and pops (FIFO on equal times)", () => {
    // Few distinct times so ties are common; keys are insertion numbers as the kernel uses them.
    const op = fc.oneof(
      fc.record({
        push: fc.constant(true as const),
        time: fc.integer({ min: 0, max: 5 }),
        prio: fc.integer({ min: 0, max: 2 }),
      }),
      fc.record({ push: fc.constant(false as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const q = new EventQueue<string>(4);
        const oracle: Entry[] = [];
        let seq = 0;
        for (const o of ops) {
          if (o.push) {
            const e = { time: o.time, key: o.prio * 2 ** 45 + seq, kind: seq % 3, item: `i${seq}` };
            seq++;
            q.push(e.time, e.key, e.kind, e.item);
            // Stable insertion into the oracle: after every entry that is ≤ in (time, priority).
            let at = oracle.length;
            while (at > 0 && byTimeThenKey(oracle[at - 1]!, e) > 0) at--;
            oracle.splice(at, 0, e);
          } else if (oracle.length > 0) {
            const want = oracle.shift()!;
            expect({ time: q.times[0], key: q.keys[0], kind: q.kinds[0], item: q.items[0] }).toEqual(want);
            q.pop();
          }
          expect(q.size).toBe(oracle.length);
        }
        expect(drain(q)).toEqual(oracle);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps equal-time, equal-priority entries in insertion order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 200 }), (times) => {
        const q = new EventQueue<string>();
        times.forEach((t, i) => {
          q.push(t, i, 0, String(i));
        });
        const out = drain(q);
        for (let i = 1; i < out.length; i++) {
          const a = out[i - 1]!;
          const b = out[i]!;
          expect(a.time < b.time || (a.time === b.time && a.key < b.key)).toBe(true);
        }
      }),
    );
  });

  it("releases payloads on pop and clear", () => {
    const q = new EventQueue<string>(4);
    q.push(1, 0, 0, "a");
    q.push(2, 1, 0, "b");
    q.pop();
    expect(q.items.filter((x) => x !== undefined)).toEqual(["b"]);
    q.clear();
    expect(q.size).toBe(0);
    expect(q.items.every((x) => x === undefined)).toBe(true);
  });
});
