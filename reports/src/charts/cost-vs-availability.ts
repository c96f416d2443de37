/**
 * Cost against availability: one point per topology with its confidence intervals in both
 * directions, the availability objective as a horizontal line, and the cheapest design that
 * meets every objective ringed and named. Status is written next to each name, not only shown.
 */
import type { ExperimentResult, Interval, Verdict } from "@resilab/sim-core";
import { scaleLinear } from "d3";
import { cheapestMeeting, statusWord, targetsFor, topologyStatus } from "../analysis";
import { truncate } from "../escape";
import { formatMetricValue, formatNumber } from "../format";
import { svgText, tag, text } from "../markup";
import { bottomAxis, leftAxis } from "./axis";
import { emptyChart, svgDocument, TITLE_HEIGHT } from "./frame";
import { legend } from "./legend";
import { type ChartOptions, resolveFrame, textWidth } from "./options";
import { INK, OKABE_ITO, SLO_COLOR, seriesColor } from "./palette";
import { targetLine } from "./target-line";

/** One design: its cost per hour, its availability (fraction) and its overall verdict. */
export interface CostAvailabilityPoint {
  name: string;
  cost: Interval;
  availability: Interval;
  status: Verdict | null;
}

/** The chart's input. */
export interface CostVsAvailabilityData {
  points: CostAvailabilityPoint[];
  /** Availability targets (fractions). */
  targets: { label: string; value: number }[];
  /** Name of the cheapest design meeting every objective, or null. */
  cheapest: string | null;
}

/** Cost and availability of every topology that reports both, with the cheapest design meeting the service level. */
export function costVsAvailabilityData(result: ExperimentResult): CostVsAvailabilityData {
  const points: CostAvailabilityPoint[] = [];
  for (const t of result.topologies) {
    const m = t.metrics as Partial<Record<string, Interval>>;
    if (m.cost && m.availability) {
      points.push({
        name: t.topology,
        cost: m.cost,
        availability: m.availability,
        status: topologyStatus(result, t.topology),
      });
    }
  }
  return {
    points,
    targets: targetsFor(result, "availability", true).map(({ label, value }) => ({ label, value })),
    cheapest: cheapestMeeting(result)?.topology ?? null,
  };
}

function placeLabels(ys: number[], gap: number): number[] {
  const order = ys.map((y, i) => [y, i] as const).sort((a, b) => a[0] - b[0]);
  const out = [...ys];
  let last = Number.NEGATIVE_INFINITY;
  for (const [y, i] of order) {
    const placed = Math.max(y, last + gap);
    out[i] = placed;
    last = placed;
  }
  return out;
}

/** Renders the scatter plot; default 720 × 420 px. */
export function costVsAvailabilityChart(data: CostVsAvailabilityData, options: ChartOptions = {}): string {
  const frame = resolveFrame(options, { width: 720, height: 420, title: "Cost against availability" });
  if (data.points.length === 0) return emptyChart(frame, "No topology reports both cost and availability.");

  const key = legend(
    [
      ...(data.targets.length > 0
        ? [{ label: "availability objective", color: SLO_COLOR, shape: "line" as const, dash: "6 3" }]
        : []),
      ...(data.cheapest !== null
        ? [
            {
              label: "cheapest design meeting every objective",
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
  const left = 74;
  const labels = data.points.map(
    (p) => `${truncate(p.name, 24)} (${statusWord(p.status)}${p.name === data.cheapest ? ", cheapest" : ""})`,
  );
  const right = Math.min(frame.width / 2, Math.max(...labels.map((l) => textWidth(l, 11))) + 24);
  const top = TITLE_HEIGHT + key.height + 12;
  const innerWidth = Math.max(40, frame.width - left - right);
  const innerHeight = Math.max(30, frame.height - top - 52);
  const maxCost = Math.max(...data.points.map((p) => p.cost.upper));
  const lows = data.points.map((p) => p.availability.lower).concat(data.targets.map((t) => t.value));
  const low = Math.min(...lows);
  const x = scaleLinear()
    .domain([0, maxCost > 0 ? maxCost * 1.08 : 1])
    .range([left, left + innerWidth])
    .nice();
  // In percent, so ticks are round percentages.
  const yLow = low >= 1 ? 0.99 : Math.max(0, low - (1 - low) * 0.15);
  const yScale = scaleLinear()
    .domain([yLow * 100, 100])
    .range([top + innerHeight, top])
    .nice()
    .clamp(true);
  const y = (fraction: number) => yScale(fraction * 100);
  const parts: string[] = [
    key.markup,
    leftAxis({
      scale: yScale,
      x: left,
      ticks: yScale.ticks(6),
      format: yScale.tickFormat(6),
      label: "Availability (%)",
      gridWidth: innerWidth,
    }),
    bottomAxis({
      scale: x,
      y: top + innerHeight,
      ticks: x.ticks(6),
      format: x.tickFormat(6),
      label: "Cost (currency units per hour)",
      gridHeight: innerHeight,
    }),
  ];
  data.targets.forEach((t, j) => {
    const ty = y(t.value);
    parts.push(
      ...targetLine({
        y: ty,
        x1: left,
        x2: left + innerWidth,
        label: t.label,
        value: formatMetricValue("availability", t.value),
        labelX: left + 6,
        labelY: ty + 14 + j * 13,
        anchor: "start",
      }),
    );
  });
  const labelYs = placeLabels(
    data.points.map((p) => y(p.availability.mean) + 4),
    14,
  );
  data.points.forEach((p, i) => {
    const cx = x(p.cost.mean);
    const cy = y(p.availability.mean);
    const color = seriesColor(i);
    const detail = `${p.name}: ${formatNumber(p.cost.mean)} per hour, availability ${formatMetricValue("availability", p.availability.mean)}, ${statusWord(p.status)}`;
    parts.push(
      tag("line", {
        x1: x(p.cost.lower),
        x2: x(p.cost.upper),
        y1: cy,
        y2: cy,
        stroke: color,
        "stroke-width": 1.5,
      }),
    );
    parts.push(
      tag("line", {
        x1: cx,
        x2: cx,
        y1: y(p.availability.lower),
        y2: y(p.availability.upper),
        stroke: color,
        "stroke-width": 1.5,
      }),
    );
    parts.push(
      tag(
        "circle",
        { cx, cy, r: 5.5, fill: color, stroke: "#FFFFFF", "stroke-width": 1 },
        tag("title", {}, text(detail)),
      ),
    );
    if (p.name === data.cheapest) {
      parts.push(
        tag("circle", { cx, cy, r: 11, fill: "none", stroke: OKABE_ITO.bluishGreen, "stroke-width": 3 }),
      );
    }
    parts.push(svgText(left + innerWidth + 10, labelYs[i]!, labels[i]!, { "font-size": 11, fill: INK }));
    parts.push(
      tag("line", {
        x1: cx + 7,
        x2: left + innerWidth + 6,
        y1: cy,
        y2: labelYs[i]! - 4,
        stroke: color,
        "stroke-opacity": 0.35,
      }),
    );
  });
  const summary = data.points
    .map(
      (p) =>
        `${p.name} ${formatNumber(p.cost.mean)} per hour at ${formatMetricValue("availability", p.availability.mean)} (${statusWord(p.status)})`,
    )
    .join("; ");
  const cheapest =
    data.cheapest === null
      ? "No design meets every objective."
      : `Cheapest design meeting every objective: ${data.cheapest}.`;
  return svgDocument(frame, `${summary}. ${cheapest}`, ...parts);
}
