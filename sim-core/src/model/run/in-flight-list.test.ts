import { describe, expect, it } from "vitest";
import { InFlightList } from "./in-flight-list";
import type { PipelineRun } from "./pipeline-run";

const pipeline = (triggeredAt: number) =>
  ({ triggeredAt, prevInFlight: null, nextInFlight: null }) as unknown as PipelineRun;

describe("InFlightList", () => {
  it("keeps exactly the pipelines added and not removed, whatever the order of removal", () => {
    const list = new InFlightList();
    const ps = [1, 2, 3, 4, 5].map(pipeline);
    for (const p of ps) list.add(p);
    list.remove(ps[0]!); // the tail
    list.remove(ps[4]!); // the head
    list.remove(ps[2]!); // the middle
    list.remove(ps[2]!); // twice: ignored
    expect(list.size).toBe(2);
    expect([...list.triggerTimes()].sort()).toEqual([2, 4]);
    list.remove(ps[1]!);
    list.remove(ps[3]!);
    expect(list.size).toBe(0);
    expect([...list.triggerTimes()]).toEqual([]);
  });
});
