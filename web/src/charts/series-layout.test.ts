import { describe, expect, it } from "vitest";
import { smallResult } from "../run/test-scenario";
import { flowLegend, lineChartLayout, queueSeries, seriesPoints, timeUnitFor } from "./series-layout";

describe("series layout", () => {
  it("turns bucketed series into step points that end at the last bucket's end", () => {
    expect(seriesPoints({ step: 10, values: [1, 3] })).toEqual([
      [0, 1],
      [10, 3],
      [20, 3],
    ]);
    expect(seriesPoints({ step: 10, values: [] })).toEqual([]);
  });

  it("picks the time unit from the span", () => {
    expect(timeUnitFor(7200).label).toBe("minutes");
    expect(timeUnitFor(2 * 86_400).label).toBe("hours");
    expect(timeUnitFor(30 * 86_400).label).toBe("days");
  });

  it("lays out the queue of every topology inside the plot, on a y axis from 0", () => {
    const result = smallResult();
    const series = queueSeries(result);
    expect(series.map((s) => s.name)).toEqual(result.topologies.map((t) => t.topology));
    const layout = lineChartLayout(series, 720, 300);
    expect(layout.unit.label).toBe("hours");
    expect(layout.paths).toHaveLength(series.length);
    for (const p of layout.paths) expect(p.d).toMatch(/^M[\d.]+,[\d.]+/);
    const coords = layout.paths.flatMap((p) =>
      [...p.d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]),
    );
    for (const [x, y] of coords) {
      expect(x).toBeGreaterThanOrEqual(layout.plot.left - 1e-6);
      expect(x).toBeLessThanOrEqual(layout.plot.right + 1e-6);
      expect(y).toBeGreaterThanOrEqual(layout.plot.top - 1e-6);
      expect(y).toBeLessThanOrEqual(layout.plot.bottom + 1e-6);
    }
    expect(layout.yTicks[0]?.y).toBe(layout.plot.bottom);
    expect(Number(layout.yTicks[0]?.label)).toBe(0);
    expect(layout.xTicks.at(0)?.x).toBe(layout.plot.left);
  });
});

describe("flowLegend", () => {
  it("places items left to right and wraps before an item would overflow", () => {
    const items = flowLegend(["single", "active-passive", "a much longer legend label here"], 260);
    expect(items[0]).toMatchObject({ x: 0, y: 0 });
    expect(items[1]!.x).toBeGreaterThan(0);
    expect(items[1]!.y).toBe(0);
    expect(items[2]).toMatchObject({ x: 0, y: 16 });
    expect(items.every((i) => i.rows === 2)).toBe(true);
    expect(flowLegend([], 100)).toEqual([]);
  });
});
