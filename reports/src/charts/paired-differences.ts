/**
 * Paired differences between topologies (a − b on common random numbers) as an interval plot:
 * one panel per metric, since each has its own unit; a dot for the mean difference, a bar for its
 * confidence interval and a dashed line at zero. Colour says whether a is significantly better or
 * worse; the reading is also written next to each interval.
 */
import type { ExperimentResult, PairedDifference } from "@resilab/sim-core";
import { scaleLinear } from "d3";
import { readDifference } from "../analysis";
import { truncate } from "../escape";
import { displayUnit, type FormattedInterval, formatInterval } from "../format";
import { svgText, tag, text } from "../markup";
import { metricInfo, orderedMetricNames } from "../metrics";
import { bottomAxis } from "./axis";
import { chartPairs } from "./difference-pairs";
import { emptyChart, svgDocument, TITLE_HEIGHT } from "./frame";
import { legend } from "./legend";
import { type ChartOptions, resolveFrame, textWidth } from "./options";
import { INK, MUTED, OKABE_ITO } from "./palette";

/** The chart's input: the differences to show (any metrics, any pairs). */
export interface PairedDifferencesData {
  differences: PairedDifference[];
}

/** The paired differences of a result. */
export function pairedDifferencesData(result: ExperimentResult): PairedDifferencesData {
  return { differences: result.differences };
}

const PANEL_OVERHEAD = 70;

/** The estimate and interval printed to the right of each row. */
function sideText(f: FormattedInterval): string {
  return `${f.estimate} (${f.range})`;
}
const ROW = 26;

function colorOf(d: PairedDifference): string {
  const reading = readDifference(d);
  if (reading.endsWith("(better)")) return OKABE_ITO.bluishGreen;
  if (reading.endsWith("(worse)")) return OKABE_ITO.vermillion;
  return MUTED;
}

function byMetric(differences: readonly PairedDifference[]): [string, PairedDifference[]][] {
  const groups = new Map<string, PairedDifference[]>();
  for (const d of differences) groups.set(d.metric, [...(groups.get(d.metric) ?? []), d]);
  return orderedMetricNames(Object.fromEntries(groups)).map((m) => [m, groups.get(m)!]);
}

/** The widest of `widths` (0 for none); a loop, since spreading thousands of values overflows the stack. */
function widest(widths: readonly number[]): number {
  let max = 0;
  for (const w of widths) if (w > max) max = w;
  return max;
}

/**
 * Renders the interval plot; default 720 px wide, 26 px per difference plus 70 px per metric.
 * Past MAX_CHART_PAIRS topology pairs it shows the pairs against the first topology and says so.
 */
export function pairedDifferencesChart(input: PairedDifferencesData, options: ChartOptions = {}): string {
  const capped = chartPairs(input.differences);
  const data: PairedDifferencesData = { differences: capped.differences };
  const panels = byMetric(data.differences);
  const legendHeight = 26;
  const noteHeight = capped.note === null ? 0 : 18;
  const natural =
    TITLE_HEIGHT +
    legendHeight +
    noteHeight +
    panels.length * PANEL_OVERHEAD +
    data.differences.length * ROW +
    8;
  const frame = resolveFrame(options, {
    width: 720,
    height: Math.max(120, natural),
    title: "Paired differences between topologies",
  });
  if (panels.length === 0)
    return emptyChart(frame, "No paired differences: the experiment compared fewer than two topologies.");

  const key = legend(
    [
      { label: "a better (interval excludes 0)", color: OKABE_ITO.bluishGreen },
      { label: "a worse", color: OKABE_ITO.vermillion },
      { label: "no significant difference", color: MUTED },
    ],
    12,
    TITLE_HEIGHT,
    frame.width - 24,
  );
  const rowHeight = Math.max(
    12,
    (frame.height - natural + data.differences.length * ROW) / data.differences.length,
  );
  const labels = data.differences.map((d) => truncate(`${d.a} − ${d.b}`, 40));
  const left = Math.min(260, widest(labels.map((l) => textWidth(l))) + 20);
  const right = Math.min(
    300,
    widest(
      data.differences.map((d) =>
        textWidth(sideText(formatInterval(d.metric, d.difference, "difference")), 11),
      ),
    ) + 24,
  );
  const innerWidth = Math.max(40, frame.width - left - right);
  const parts: string[] = [key.markup];
  const readings: string[] = [];
  let y = TITLE_HEIGHT + key.height + 8;
  if (capped.note !== null) {
    parts.push(svgText(12, y + 10, capped.note, { "font-size": 11, fill: MUTED }));
    y += noteHeight;
  }

  for (const [metric, diffs] of panels) {
    const info = metricInfo(metric);
    const lo = Math.min(0, ...diffs.map((d) => d.difference.lower));
    const hi = Math.max(0, ...diffs.map((d) => d.difference.upper));
    const u = displayUnit(metric, [lo, hi], "difference");
    const pad = (hi - lo) * 0.08 || u.factor;
    // The scale works in display units (minutes, percentage points) so its ticks are round there.
    const scale = scaleLinear()
      .domain([(lo - pad) / u.factor, (hi + pad) / u.factor])
      .range([left, left + innerWidth])
      .nice();
    const x = (v: number) => scale(v / u.factor);
    // About one tick per 70 px: the plot can be narrow beside long pair names and intervals,
    // and six labels like "−0.0150" would overlap there.
    const tickCount = Math.max(2, Math.min(6, Math.floor(innerWidth / 70)));
    const ticks = scale.ticks(tickCount);
    parts.push(svgText(12, y + 14, `${info.label}: a − b`, { "font-weight": 600 }));
    const top = y + 24;
    const zero = x(0);
    parts.push(
      tag("line", {
        x1: zero,
        x2: zero,
        y1: top,
        y2: top + diffs.length * rowHeight,
        stroke: INK,
        "stroke-dasharray": "4 3",
      }),
    );
    diffs.forEach((d, i) => {
      const cy = top + i * rowHeight + rowHeight / 2;
      const color = colorOf(d);
      const formatted = formatInterval(metric, d.difference, "difference");
      const reading = readDifference(d);
      readings.push(`${info.label} ${d.a} − ${d.b}: ${formatted.estimate} (${formatted.range}), ${reading}`);
      const label = truncate(`${d.a} − ${d.b}`, 40);
      parts.push(
        tag(
          "text",
          { x: left - 10, y: cy + 4, "text-anchor": "end" },
          text(label),
          label.endsWith("…") ? tag("title", {}, text(`${d.a} − ${d.b}`)) : "",
        ),
      );
      parts.push(
        tag("line", {
          x1: x(d.difference.lower),
          x2: x(d.difference.upper),
          y1: cy,
          y2: cy,
          stroke: color,
          "stroke-width": 3,
        }),
      );
      parts.push(
        tag(
          "circle",
          { cx: x(d.difference.mean), cy, r: 4.5, fill: color },
          tag("title", {}, text(`${formatted.text}: ${reading}`)),
        ),
      );
      parts.push(
        svgText(left + innerWidth + 12, cy + 4, sideText(formatted), { "font-size": 11, fill: MUTED }),
      );
    });
    const axisY = top + diffs.length * rowHeight;
    parts.push(
      bottomAxis({
        scale,
        y: axisY,
        ticks,
        format: scale.tickFormat(tickCount),
        label: `Difference a − b${u.unit ? ` (${u.unit})` : ""}`,
      }),
    );
    y = axisY + PANEL_OVERHEAD - 24;
  }
  const shownNote = capped.note === null ? "" : ` ${capped.note}`;
  const description = `Mean difference and its confidence interval for each pair, one panel per metric.${shownNote} ${readings.join("; ")}.`;
  // One joined child rather than a spread: the same bytes, without an argument-count limit.
  return svgDocument(frame, description, parts.join(""));
}
