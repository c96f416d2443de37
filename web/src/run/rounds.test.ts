import { planRuns } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { RoundTracker, streamingOrder } from "./rounds";
import { smallScenario } from "./test-scenario";

describe("streamingOrder", () => {
  it("puts every topology's replication r before any replication r + 1", () => {
    const tasks = planRuns(smallScenario());
    const order = streamingOrder(tasks).map((t) => [t.replication, t.topology]);
    expect(order.slice(0, 4)).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
    ]);
    expect(order).toHaveLength(tasks.length);
  });
});

describe("RoundTracker", () => {
  it("counts a round only when every group has every replication below it", () => {
    const tasks = planRuns(smallScenario()); // 3 topologies × 3 replications, topology-major
    const tracker = new RoundTracker(tasks);
    const at = (topology: number, replication: number) => tasks[topology * 3 + replication]!;
    expect(tracker.complete(at(0, 1))).toBe(0);
    expect(tracker.complete(at(0, 0))).toBe(0);
    expect(tracker.complete(at(1, 0))).toBe(0);
    expect(tracker.complete(at(2, 0))).toBe(1);
    expect(tracker.complete(at(1, 1))).toBe(1);
    expect(tracker.complete(at(2, 1))).toBe(2);
    expect(tracker.complete(at(2, 1))).toBe(2);
    expect(tracker.done).toBe(6);
    expect(() => tracker.complete({ index: 99, point: 5, topology: 0, replication: 0 })).toThrow(/not part/);
  });
});
