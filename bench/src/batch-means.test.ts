import { batchMeans } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { BatchMeans } from "./batch-means";

describe("BatchMeans (streaming)", () => {
  it("gives the same interval as batching the kept samples", () => {
    const xs = Array.from({ length: 1_050 }, (_, i) => Math.sin(i) * 3 + (i % 7));
    const b = new BatchMeans(1_050, 50, 20);
    for (const x of xs) b.add(x);
    const want = batchMeans(xs.slice(50), 20);
    const got = b.interval()!;
    expect(got.mean).toBeCloseTo(want.mean, 12);
    expect(got.halfWidth).toBeCloseTo(want.halfWidth, 12);
    expect(got.n).toBe(20);
  });

  it("has no interval before two batches are complete", () => {
    const b = new BatchMeans(100, 0, 20);
    for (let i = 0; i < 9; i++) b.add(i);
    expect(b.interval()).toBeUndefined();
  });
});
