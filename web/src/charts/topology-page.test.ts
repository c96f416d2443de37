import { describe, expect, it } from "vitest";
import { smallResult } from "../run/test-scenario";
import { pageRange, resultForTopologies } from "./topology-page";

describe("a page of topologies", () => {
  it("clamps pages to the items there are", () => {
    expect(pageRange(300, 0)).toEqual({ page: 0, pages: 38, from: 0, to: 8 });
    expect(pageRange(300, 37)).toEqual({ page: 37, pages: 38, from: 296, to: 300 });
    expect(pageRange(300, 99)).toMatchObject({ page: 37 });
    expect(pageRange(0, 3)).toEqual({ page: 0, pages: 1, from: 0, to: 0 });
    expect(pageRange(5, -1)).toEqual({ page: 0, pages: 1, from: 0, to: 5 });
  });

  it("keeps only the chosen topologies' verdicts, differences, runs and settings", () => {
    const result = smallResult();
    expect(resultForTopologies(result, 0, result.topologies.length)).toBe(result);
    const names = result.topologies.map((t) => t.topology);
    const page = resultForTopologies(result, 1, 3);
    expect(page.topologies.map((t) => t.topology)).toEqual(names.slice(1, 3));
    expect(new Set(page.verdicts.map((v) => v.topology))).toEqual(new Set(names.slice(1, 3)));
    expect(page.verdicts.length).toBe((result.verdicts.length * 2) / 3);
    expect(page.differences.every((d) => d.a !== names[0] && d.b !== names[0])).toBe(true);
    expect(page.differences.length).toBeGreaterThan(0);
    expect(page.runs.every((r) => r.topology !== names[0])).toBe(true);
    for (const [i, d] of page.topologyDifferences.entries())
      expect(d.values).toEqual(result.topologyDifferences[i]!.values.slice(1, 3));
  });
});
