/**
 * Q–Q plot of a fit: each observed event time (vertical) against the quantile of a fitted
 * candidate at the same Kaplan–Meier probability (horizontal), on log–log duration axes, one
 * series per candidate, with the line y = x a perfect fit would follow. The chosen candidate is
 * named in the legend; every candidate's AIC and KS distance are in the description, so the
 * chart can be read without colour.
 */
import type { SampleFit } from "@resilab/sim-core";
import { scaleLog } from "d3";
import { bottomAxis, durationTickLabel, durationTicks, leftAxis } from "../charts/axis";
import { emptyChart, svgDocument, TITLE_HEIGHT } from "../charts/frame";
import { legend } from "../charts/legend";
import { type ChartOptions, resolveFrame } from "../charts/options";
import { MUTED, seriesColor } from "../charts/palette";
import { formatDuration } from "../format";
import { tag } from "../markup";

/** One candidate's points (seconds). */
export interface QqSeries {
  label: string;
  chosen: boolean;
  points: { fitted: number; observed: number }[];
}

/** The chart's input. */
export interface QqPlotData {
  series: QqSeries[];
  /** Plain-text summary of the candidates for the accessible description. */
  summary: string;
}

/** Q–Q data of one sample fit: one series per fitted candidate, in the order they were fitted. */
export function qqPlotData(fit: SampleFit): QqPlotData {
  const series = fit.candidates.map((c) => ({
    label: `${c.family}${c === fit.chosen ? " (chosen)" : ""}`,
    chosen: c === fit.chosen,
    points: c.qq
      .filter((p) => Number.isFinite(p.fitted) && p.fitted > 0 && p.observed > 0)
      .map((p) => ({ fitted: p.fitted, observed: p.observed })),
  }));
  const summary = fit.candidates
    .map((c) => `${c.family}: AIC ${c.aic.toFixed(1)}, KS distance ${c.ks.toFixed(3)}`)
    .join("; ");
  return { series, summary };
}

const SHAPES = ["circle", "square", "diamond", "triangle"] as const;

function marker(index: number, x: number, y: number, color: string, filled: boolean): string {
  const style = { fill: filled ? color : "none", stroke: color, "stroke-width": 1.3, "fill-opacity": 0.85 };
  const shape = SHAPES[index % SHAPES.length];
  if (shape === "square") return tag("rect", { x: x - 3, y: y - 3, width: 6, height: 6, ...style });
  if (shape === "diamond")
    return tag("path", { d: `M${x} ${y - 4}L${x + 4} ${y}L${x} ${y + 4}L${x - 4} ${y}Z`, ...style });
  if (shape === "triangle")
    return tag("path", { d: `M${x} ${y - 4}L${x + 4} ${y + 3}L${x - 4} ${y + 3}Z`, ...style });
  return tag("circle", { cx: x, cy: y, r: 3.2, ...style });
}

function ticksFor(lo: number, hi: number, scale: { ticks(count: number): number[] }): number[] {
  const nice = durationTicks(lo, hi, 7);
  return nice.length >= 2 ? nice : scale.ticks(4);
}

/** Renders the Q–Q plot; default 460 × 420 px. */
export function qqPlotChart(data: QqPlotData, options: ChartOptions = {}): string {
  const frame = resolveFrame(options, { width: 460, height: 420, title: "Q–Q plot" });
  const all = data.series.flatMap((s) => s.points.flatMap((p) => [p.fitted, p.observed]));
  if (all.length === 0) return emptyChart(frame, "No observed events to plot.");
  const key = legend(
    data.series.map((s, i) => ({ label: s.label, color: seriesColor(i), shape: "box" as const })),
    12,
    TITLE_HEIGHT,
    frame.width - 24,
  );
  const left = 70;
  const top = TITLE_HEIGHT + key.height + 10;
  const size = Math.max(40, Math.min(frame.width - left - 16, frame.height - top - 52));
  const lo = Math.min(...all) / 1.3;
  const hi = Math.max(...all) * 1.3;
  const x = scaleLog()
    .domain([lo, hi])
    .range([left, left + size])
    .clamp(true);
  const y = scaleLog()
    .domain([lo, hi])
    .range([top + size, top])
    .clamp(true);
  const ticks = ticksFor(lo, hi, x);
  const parts: string[] = [
    key.markup,
    leftAxis({
      scale: y,
      x: left,
      ticks,
      format: durationTickLabel,
      label: "Observed (log scale)",
      gridWidth: size,
    }),
    bottomAxis({
      scale: x,
      y: top + size,
      ticks,
      format: durationTickLabel,
      label: "Fitted quantile (log scale)",
      gridHeight: size,
    }),
    tag("line", { x1: x(lo), y1: y(lo), x2: x(hi), y2: y(hi), stroke: MUTED, "stroke-dasharray": "4 3" }),
  ];
  // The chosen candidate is drawn last, on top.
  const order = data.series.map((s, i) => ({ s, i })).sort((a, b) => Number(a.s.chosen) - Number(b.s.chosen));
  for (const { s, i } of order) {
    for (const p of s.points) parts.push(marker(i, x(p.fitted), y(p.observed), seriesColor(i), s.chosen));
  }
  const range = `${formatDuration(Math.min(...all))} to ${formatDuration(Math.max(...all))}`;
  return svgDocument(
    frame,
    `Observed event times (${range}) against each candidate's fitted quantiles; points on the dashed line y = x fit perfectly. ${data.summary}.`,
    ...parts,
  );
}
