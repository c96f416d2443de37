import { describe, expect, it } from "vitest";
import {
  infiniteBufferThroughput,
  machineEfficiency,
  reliableLineThroughput,
  synchronousLineThroughput,
  transferLineThroughput,
  type UnreliableMachine,
} from "./transfer-line";

// docs/parameters.md, "Transfer line with a finite buffer": μ₁ = μ₂ = 0.2/min, MTTR 10 min,
// failures every 8 h or 2 h of operation; throughput in jobs/hour, printed to 3 decimals.
const machine = (mtbfMinutes: number): UnreliableMachine => ({
  rate: 0.2,
  failureRate: mtbfMinutes === Infinity ? 0 : 1 / mtbfMinutes,
  repairRate: 0.1,
});
const COLUMNS = [machine(Infinity), machine(480), machine(120)];
const TABLE: [number, number[]][] = [
  [1, [6.0, 5.878, 5.538]],
  [2, [8.0, 7.802, 7.264]],
  [5, [10.0, 9.733, 9.02]],
  [10, [10.909, 10.632, 9.888]],
  [20, [11.429, 11.159, 10.429]],
  [50, [11.765, 11.508, 10.803]],
];

describe("[Transfer line with a finite buffer] two unreliable machines with a finite buffer", () => {
  it.each(TABLE)("capacity %d reproduces the table to its printed digits", (capacity, row) => {
    COLUMNS.forEach((m, i) => {
      const perHour = 60 * transferLineThroughput({ machine1: m, machine2: m, capacity });
      expect(Math.abs(perHour - row[i]!)).toBeLessThanOrEqual(0.0005);
    });
  });

  it("the ∞ and synchronous rows", () => {
    expect(COLUMNS.map((m) => 60 * infiniteBufferThroughput(m, m))).toEqual([
      12,
      expect.closeTo(11.755, 3),
      expect.closeTo(11.077, 3),
    ]);
    expect(COLUMNS.map((m) => 60 * synchronousLineThroughput(0.2, m, m))).toEqual([
      12,
      expect.closeTo(11.52, 3),
      expect.closeTo(10.286, 3),
    ]);
    expect(machineEfficiency(COLUMNS[1]!)).toBeCloseTo(0.9796, 4);
    expect(machineEfficiency(COLUMNS[2]!)).toBeCloseTo(0.9231, 4);
  });

  it("a reliable line is the birth–death formula (μ₁ = 0.25, μ₂ = 0.2, N = 5 gives 0.182236)", () => {
    const reliable = (rate: number) => ({ rate, failureRate: 0, repairRate: 1 });
    expect(reliableLineThroughput(0.25, 0.2, 5)).toBeCloseTo(0.182236, 6);
    for (const [r1, r2, n] of [
      [0.25, 0.2, 5],
      [0.2, 0.2, 7],
      [0.1, 0.3, 3],
    ] as const) {
      const exact = transferLineThroughput({ machine1: reliable(r1), machine2: reliable(r2), capacity: n });
      expect(Math.abs(exact - reliableLineThroughput(r1, r2, n))).toBeLessThan(1e-14);
    }
  });

  it("grows with capacity towards the infinite-buffer limit", () => {
    const m = COLUMNS[2]!;
    const limit = infiniteBufferThroughput(m, m);
    let previous = 0;
    for (const capacity of [1, 10, 50, 250]) {
      const th = transferLineThroughput({ machine1: m, machine2: m, capacity });
      expect(th).toBeGreaterThan(previous);
      expect(th).toBeLessThan(limit);
      previous = th;
    }
    expect(previous / limit).toBeGreaterThan(0.98);
  });

  it("rejects bad parameters", () => {
    const m = COLUMNS[1]!;
    expect(() => transferLineThroughput({ machine1: m, machine2: m, capacity: 0 })).toThrow(
      "capacity: got 0; allowed: an integer in [1, 250]",
    );
    expect(() =>
      transferLineThroughput({ machine1: { ...m, repairRate: 0 }, machine2: m, capacity: 3 }),
    ).toThrow("machine1.repairRate: got 0; allowed: a finite number > 0");
  });
});
