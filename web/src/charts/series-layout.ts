/**
 * Layout of the time-series line chart the lab draws itself (queue length over time): d3
 * computes scales, ticks and step-line paths; React only renders them. The unit of the time axis
 * follows the span shown (minutes, hours or days).
 */
import { seriesColor, seriesDash } from "@resilab/reports";
import type { ExperimentResult, TimeSeries } from "@resilab/sim-core";
import { curveStepAfter, line, scaleLinear } from "d3";

/** One line: points are [seconds from run start, value]. */
export interface LineSeries {
  name: string;
  color: string;
  dash: string | undefined;
  points: [number, number][];
}

/** A unit for a time axis. */
export interface TimeUnit {
  label: string;
  seconds: number;
}

/** Minutes up to 3 h, hours up to 3 days, days beyond. */
export function timeUnitFor(spanSeconds: number): TimeUnit {
  if (spanSeconds <= 3 * 3600) return { label: "minutes", seconds: 60 };
  if (spanSeconds <= 3 * 86_400) return { label: "hours", seconds: 3600 };
  return { label: "days", seconds: 86_400 };
}

/** Points of a bucketed series: each bucket's mean from its start, plus the end of the last bucket. */
export function seriesPoints(series: TimeSeries): [number, number][] {
  const points = series.values.map((v, i): [number, number] => [i * series.step, v]);
  const last = series.values.at(-1);
  if (last !== undefined) points.push([series.values.length * series.step, last]);
  return points;
}

/** The mean queue length of every topology over time (averaged over replications). */
export function queueSeries(result: ExperimentResult): LineSeries[] {
  return result.topologies.map((t, i) => ({
    name: t.topology,
    color: seriesColor(i),
    dash: seriesDash(i),
    points: seriesPoints(t.queueSeries),
  }));
}

/** Everything needed to draw a line chart. */
export interface LineChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  unit: TimeUnit;
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  paths: { name: string; color: string; dash: string | undefined; d: string }[];
}

/** Lays out `series` in a `width` × `height` chart (pixels), y from 0 to the largest value. */
export function lineChartLayout(
  series: readonly LineSeries[],
  width: number,
  height: number,
  top = 40,
): LineChartLayout {
  const plot = { left: 64, top, right: width - 16, bottom: height - 44 };
  const end = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p[0])));
  const unit = timeUnitFor(end);
  const yMax = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p[1])).filter(Number.isFinite));
  const x = scaleLinear()
    .domain([0, end / unit.seconds])
    .range([plot.left, plot.right]);
  const y = scaleLinear().domain([0, yMax]).range([plot.bottom, plot.top]).nice();
  const xFormat = x.tickFormat(8);
  const yFormat = y.tickFormat(5);
  const path = line<[number, number]>()
    .defined((p) => Number.isFinite(p[1]))
    .x((p) => x(p[0] / unit.seconds))
    .y((p) => y(p[1]))
    .curve(curveStepAfter);
  return {
    width,
    height,
    plot,
    unit,
    xTicks: x.ticks(8).map((t) => ({ x: x(t), label: xFormat(t) })),
    yTicks: y.ticks(5).map((t) => ({ y: y(t), label: yFormat(t) })),
    paths: series.map((s) => ({ name: s.name, color: s.color, dash: s.dash, d: path(s.points) ?? "" })),
  };
}

/** Positions of legend items laid out left to right, wrapping at `maxWidth` (11 px labels after a 16 px swatch). */
export function flowLegend(
  labels: readonly string[],
  maxWidth: number,
): { x: number; y: number; rows: number }[] {
  const out: { x: number; y: number; rows: number }[] = [];
  let x = 0;
  let row = 0;
  for (const label of labels) {
    const w = 22 + Array.from(label).length * 6.4 + 18;
    if (x > 0 && x + w > maxWidth) {
      x = 0;
      row += 1;
    }
    out.push({ x, y: row * 16, rows: 0 });
    x += w;
  }
  for (const item of out) item.rows = row + 1;
  return out;
}
