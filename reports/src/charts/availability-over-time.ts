/**
 * Availability over simulated time per topology (the share of each time bucket in which
 * triggers were accepted, averaged over replications) against the availability objective. Each
 * topology is a step line with its own colour and dash.
 */
import type { ExperimentResult, TimeSeries } from "@resilab/sim-core";
import { curveStepAfter, line, scaleLinear } from "d3";
import { targetsFor } from "../analysis";
import { formatDuration, formatMetricValue, formatNumber } from "../format";
import { svgText, tag } from "../markup";
import { bottomAxis, leftAxis, timeAxisUnit } from "./axis";
import { emptyChart, svgDocument, TITLE_HEIGHT } from "./frame";
import { legend } from "./legend";
import { type ChartOptions, resolveFrame } from "./options";
import { MUTED, SLO_COLOR, seriesColor, seriesDash } from "./palette";
import { targetLine } from "./target-line";

/** The chart's input: one availability series (fractions per bucket) per topology. */
export interface AvailabilityOverTimeData {
  series: { name: string; series: TimeSeries }[];
  /** Availability targets (fractions), e.g. 0.999. */
  targets: { label: string; value: number }[];
}

/** Availability series of every topology and the availability objectives' targets. */
export function availabilityOverTimeData(result: ExperimentResult): AvailabilityOverTimeData {
  return {
    series: result.topologies.map((t) => ({ name: t.topology, series: t.availabilitySeries })),
    targets: targetsFor(result, "availability", true).map(({ label, value }) => ({ label, value })),
  };
}

/** Renders the step-line chart; default 720 × 340 px. */
export function availabilityOverTimeChart(
  data: AvailabilityOverTimeData,
  options: ChartOptions = {},
): string {
  const frame = resolveFrame(options, { width: 720, height: 340, title: "Availability over time" });
  const drawable = data.series.filter((s) => s.series.values.length > 0 && s.series.step > 0);
  if (drawable.length === 0) return emptyChart(frame, "No availability series to show.");

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
    ],
    12,
    TITLE_HEIGHT,
    frame.width - 24,
  );
  const end = Math.max(...drawable.map((s) => s.series.step * s.series.values.length));
  const unit = timeAxisUnit(end);
  const all = drawable.flatMap((s) => s.series.values).concat(data.targets.map((t) => t.value));
  const lowest = Math.min(...all.filter(Number.isFinite));
  // With a target, the axis starts ten times the allowed unavailability below 100 % (99 % for
  // 99.9 %), so the service-level line is not squeezed against 100 % by one bucket that fell to
  // 0 %; lower values are drawn at the floor (the axis label says so).
  const floor = Math.min(...data.targets.map((t) => 1 - 10 * (1 - t.value)).filter((v) => v > 0 && v < 1), 1);
  const natural = lowest >= 1 ? 0.99 : Math.max(0, lowest - (1 - lowest) * 0.1);
  const lo = data.targets.length > 0 && floor < 1 ? Math.max(natural, Math.min(floor, 0.99)) : natural;
  const clipped = lowest < lo;
  const left = 70;
  const top = TITLE_HEIGHT + key.height + 10;
  const innerWidth = Math.max(40, frame.width - left - 20);
  const innerHeight = Math.max(30, frame.height - top - 50);
  const x = scaleLinear()
    .domain([0, end / unit.seconds])
    .range([left, left + innerWidth]);
  // In percent, so ticks are round percentages.
  const yScale = scaleLinear()
    .domain([lo * 100, 100])
    .range([top + innerHeight, top])
    .nice()
    .clamp(true);
  const y = (fraction: number) => yScale(fraction * 100);
  const path = line<[number, number]>()
    .x((p) => x(p[0]))
    .y((p) => y(p[1]))
    .curve(curveStepAfter)
    .digits(2);

  const parts: string[] = [
    key.markup,
    leftAxis({
      scale: yScale,
      x: left,
      ticks: yScale.ticks(5),
      format: yScale.tickFormat(5),
      label: "Availability (%)",
      gridWidth: innerWidth,
    }),
    bottomAxis({
      scale: x,
      y: top + innerHeight,
      ticks: x.ticks(8),
      format: String,
      label: `Simulated time (${unit.plural})`,
    }),
  ];
  data.series.forEach((s, i) => {
    const { step, values } = s.series;
    if (values.length === 0 || !(step > 0)) return;
    const points: [number, number][] = values.map((v, k) => [(k * step) / unit.seconds, v]);
    points.push([(values.length * step) / unit.seconds, values[values.length - 1]!]);
    parts.push(
      tag("path", {
        d: path(points) ?? "",
        fill: "none",
        stroke: seriesColor(i),
        "stroke-width": 1.75,
        "stroke-dasharray": seriesDash(i),
      }),
    );
  });
  data.targets.forEach((t, j) => {
    const ty = y(t.value);
    // Near the top of the plot the series crowd the line: put the label under it.
    const below = ty - top < 24;
    parts.push(
      ...targetLine({
        y: ty,
        x1: left,
        x2: left + innerWidth,
        label: t.label,
        value: formatMetricValue("availability", t.value),
        labelX: left + innerWidth - 4,
        labelY: below ? ty + 15 + j * 13 : ty - 5 - j * 13,
        anchor: "end",
      }),
    );
  });
  if (clipped) {
    parts.push(
      svgText(left + 6, top + innerHeight - 6, `lower values drawn at ${formatNumber(lo * 100)} %`, {
        "font-size": 10,
        fill: MUTED,
        stroke: "#FFFFFF",
        "stroke-width": 3,
        "paint-order": "stroke",
      }),
    );
  }
  const lows = drawable
    .map((s) => `${s.name} lowest ${formatMetricValue("availability", Math.min(...s.series.values))}`)
    .join("; ");
  const slo = data.targets
    .map((t) => `${t.label} (${formatMetricValue("availability", t.value)})`)
    .join("; ");
  const description = `Availability per time bucket of ${formatDuration(drawable[0]!.series.step)}, averaged over replications, one line per topology. ${lows}.${slo ? ` Service level: ${slo}.` : ""}`;
  return svgDocument(frame, description, ...parts);
}
