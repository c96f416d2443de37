import { mmc, RandomStreams } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { runHold } from "./hold";
import { runMmc } from "./mmc";

describe("bench models", () => {
  it("M/M/c executor pool: mean wait matches Erlang C within the batch-means interval", () => {
    const r = runMmc(new RandomStreams("bench-test", 0), { jobs: 300_000 });
    const ci = r.waits.interval()!;
    const expected = mmc({ arrivalRate: 9, serviceRate: 1, servers: 10 }).meanWait; // 0.6687 s
    expect(r.jobs).toBe(300_000);
    expect(Math.abs(ci.mean - expected)).toBeLessThanOrEqual(Math.max(ci.halfWidth, 0.02 * expected));
    expect(ci.halfWidth / expected).toBeLessThan(0.25);
  });

  it("with failures every job still completes once, and failures make waiting longer", () => {
    const streams = () => new RandomStreams("bench-test", 1);
    const plain = runMmc(streams(), { jobs: 100_000 });
    const failing = runMmc(streams(), { jobs: 100_000, failures: true, mtbf: 50 });
    expect(failing.jobs).toBe(100_000);
    expect(failing.failures).toBeGreaterThan(100);
    expect(failing.requeued).toBeGreaterThan(0);
    expect(failing.requeued).toBeLessThanOrEqual(failing.failures);
    // Same arrivals and demands (common random numbers); availability 50/60 leaves 8.3 jobs/s of
    // capacity for 9 arriving, so the line grows and waits must be far longer.
    expect(failing.waits.interval()!.mean).toBeGreaterThan(2 * plain.waits.interval()!.mean);
  });

  it("hold model: every process makes its delays, deterministically", () => {
    const a = runHold(new RandomStreams(1, 0), { processes: 100, delays: 20_000 });
    const b = runHold(new RandomStreams(1, 0), { processes: 100, delays: 20_000 });
    expect(a.eventCount).toBe(100 + 20_000 + 100); // starts, delays, ends
    expect(a.fingerprint()).toBe(b.fingerprint());
    // 200 U(0, 1 s) delays per process: about 100 s, never more than 200 s.
    expect(a.now / 1e6).toBeGreaterThan(80);
    expect(a.now / 1e6).toBeLessThan(200);
  });
});
