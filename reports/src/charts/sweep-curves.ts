/**
 * Sweep curves: how an objective's estimate (or a metric) moves as a scenario parameter changes,
 * one line per topology with its confidence interval as a whisker at each point, the target as a horizontal line and the
 * cheapest (topology, value) that meets every objective ringed. Durations spanning 20× or more
 * get a logarithmic y axis, so a slow design does not flatten the others. Whiskers, not shaded
 * bands: a p99's interval is wide (often open above), and five overlapping bands flooded the plot.
 */
import type { Interval } from "@resilab/sim-core";
import { line, scaleLinear, scaleLog } from "d3";
import { truncate } from "../escape";
import { displayUnit, formatMetricValue, formatNumber } from "../format";
import { tag, text } from "../markup";
import { metricInfo } from "../metrics";
import { bottomAxis, durationTickLabel, durationTicks, leftAxis, type PositionScale } from "./axis";
import { emptyChart, svgDocument, TITLE_HEIGHT } from "./frame";
import { legend } from "./legend";
import { type ChartOptions, resolveFrame } from "./options";
import { OKABE_ITO, SLO_COLOR, seriesColor, seriesDash } from "./palette";
import type { SweepCurvesData } from "./sweep-data";
import { targetLine } from "./target-line";

/** A y axis for values of `metric`: pixel mapping, tick positions and labels, unit suffix for the title. */
interface ValueAxis {
  y: (value: number) => number;
  scale: PositionScale;
  ticks: number[];
  format: (tick: number) => string;
  unit: string;
}

function valueAxis(metric: string, values: readonly number[], range: [number, number]): ValueAxis {
  const info = metricInfo(metric);
  const finite = values.filter(Number.isFinite);
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  if (info.unit === "seconds" && lo > 0 && hi / lo >= 20) {
    const scale = scaleLog()
      .domain([lo / 1.2, hi * 1.2])
      .range(range)
      .clamp(true);
    const ticks = durationTicks(lo / 1.2, hi * 1.2, 7);
    return { y: scale, scale, ticks, format: durationTickLabel, unit: " (log scale)" };
  }
  const fraction = info.unit === "fraction";
  const low = fraction ? Math.max(0, lo - (1 - lo) * 0.15) : Math.min(0, lo);
  const high = fraction ? Math.min(1, hi) : hi * 1.05;
  const u = displayUnit(metric, finite);
  // Built in display units (minutes, percent) so the ticks are round numbers there.
  const scale = scaleLinear()
    .domain([low / u.factor, (high > low ? high : low + u.factor) / u.factor])
    .range(range)
    .nice()
    .clamp(true);
  return {
    y: (v) => scale(v / u.factor),
    scale,
    ticks: scale.ticks(6),
    format: scale.tickFormat(6),
    unit: u.unit ? ` (${u.unit})` : "",
  };
}

/** How far above the largest estimate or target an upper bound may stretch the y axis (×). */
const UPPER_REACH = 3;

/**
 * One point's confidence interval as a thin vertical whisker with caps. An upper bound beyond the
 * axis (open above, ∞, or past UPPER_REACH) runs to the top of the plot without a cap, ending in a
 * small arrowhead that says it goes on.
 */
function whisker(
  cx: number,
  estimate: Interval,
  y: (value: number) => number,
  top: number,
  color: string,
): string {
  if (!Number.isFinite(estimate.lower) && !Number.isFinite(estimate.mean)) return "";
  const y0 = y(Number.isFinite(estimate.lower) ? estimate.lower : estimate.mean);
  const clipped = !Number.isFinite(estimate.upper) || y(estimate.upper) <= top;
  const y1 = clipped ? top : y(estimate.upper);
  const cap = (at: number) => `M${round2(cx - 3)},${round2(at)}H${round2(cx + 3)}`;
  const end = clipped
    ? `M${round2(cx - 3)},${round2(top + 4)}L${round2(cx)},${round2(top)}L${round2(cx + 3)},${round2(top + 4)}`
    : cap(y1);
  return tag("path", {
    d: `M${round2(cx)},${round2(y0)}V${round2(y1)}${cap(y0)}${end}`,
    fill: "none",
    stroke: color,
    "stroke-width": 1.25,
    "stroke-opacity": 0.6,
  });
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Renders the curves; default 720 × 380 px. The x axis is logarithmic when the values span 20× or more. */
export function sweepCurvesChart(data: SweepCurvesData, options: ChartOptions = {}): string {
  const frame = resolveFrame(options, {
    width: 720,
    height: 380,
    title: `${data.quantity} as ${data.parameter} varies`,
  });
  const pts = data.series.flatMap((s) => s.points);
  if (pts.length === 0) return emptyChart(frame, `No values of ${data.quantity} in this sweep.`);

  const key = legend(
    [
      ...data.series.map((s, i) => ({
        label: s.name,
        color: seriesColor(i),
        shape: "line" as const,
        dash: seriesDash(i),
      })),
      ...(data.targets.length > 0
        ? [{ label: "service level", color: SLO_COLOR, shape: "line" as const, dash: "6 3" }]
        : []),
      ...(data.cheapest
        ? [
            {
              label: "cheapest meeting every objective",
              color: OKABE_ITO.bluishGreen,
              shape: "ring" as const,
            },
          ]
        : []),
    ],
    12,
    TITLE_HEIGHT,
    frame.width - 24,
  );
  const left = 76;
  const top = TITLE_HEIGHT + key.height + 12;
  const innerWidth = Math.max(40, frame.width - left - 24);
  const innerHeight = Math.max(30, frame.height - top - 52);
  const xs = pts.map((p) => p.value);
  const [xMin, xMax] = [Math.min(...xs), Math.max(...xs)];
  const useLog = xMin > 0 && xMax / xMin >= 20;
  const x = (useLog ? scaleLog() : scaleLinear())
    .domain(xMin === xMax ? [xMin * 0.9 || -1, xMax * 1.1 || 1] : [xMin, xMax])
    .range([left, left + innerWidth]);
  // The axis fits the estimates, lower bounds and targets; an upper bound counts only up to
  // UPPER_REACH × the largest of those, so one wide p99 interval cannot squash every curve.
  const core = pts
    .flatMap((p) => [p.estimate.lower, p.estimate.mean])
    .concat(data.targets.map((t) => t.value))
    .filter((v) => Number.isFinite(v));
  const reach = Math.max(0, ...core.map(Math.abs)) * UPPER_REACH;
  const ys = core.concat(pts.map((p) => p.estimate.upper).filter((v) => Number.isFinite(v) && v <= reach));
  const yAxis = valueAxis(data.metric, ys, [top + innerHeight, top]);
  const y = yAxis.y;
  const xTicks = useLog
    ? x.ticks(6).filter((_, i, all) => all.length <= 8 || i % Math.ceil(all.length / 8) === 0)
    : x.ticks(6);
  const parts: string[] = [
    key.markup,
    leftAxis({
      scale: yAxis.scale,
      x: left,
      ticks: yAxis.ticks,
      format: yAxis.format,
      label: `${data.quantity}${yAxis.unit}`,
      gridWidth: innerWidth,
    }),
    bottomAxis({
      scale: x,
      y: top + innerHeight,
      ticks: xTicks,
      format: formatNumber,
      label: `${truncate(data.parameter, 60)}${useLog ? " (log scale)" : ""}`,
    }),
  ];
  const path = line<{ value: number; estimate: Interval }>()
    .x((p) => x(p.value))
    .y((p) => y(p.estimate.mean))
    .digits(2);
  data.series.forEach((s, i) => {
    const color = seriesColor(i);
    const sorted = [...s.points].sort((a, b) => a.value - b.value);
    for (const p of sorted) parts.push(whisker(x(p.value), p.estimate, y, top, color));
    parts.push(
      tag("path", {
        d: path(sorted) ?? "",
        fill: "none",
        stroke: color,
        "stroke-width": 2,
        "stroke-dasharray": seriesDash(i),
      }),
    );
    for (const p of sorted) {
      const title = `${s.name} at ${data.parameter} = ${formatNumber(p.value)}: ${formatMetricValue(data.metric, p.estimate.mean)}`;
      parts.push(
        tag(
          "circle",
          { cx: x(p.value), cy: y(p.estimate.mean), r: 3.5, fill: color },
          tag("title", {}, text(title)),
        ),
      );
    }
    const best = data.cheapest;
    const hit = best && best.topology === s.name ? sorted.find((p) => p.value === best.value) : undefined;
    if (hit)
      parts.push(
        tag("circle", {
          cx: x(hit.value),
          cy: y(hit.estimate.mean),
          r: 10,
          fill: "none",
          stroke: OKABE_ITO.bluishGreen,
          "stroke-width": 3,
        }),
      );
  });
  data.targets.forEach((t, j) => {
    const ty = y(t.value);
    parts.push(
      ...targetLine({
        y: ty,
        x1: left,
        x2: left + innerWidth,
        label: t.label,
        value: formatMetricValue(data.metric, t.value),
        labelX: left + innerWidth - 4,
        labelY: ty - 5 - j * 13,
        anchor: "end",
      }),
    );
  });
  const cheapest = data.cheapest
    ? ` Cheapest design meeting every objective: ${data.cheapest.topology} at ${data.parameter} = ${formatNumber(data.cheapest.value)}.`
    : "";
  const description = `${data.quantity} with its confidence interval (whiskers) for each topology as ${data.parameter} varies over ${data.series[0]?.points.length ?? 0} values.${cheapest}`;
  return svgDocument(frame, description, ...parts);
}
