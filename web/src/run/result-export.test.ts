import { incidentTimelineData } from "@resilab/reports";
import { describe, expect, it } from "vitest";
import { TOPOLOGIES_PER_PAGE } from "../charts/topology-page";
import { shownExperiment, shownSweep } from "./result-export";
import { smallResult } from "./test-scenario";

describe("the result as the page gets it", () => {
  it("keeps replication 0's runs and everything else of a small comparison", () => {
    const result = smallResult();
    const shown = shownExperiment(result);
    expect(shown.runs.every((r) => r.replication === 0)).toBe(true);
    expect(shown.runs.length).toBe(result.topologies.length);
    expect({ ...shown, runs: [] }).toEqual({ ...result, runs: [] });
  });

  it("keeps only the paired differences within a page of topologies when there are many", () => {
    const result = smallResult();
    // 20 topologies made of copies of the three, so pages of 8 split them.
    const names = Array.from({ length: 20 }, (_, i) => `t${i}`);
    const topologies = names.map((name, i) => ({ ...result.topologies[i % 3]!, topology: name }));
    const differences = names.flatMap((a, i) =>
      names.slice(i + 1).map((b) => ({ ...result.differences[0]!, a, b })),
    );
    const shown = shownExperiment({ ...result, topologies, differences });
    const pageOf = (name: string) => Math.floor(names.indexOf(name) / TOPOLOGIES_PER_PAGE);
    expect(shown.differences.every((d) => pageOf(d.a) === pageOf(d.b))).toBe(true);
    // Pages of 8, 8 and 4 topologies: 28 + 28 + 6 pairs.
    expect(shown.differences.length).toBe(62);
    // No runs: the timeline takes replication 0's samples from the topology summaries.
    expect(shown.runs).toEqual([]);
    const timeline = incidentTimelineData(shown);
    expect(timeline.lanes.map((l) => l.incidents)).toEqual(topologies.map((t) => t.incidentsSample));
  });

  it("a sweep's points are trimmed the same way", () => {
    const result = smallResult();
    const sweep = { points: [{ value: 1, result }] } as unknown as Parameters<typeof shownSweep>[0];
    expect(shownSweep(sweep).points[0]!.result.runs.every((r) => r.replication === 0)).toBe(true);
  });
});
