import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shardFileName, shardTasks } from "./shard";

const tasks = (n: number) =>
  Array.from({ length: n }, (_, index) => ({ index, point: 0, topology: index % 3, replication: index }));

describe("shardTasks", () => {
  it("partitions the tasks: every task in exactly one shard, round-robin", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 40 }), (n, count) => {
        const all = tasks(n);
        const seen = Array.from({ length: count }, (_, i) => shardTasks(all, { index: i + 1, count })).flat();
        expect(seen.map((t) => t.index).sort((a, b) => a - b)).toEqual(all.map((t) => t.index));
      }),
    );
  });

  it("spreads work evenly (sizes differ by at most one)", () => {
    const sizes = [1, 2, 3, 4, 5, 6, 7].map((index) => shardTasks(tasks(150), { index, count: 7 }).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it("names shard files so they sort in shard order", () => {
    expect(shardFileName({ index: 3, count: 16 })).toBe("shard-03-of-16.json");
    expect(shardFileName({ index: 1, count: 1 })).toBe("shard-1-of-1.json");
  });
});
