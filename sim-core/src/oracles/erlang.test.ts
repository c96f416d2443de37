import { describe, expect, it } from "vitest";
import { erlangB, erlangC, mmc } from "./erlang";
import { mmck } from "./mmck";

// docs/parameters.md, "M/M/c executor pool (Erlang C)" and "M/M/c/K bounded buffer": 30 jobs/h,
// mean job 10 min (μ = 6/h).
describe("[M/M/c executor pool (Erlang C)] M/M/c (Erlang C)", () => {
  it("c = 6: P(wait) 0.5875, W_q 5.88 min, W 15.88 min, L_q 2.94", () => {
    const q = mmc({ arrivalRate: 30, serviceRate: 6, servers: 6 });
    expect(q.waitProbability).toBeCloseTo(0.5875, 4);
    expect(q.meanWait * 60).toBeCloseTo(5.88, 2);
    expect(q.meanResponse * 60).toBeCloseTo(15.88, 2);
    expect(q.meanQueueLength).toBeCloseTo(2.94, 2);
    expect(q.meanInSystem).toBeCloseTo(q.meanQueueLength + 5, 12); // L = L_q + a
  });

  it("c = 7 and c = 8", () => {
    expect(erlangC(7, 5)).toBeCloseTo(0.3241, 4);
    expect(mmc({ arrivalRate: 30, serviceRate: 6, servers: 7 }).meanWait * 60).toBeCloseTo(1.62, 2);
    expect(erlangC(8, 5)).toBeCloseTo(0.1673, 4);
    expect(mmc({ arrivalRate: 30, serviceRate: 6, servers: 8 }).meanWait * 60).toBeCloseTo(0.56, 2);
  });

  it("M/M/1 is the textbook ρ/(μ − λ)", () => {
    const q = mmc({ arrivalRate: 0.8, serviceRate: 1, servers: 1 });
    expect(q.waitProbability).toBeCloseTo(0.8, 14);
    expect(q.meanWait).toBeCloseTo(4, 12);
  });

  it("rejects an unstable queue", () => {
    expect(() => mmc({ arrivalRate: 36, serviceRate: 6, servers: 6 })).toThrow(
      "arrivalRate: got 36; allowed: less than servers × serviceRate (36) for a stable queue",
    );
    expect(() => erlangC(2, 2)).toThrow("offeredLoad: got 2");
    expect(() => erlangB(0, 1)).toThrow("servers: got 0; allowed: an integer ≥ 1");
  });
});

describe("[M/M/c/K bounded buffer] M/M/c/K (blocking)", () => {
  it("c = 6, K = 10: P_B 0.0618, λ_eff 28.15, L 5.446, L_q 0.755, W 11.61 min, W_q 1.61 min", () => {
    const q = mmck({ arrivalRate: 30, serviceRate: 6, servers: 6, capacity: 10 });
    expect(q.blockingProbability).toBeCloseTo(0.0618, 4);
    expect(q.effectiveArrivalRate).toBeCloseTo(28.15, 2);
    expect(q.meanInSystem).toBeCloseTo(5.446, 3);
    expect(q.meanQueueLength).toBeCloseTo(0.755, 3);
    expect(q.meanResponse * 60).toBeCloseTo(11.61, 2);
    expect(q.meanWait * 60).toBeCloseTo(1.61, 2);
    // Little: λ_eff · W = L, and the probabilities sum to 1.
    expect(q.effectiveArrivalRate * q.meanResponse).toBeCloseTo(q.meanInSystem, 12);
    expect(q.probabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 14);
  });

  it("K = c is Erlang B = 0.1918; M/M/1/5 at ρ = 0.8 blocks 0.0888", () => {
    expect(
      mmck({ arrivalRate: 30, serviceRate: 6, servers: 6, capacity: 6 }).blockingProbability,
    ).toBeCloseTo(erlangB(6, 5), 14);
    expect(erlangB(6, 5)).toBeCloseTo(0.1918, 4);
    const rho = 0.8;
    const mm15 = mmck({ arrivalRate: rho, serviceRate: 1, servers: 1, capacity: 5 }).blockingProbability;
    expect(mm15).toBeCloseTo(((1 - rho) * rho ** 5) / (1 - rho ** 6), 14);
    expect(mm15).toBeCloseTo(0.0888, 4);
  });

  it("approaches M/M/c as K grows, and stays finite for overload and large K", () => {
    const open = mmc({ arrivalRate: 30, serviceRate: 6, servers: 6 });
    const big = mmck({ arrivalRate: 30, serviceRate: 6, servers: 6, capacity: 2000 });
    expect(big.meanWait).toBeCloseTo(open.meanWait, 10);
    const overload = mmck({ arrivalRate: 60, serviceRate: 6, servers: 6, capacity: 5000 });
    // Overloaded and nearly always full: servers always busy, λ_eff = cμ = 36, P_B = 1 − 36/60.
    expect(overload.effectiveArrivalRate).toBeCloseTo(36, 10);
    expect(overload.blockingProbability).toBeCloseTo(0.4, 10);
    expect(Number.isFinite(overload.meanResponse)).toBe(true);
  });

  it("rejects a capacity below the number of servers", () => {
    expect(() => mmck({ arrivalRate: 1, serviceRate: 1, servers: 3, capacity: 2 })).toThrow(
      "capacity: got 2; allowed: an integer in [servers, 1e6] = [3, 1e6]",
    );
  });
});
