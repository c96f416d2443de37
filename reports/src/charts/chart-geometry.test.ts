/**
 * Geometry checks: each chart puts the thing it claims where it claims (the service-level line at
 * the target, the ring on the cheapest design, one mark per record). Snapshots catch change;
 * these catch wrong.
 */
import { ValidationError } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { experimentFixture } from "../test-fixtures/experiment";
import { sweepFixture } from "../test-fixtures/sweep";
import { findElements, tickX } from "../test-support/svg-read";
import { availabilityOverTimeChart, availabilityOverTimeData } from "./availability-over-time";
import { costVsAvailabilityChart, costVsAvailabilityData } from "./cost-vs-availability";
import { incidentTimelineChart } from "./incident-timeline";
import {
  interruptionDistributionChart,
  interruptionDistributionData,
  outageDistributionChart,
  outageDistributionData,
} from "./outage-distribution";
import { pairedDifferencesChart, pairedDifferencesData } from "./paired-differences";
import { MUTED, OKABE_ITO, SLO_COLOR } from "./palette";
import { sweepCurvesChart } from "./sweep-curves";
import { sweepObjectiveCurvesData } from "./sweep-data";
import { incidentTimelineData } from "./timeline-data";
import { verdictTableData, verdictTableHtml } from "./verdict-table";

const result = experimentFixture();
const sloLines = (svg: string) =>
  findElements(svg, "line").filter(
    (l) =>
      l.attrs.stroke === SLO_COLOR &&
      l.attrs["stroke-dasharray"] === "6 3" &&
      l.attrs["stroke-width"] === "2",
  );

describe("outage distribution", () => {
  const svg = outageDistributionChart(outageDistributionData(result));

  it("draws the service-level line exactly at 2 min (target 120 s) on the log axis", () => {
    const [line] = sloLines(svg);
    const [x60, x300] = [tickX(svg, "60 s"), tickX(svg, "5 min")];
    const x120 = x60 + ((x300 - x60) * Math.log(120 / 60)) / Math.log(300 / 60);
    expect(Number(line!.attrs.x1)).toBeCloseTo(x120, 1);
  });

  it("puts each topology's p99 mark in the order of the p99 values", () => {
    const p99 = findElements(svg, "line").filter(
      (l) => l.attrs["stroke-width"] === "2" && l.attrs.stroke !== SLO_COLOR,
    );
    expect(p99).toHaveLength(5);
    const xs = p99.map((l) => Number(l.attrs.x1));
    const order = (v: number[]) => v.map((_, i) => i).sort((a, b) => v[a]! - v[b]!);
    // The marks are the Kaplan–Meier p99 (which counts censored outages), not the histogram's.
    expect(order(xs)).toEqual(order(result.topologies.map((t) => t.outages.p99.mean)));
  });

  it("draws one bar per non-empty histogram bucket", () => {
    const bars = findElements(svg, "rect").filter((r) => r.attrs["fill-opacity"] === "0.75");
    const buckets = result.topologies.reduce(
      (n, t) => n + t.outages.summary.histogram.counts.filter((c) => c > 0).length,
      0,
    );
    expect(bars).toHaveLength(buckets);
  });

  it("says how many outages were censored, on the row and in the description", () => {
    expect(svg).toContain(">n = 16 · 4 censored</text>");
    expect(svg).toMatch(/<desc>[^<]*single [^<]*\(4 censored\)/);
  });

  it("marks a p99 among censored events as unbounded instead of drawing it", () => {
    const open = outageDistributionData(result);
    open.series[0] = { ...open.series[0]!, p99: Number.POSITIVE_INFINITY };
    const drawn = outageDistributionChart(open);
    expect(drawn).toContain("p99 ∞ (censored) →");
    expect(drawn).toContain("single ∞ (censored)");
  });
});

describe("interruption distribution", () => {
  const data = interruptionDistributionData(result);
  const svg = interruptionDistributionChart(data);

  it("has no service-level line without an interruptionRecovery objective, and counts work never recovered", () => {
    expect(data.targets).toEqual([]);
    expect(sloLines(svg)).toHaveLength(0);
    expect(svg).toContain(">n = 20 · 16 never</text>");
  });
});

describe("paired differences", () => {
  const svg = pairedDifferencesChart(pairedDifferencesData(result));
  const dots = findElements(svg, "circle");

  it("draws one dot per difference, grey when the interval includes zero", () => {
    expect(dots).toHaveLength(result.differences.length);
    const flat = result.differences.findIndex((d) => d.difference.lower < 0 && d.difference.upper > 0);
    expect(dots[flat]!.attrs.fill).toBe(MUTED);
    expect(dots.filter((d) => d.attrs.fill === MUTED)).toHaveLength(1);
  });

  it("puts negative differences left of the zero line of their panel", () => {
    const zeros = findElements(svg, "line")
      .filter((l) => l.attrs["stroke-dasharray"] === "4 3")
      .map((l) => Number(l.attrs.x1));
    expect(zeros).toHaveLength(3);
    result.differences.forEach((d, i) => {
      const zero = zeros[Math.floor(i / 4)]!;
      const cx = Number(dots[i]!.attrs.cx);
      if (d.difference.mean < 0) expect(cx).toBeLessThan(zero);
      else expect(cx).toBeGreaterThan(zero);
    });
  });
});

describe("availability over time", () => {
  const svg = availabilityOverTimeChart(availabilityOverTimeData(result));

  it("draws one step line per topology", () => {
    expect(findElements(svg, "path").filter((p) => p.attrs.fill === "none")).toHaveLength(5);
  });

  it("draws the 99.9 % target where the y axis puts 99.9, clear of 100 %", () => {
    const ticks = findElements(svg, "text").filter(
      (t) => t.attrs["text-anchor"] === "end" && /^\d+(\.\d+)?$/.test(t.text),
    );
    const low = ticks[0]!;
    const y100 = Number(ticks.find((t) => Number(t.text) === 100)!.attrs.y) - 4;
    const yLow = Number(low.attrs.y) - 4;
    const vLow = Number(low.text);
    const [line] = sloLines(svg);
    const y = Number(line!.attrs.y1);
    expect(y).toBeCloseTo(yLow + ((y100 - yLow) * (99.9 - vLow)) / (100 - vLow), 1);
    // Not squeezed against 100 % by a bucket that fell far lower: a tenth of the axis at least.
    expect((y - y100) / (yLow - y100)).toBeGreaterThan(0.05);
  });
});

describe("cost against availability", () => {
  const svg = costVsAvailabilityChart(costVsAvailabilityData(result));
  const points = findElements(svg, "circle").filter((c) => c.attrs.r === "5.5");

  it("rings the cheapest design that meets every objective", () => {
    const ring = findElements(svg, "circle").find((c) => c.attrs.r === "11")!;
    expect(ring.attrs.stroke).toBe(OKABE_ITO.bluishGreen);
    const i = result.topologies.findIndex((t) => t.topology === "resilient-decoupled");
    expect([ring.attrs.cx, ring.attrs.cy]).toEqual([points[i]!.attrs.cx, points[i]!.attrs.cy]);
  });

  it("places designs by cost: active-active furthest right, single furthest left", () => {
    const xs = points.map((p) => Number(p.attrs.cx));
    expect(Math.max(...xs)).toBe(xs[2]);
    expect(Math.min(...xs)).toBe(xs[0]);
  });

  it("draws no ring when no design meets every objective", () => {
    const data = { ...costVsAvailabilityData(result), cheapest: null };
    expect(
      findElements(costVsAvailabilityChart(data), "circle").filter((c) => c.attrs.r === "11"),
    ).toHaveLength(0);
  });
});

describe("incident timeline", () => {
  const data = incidentTimelineData(result);
  const markers = (svg: string) =>
    findElements(svg, "path").filter((p) => /^M[\d.-]+,[\d.-]+L.*Z$/.test(p.attrs.d ?? ""));

  it("marks every failure of every lane over the whole run", () => {
    expect(markers(incidentTimelineChart(data))).toHaveLength(5 * 8);
  });

  it("keeps only what falls inside a window", () => {
    const at = data.lanes[0]!.incidents[3]!.at;
    expect(markers(incidentTimelineChart(data, { window: [at - 60, at + 60] }))).toHaveLength(5);
  });

  it("rejects a window that is empty or not finite", () => {
    expect(() => incidentTimelineChart(data, { window: [100, 100] })).toThrow(
      /window: got an array of 2; allowed: \[from, to\]/,
    );
    expect(() => incidentTimelineChart(data, { window: [0, Number.NaN] })).toThrow(ValidationError);
  });

  it("draws stage attempts only when asked", () => {
    const at = data.lanes[0]!.incidents[3]!.at;
    const attempts = (svg: string) =>
      findElements(svg, "rect").filter((r) => r.attrs.fill === OKABE_ITO.bluishGreen);
    expect(attempts(incidentTimelineChart(data, { window: [at - 3600, at + 3600] }))).toHaveLength(0);
    expect(
      attempts(incidentTimelineChart(data, { window: [at - 3600, at + 3600], pipelines: true })).length,
    ).toBeGreaterThan(10);
  });
});

describe("sweep curves", () => {
  const sweep = sweepFixture();
  const svg = sweepCurvesChart(sweepObjectiveCurvesData(sweep, "p99 outage ≤ 2 min"));

  it("draws a point per topology and value, and rings the cheapest", () => {
    const points = findElements(svg, "circle").filter((c) => c.attrs.r === "3.5");
    expect(points).toHaveLength(5 * 4);
    const ring = findElements(svg, "circle").find((c) => c.attrs.r === "10")!;
    const cheapest = 3 * 4 + sweep.points.findIndex((p) => p.value === sweep.cheapest!.value);
    expect(ring.attrs.cx).toBe(points[cheapest]!.attrs.cx);
  });

  it("plots the objective's estimate (p99), not the mean, against its target", () => {
    expect(svg).toContain("p99 service outage duration (log scale)");
    expect(sloLines(svg)).toHaveLength(1);
  });

  it("draws each interval as a whisker from its lower bound, not as a shaded band", () => {
    const data = sweepObjectiveCurvesData(sweep, "p99 outage ≤ 2 min");
    const whiskers = findElements(svg, "path").filter((p) => p.attrs["stroke-opacity"] === "0.6");
    expect(whiskers).toHaveLength(5 * 4);
    expect(findElements(svg, "path").filter((p) => p.attrs["fill-opacity"] !== undefined)).toHaveLength(0);
    // A whisker starts (M x,y) at its point's x: the circle of the same point.
    const points = findElements(svg, "circle").filter((c) => c.attrs.r === "3.5");
    const startX = (d: string) => Number(/^M([\d.]+),/.exec(d)![1]);
    expect(whiskers.map((w) => startX(w.attrs.d!))).toEqual(points.map((p) => Number(p.attrs.cx)));
    // An interval open above runs to the top with an arrowhead instead of a cap.
    const open = {
      ...data,
      series: data.series.map((s, i) =>
        i === 0
          ? { ...s, points: s.points.map((p) => ({ ...p, estimate: { ...p.estimate, upper: Infinity } })) }
          : s,
      ),
    };
    const arrows = findElements(sweepCurvesChart(open), "path").filter(
      (p) => p.attrs["stroke-opacity"] === "0.6" && /L[\d.]+,[\d.]+L/.test(p.attrs.d!),
    );
    expect(arrows).toHaveLength(4);
  });
});

describe("verdict table", () => {
  it("has one status cell per objective × topology plus the overall row", () => {
    const html = verdictTableHtml(verdictTableData(result));
    const cells = [...html.matchAll(/<td class="rl-verdict rl-(met|missed|inconclusive)"/g)].map((m) => m[1]);
    expect(cells).toHaveLength(4 * 5 + 5);
    const count = (v: string) => result.verdicts.filter((x) => x.verdict === v).length;
    expect(cells.slice(0, 20).filter((c) => c === "missed")).toHaveLength(count("missed"));
    expect(cells.slice(20)).toEqual(["missed", "missed", "missed", "met", "inconclusive"]);
    expect(html).toMatch(/about \d+ replications would settle it/);
  });
});
