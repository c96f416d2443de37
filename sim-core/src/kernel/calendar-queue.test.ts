import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CalendarQueue } from "./calendar-queue";
import { lcg } from "./test-rng";

interface Entry {
  time: number;
  key: number;
  item: number;
}

/** Sorted-array oracle: stable insertion by (time, key). */
class Oracle {
  readonly entries: Entry[] = [];
  push(e: Entry): void {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = this.entries[mid]!;
      if (m.time < e.time || (m.time === e.time && m.key < e.key)) lo = mid + 1;
      else hi = mid;
    }
    this.entries.splice(lo, 0, e);
  }
}

function top(q: CalendarQueue<number>): Entry | undefined {
  const n = q.first();
  return n < 0 ? undefined : { time: q.times[n]!, key: q.keys[n]!, item: q.items[n]! };
}

describe("CalendarQueue", () => {
  it("matches a sorted-array oracle for any monotone mix of pushes, peeks and pops", () => {
    // Delays: many ties (0), small and huge gaps; priorities 0..2 so same-time entries reorder.
    const op = fc.oneof(
      fc.record({
        kind: fc.constant("push" as const),
        delay: fc.oneof(
          fc.constant(0),
          fc.integer({ min: 0, max: 50 }),
          fc.integer({ min: 0, max: 2 ** 40 }),
        ),
        prio: fc.integer({ min: 0, max: 2 }),
      }),
      fc.record({ kind: fc.constant("pop" as const) }),
      fc.record({ kind: fc.constant("peek" as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        const q = new CalendarQueue<number>(16, 7);
        const oracle = new Oracle();
        let now = 0;
        let seq = 0;
        for (const o of ops) {
          if (o.kind === "push") {
            const e = { time: now + o.delay, key: o.prio * 2 ** 45 + seq, item: seq };
            seq++;
            q.push(e.time, e.key, 0, e.item);
            oracle.push(e);
          } else if (o.kind === "peek") {
            // A peek may move the calendar forward; later pushes may still land before the peeked entry.
            expect(top(q)).toEqual(oracle.entries[0]);
          } else if (oracle.entries.length > 0) {
            const want = oracle.entries.shift()!;
            expect(top(q)).toEqual(want);
            q.removeFirst();
            now = want.time;
          }
          expect(q.size).toBe(oracle.entries.length);
        }
        while (oracle.entries.length > 0) {
          expect(top(q)).toEqual(oracle.entries.shift());
          q.removeFirst();
        }
        expect(q.first()).toBe(-1);
      }),
      { numRuns: 300 },
    );
  });

  it("stays exact through growth, shrinking and width re-fitting (long random runs)", () => {
    const rng = lcg(7);
    const q = new CalendarQueue<number>(16);
    const oracle = new Oracle();
    let now = 0;
    let seq = 0;
    const push = (delay: number) => {
      const e = { time: now + delay, key: (seq % 3) * 2 ** 45 + seq, item: seq };
      seq++;
      q.push(e.time, e.key, 0, e.item);
      oracle.push(e);
    };
    const pop = () => {
      const want = oracle.entries.shift()!;
      expect(top(q)).toEqual(want);
      q.removeFirst();
      now = want.time;
    };
    // Phases with different sizes and spacings, so the calendar resizes and re-fits its width.
    const phases = [
      { size: 3000, scale: 1e6 },
      { size: 50, scale: 10 },
      { size: 800, scale: 1e9 },
      { size: 5, scale: 3 },
    ];
    for (const phase of phases) {
      for (let i = 0; i < 6000; i++) {
        if (oracle.entries.length < phase.size) push(Math.floor(rng.next() * phase.scale));
        else if (rng.next() < 0.5) push(Math.floor(rng.next() * phase.scale));
        if (oracle.entries.length > phase.size || rng.next() < 0.5) pop();
      }
    }
    while (oracle.entries.length > 0) pop();
    expect(q.size).toBe(0);
    expect(q.shape.buckets).toBeLessThan(64); // shrank back after the large phase
  });

  it("handles times near 2^53 and same-time bursts in key order", () => {
    const q = new CalendarQueue<number>(16, 1);
    const big = 2 ** 53 - 10;
    for (let i = 0; i < 100; i++) q.push(big + (i % 3), i, 0, i);
    const out: number[] = [];
    while (q.size > 0) {
      out.push(q.items[q.first()]!);
      q.removeFirst();
    }
    const want = Array.from({ length: 100 }, (_, i) => i).sort((a, b) => (a % 3) - (b % 3) || a - b);
    expect(out).toEqual(want);
  });

  it("clear() empties it", () => {
    const q = new CalendarQueue<number>(16);
    for (let i = 0; i < 40; i++) q.push(i, i, 0, i);
    q.clear();
    expect([q.size, q.first()]).toEqual([0, -1]);
    q.push(5, 0, 0, 1);
    expect(top(q)).toEqual({ time: 5, key: 0, item: 1 });
  });
});
