/**
 * The engine behind the outage-duration, interruption-recovery and lead-time charts: one row per
 * topology with its histogram on a shared logarithmic time axis, the median and p99 marked, and
 * the agreed service level drawn as a vertical line across all rows. Events still open at the
 * horizon (censored) or never recovered are not in the histogram; each row counts them beside n.
 */
import type { DistributionSummary } from "@resilab/sim-core";
import { scaleLog } from "d3";
import { truncate } from "../escape";
import { formatDuration, formatNumber } from "../format";
import { svgText, tag, text } from "../markup";
import { bottomAxis, durationTickLabel, durationTicks } from "./axis";
import { emptyChart, svgDocument, TITLE_HEIGHT } from "./frame";
import { histogramBins } from "./histogram";
import { legend } from "./legend";
import { type ChartFrame, textWidth } from "./options";
import { GRID, INK, MUTED, SLO_COLOR, seriesColor } from "./palette";

/** One row: a topology's pooled distribution. */
export interface DistributionSeries {
  name: string;
  /** The completed events (histogram). */
  summary: DistributionSummary;
  /** Events still open at the horizon (right-censored), not in the histogram. */
  censored?: number;
  /** Events whose work never ran again (infinite), not in the histogram. */
  never?: number;
  /**
   * Median and p99 to mark when they differ from the histogram's (Kaplan–Meier estimates that
   * count the censored events); Infinity when the quantile lies among the censored events.
   */
  p50?: number;
  p99?: number;
}

/** A service-level line: an objective's label and its target (seconds). */
export interface ServiceLevelLine {
  label: string;
  value: number;
}

/** Input of the distribution charts. */
export interface DistributionChartData {
  series: DistributionSeries[];
  /** Service-level targets to draw (seconds); may be empty. */
  targets: ServiceLevelLine[];
}

/** What differs between the charts built on this engine. */
export interface DistributionRowsSpec {
  frame: ChartFrame;
  /** Axis title with unit, e.g. "Service outage duration (log scale)". */
  axisLabel: string;
  /** Plural noun of what is counted, e.g. "outages". */
  noun: string;
}

/** The median and p99 a row marks: the series' own (censoring-aware) ones, else the histogram's. */
function marks(s: DistributionSeries): { p50: number; p99: number } {
  return { p50: s.p50 ?? s.summary.p50, p99: s.p99 ?? s.summary.p99 };
}

/** "n = 12", "n = 12 · 2 censored · 1 never". */
function countLabel(s: DistributionSeries): string {
  const extra = [
    (s.censored ?? 0) > 0 ? `${formatNumber(s.censored!)} censored` : "",
    (s.never ?? 0) > 0 ? `${formatNumber(s.never!)} never` : "",
  ].filter((x) => x !== "");
  return [`n = ${formatNumber(s.summary.count)}`, ...extra].join(" · ");
}

/** A duration for the description: "∞" for a quantile among censored events. */
function durationText(seconds: number): string {
  return Number.isFinite(seconds) ? formatDuration(seconds) : "∞ (censored)";
}

const LABEL_CHARS = 26;

function domainOf(data: DistributionChartData): [number, number] | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = 0;
  for (const s of data.series) {
    for (const b of histogramBins(s.summary)) {
      lo = Math.min(lo, b.lower);
      hi = Math.max(hi, b.upper);
    }
    const p99 = marks(s).p99;
    if (s.summary.count > 0 && p99 > 0 && Number.isFinite(p99)) hi = Math.max(hi, p99);
  }
  for (const t of data.targets) if (t.value > 0) hi = Math.max(hi, t.value);
  if (!(hi > 0)) return null;
  if (!Number.isFinite(lo) || lo >= hi) lo = hi / 100;
  return [lo / 1.3, hi * 1.3];
}

/** Renders the rows chart; see the module comment. */
export function distributionRows(data: DistributionChartData, spec: DistributionRowsSpec): string {
  const { frame, noun } = spec;
  const domain = domainOf(data);
  if (data.series.length === 0 || domain === null) return emptyChart(frame, `No ${noun} to show.`);

  const key = legend(
    [
      { label: "median", color: INK, shape: "line", dash: "2 2" },
      { label: "p99", color: INK, shape: "line" },
      ...(data.targets.length > 0
        ? [{ label: "service level", color: SLO_COLOR, shape: "line" as const, dash: "6 3" }]
        : []),
    ],
    12,
    TITLE_HEIGHT,
    frame.width - 24,
  );
  const labelWidth = Math.max(
    ...data.series.map((s) =>
      Math.max(textWidth(truncate(s.name, LABEL_CHARS)), textWidth(countLabel(s), 10)),
    ),
  );
  const left = Math.min(220, labelWidth + 24);
  const top = TITLE_HEIGHT + key.height + 8 + data.targets.length * 14;
  const bottom = 48;
  const innerWidth = Math.max(40, frame.width - left - 24);
  const innerHeight = Math.max(20, frame.height - top - bottom);
  const rowHeight = innerHeight / data.series.length;
  const barMax = Math.max(4, rowHeight - 12);
  const x = scaleLog()
    .domain(domain)
    .range([left, left + innerWidth])
    .clamp(true);

  const parts: string[] = [key.markup];
  data.series.forEach((s, i) => {
    const y0 = top + i * rowHeight;
    const base = y0 + rowHeight - 4;
    const bins = histogramBins(s.summary);
    const most = Math.max(1, ...bins.map((b) => b.count));
    const total = bins.reduce((sum, b) => sum + b.count, 0);
    const shown = truncate(s.name, LABEL_CHARS);
    parts.push(tag("line", { x1: left, x2: left + innerWidth, y1: base, y2: base, stroke: GRID }));
    parts.push(
      tag(
        "text",
        { x: left - 10, y: y0 + rowHeight / 2, "text-anchor": "end" },
        text(shown),
        shown === s.name ? "" : tag("title", {}, text(s.name)),
      ),
    );
    parts.push(
      svgText(left - 10, y0 + rowHeight / 2 + 14, countLabel(s), {
        "text-anchor": "end",
        "font-size": 10,
        fill: MUTED,
      }),
    );
    if (total === 0) {
      const open = (s.censored ?? 0) + (s.never ?? 0) > 0 ? `no completed ${noun}` : `no ${noun}`;
      parts.push(svgText(left + 6, base - 4, open, { "font-size": 11, fill: MUTED }));
      return;
    }
    for (const b of bins) {
      const h = (b.count / most) * barMax;
      const share = `${formatNumber((b.count / total) * 100)} %`;
      parts.push(
        tag(
          "rect",
          {
            x: x(b.lower),
            y: base - h,
            width: Math.max(1, x(b.upper) - x(b.lower) - 0.5),
            height: h,
            fill: seriesColor(i),
            "fill-opacity": 0.75,
          },
          tag(
            "title",
            {},
            text(`${formatDuration(b.lower)} to ${formatDuration(b.upper)}: ${b.count} ${noun} (${share})`),
          ),
        ),
      );
    }
    const q = marks(s);
    if (Number.isFinite(q.p50)) {
      const p50 = x(q.p50);
      parts.push(
        tag("line", {
          x1: p50,
          x2: p50,
          y1: base,
          y2: base - barMax,
          stroke: INK,
          "stroke-dasharray": "2 2",
        }),
      );
    }
    if (Number.isFinite(q.p99)) {
      const p99 = x(q.p99);
      parts.push(
        tag("line", { x1: p99, x2: p99, y1: base, y2: base - barMax, stroke: INK, "stroke-width": 2 }),
      );
    } else {
      // The p99 lies among events still open at the horizon: beyond anything observed.
      parts.push(
        svgText(left + innerWidth, y0 + 12, "p99 ∞ (censored) →", {
          "text-anchor": "end",
          "font-size": 10,
          fill: INK,
        }),
      );
    }
  });

  data.targets.forEach((t, j) => {
    const tx = x(t.value);
    parts.push(
      tag("line", {
        x1: tx,
        x2: tx,
        y1: top - 4,
        y2: top + innerHeight,
        stroke: SLO_COLOR,
        "stroke-width": 2,
        "stroke-dasharray": "6 3",
      }),
    );
    const anchorEnd = tx > left + innerWidth * 0.6;
    const label = `${truncate(t.label, 48)} (${formatDuration(t.value)})`;
    parts.push(
      svgText(anchorEnd ? tx - 4 : tx + 4, top - 8 - j * 14, label, {
        "text-anchor": anchorEnd ? "end" : "start",
        "font-size": 11,
        fill: SLO_COLOR,
      }),
    );
  });

  const ticks = durationTicks(domain[0], domain[1]);
  parts.push(
    bottomAxis({ scale: x, y: top + innerHeight, ticks, format: durationTickLabel, label: spec.axisLabel }),
  );

  const p99s = data.series
    .filter((s) => s.summary.count > 0)
    .map((s) => {
      const extra = countLabel(s).split(" · ").slice(1).join(", ");
      return `${s.name} ${durationText(marks(s).p99)}${extra ? ` (${extra})` : ""}`;
    })
    .join("; ");
  const slo = data.targets.map((t) => `${t.label} (${formatDuration(t.value)})`).join("; ");
  const description =
    `Histogram of ${noun} per topology on a logarithmic time axis. p99: ${p99s || "none"}.` +
    (slo ? ` Service level: ${slo}.` : "");
  return svgDocument(frame, description, ...parts);
}
