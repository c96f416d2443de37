/**
 * Geometry of the lab's zoomable incident timeline: one lane per topology over a time window,
 * each failure a marker, its recovery span shaded (full height when the service was down, half
 * height otherwise, vermillion when it never recovered), and optionally the sample pipelines'
 * stage attempts under it. d3 computes; the React component only draws these shapes.
 */
import { type IncidentTimelineData, OKABE_ITO } from "@resilab/reports";
import type { IncidentRecord, PipelineRecord } from "@resilab/sim-core";
import { scaleLinear } from "d3";
import type { TimeWindow } from "./time-window";

/** Colours of stage attempts by their result. */
export const ATTEMPT_COLOR = {
  ok: OKABE_ITO.bluishGreen,
  flaky: OKABE_ITO.orange,
  // Not vermillion: that marks unrecovered failures.
  interrupted: OKABE_ITO.reddishPurple,
} as const;

/** Colours of recovery spans. */
export const SPAN_COLOR = {
  down: OKABE_ITO.blue,
  degraded: OKABE_ITO.skyBlue,
  unrecovered: OKABE_ITO.vermillion,
} as const;

/** A rectangle with its tooltip. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  title: string;
}

/** One lane's shapes. */
export interface LaneLayout {
  name: string;
  y: number;
  height: number;
  incidentCount: number;
  spans: Box[];
  /** Failure markers: x of each failure. */
  markers: { x: number; title: string }[];
  /** Pipelines: a thin wait line and the stage attempts. */
  pipelines: { wait: Box; attempts: Box[] }[];
}

/** The whole chart. */
export interface TimelineLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  lanes: LaneLayout[];
  ticks: { x: number; label: string }[];
  unitLabel: string;
  /** Tick labels are a day and a time of day (minutes or hours) rather than days since the start. */
  clock: boolean;
}

const INCIDENT_ROW = 26;
const PIPELINE_ROW = 8;

function duration(seconds: number): string {
  if (seconds < 120) return `${Math.round(seconds)} s`;
  if (seconds < 7200) return `${(seconds / 60).toFixed(seconds < 600 ? 1 : 0)} min`;
  if (seconds < 172_800) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86_400).toFixed(1)} d`;
}

/** A tooltip for a failure. */
export function incidentTitle(i: IncidentRecord): string {
  const recovered =
    i.recovery === null ? "not recovered by the end of the run" : `recovered after ${duration(i.recovery)}`;
  const down = i.serviceImpact ? "; the service was down" : "";
  return `${i.component} (${i.componentClass}) ${i.mode}, ${i.cause}, at ${duration(i.at)}: detected after ${duration(i.detection)}, ${recovered}; ${i.blastPipelines} pipelines and ${i.blastTeams} teams affected${down}`;
}

function pipelineTitle(p: PipelineRecord): string {
  return `pipeline ${p.id} (team ${p.team}): ${p.outcome}, ${p.restarts} restarts, triggered at ${duration(p.triggeredAt)}`;
}

/**
 * The pipelines to draw in a window: those a failure hit first (they tell the story), then
 * others spread over the window, at most `max`, in trigger order.
 */
export function pickPipelines(
  pipelines: readonly PipelineRecord[],
  incidents: readonly IncidentRecord[],
  window: TimeWindow,
  horizon: number,
  max: number,
): PipelineRecord[] {
  const end = (p: PipelineRecord) => p.finishedAt ?? horizon;
  const visible = pipelines.filter((p) => p.triggeredAt <= window[1] && end(p) >= window[0]);
  const hit = (p: PipelineRecord) =>
    incidents.some(
      (i) => i.at <= end(p) && (i.recovery === null ? horizon : i.at + i.recovery) >= p.triggeredAt,
    );
  const first = visible.filter(hit).slice(0, max);
  const rest = visible.filter((p) => !hit(p));
  // The others spread evenly over the window, so a wide window does not show only its start.
  const room = Math.min(rest.length, max - first.length);
  const spread = Array.from({ length: room }, (_, k) => rest[Math.floor((k * rest.length) / room)]!);
  return [...first, ...spread].sort((a, b) => a.triggeredAt - b.triggeredAt || a.id - b.id);
}

/** The stretch of the run that has sampled pipelines (the run keeps stage detail for its first ones), or null. */
export function sampledPipelineWindow(data: IncidentTimelineData): TimeWindow | null {
  const all = data.lanes.flatMap((l) => l.pipelines);
  if (all.length === 0) return null;
  const from = Math.min(...all.map((p) => p.triggeredAt));
  const to = Math.max(...all.map((p) => p.finishedAt ?? data.horizon));
  return [from, Math.max(to, from + 60)];
}

/**
 * Tick labels as day and time of day of simulated time (day 1 starts at 0 s): "day 9 14:30",
 * then "14:45" until the day changes; with seconds when ticks are less than a minute apart.
 */
export function clockLabels(seconds: readonly number[], step: number): string[] {
  const two = (n: number) => String(n).padStart(2, "0");
  let lastDay = -1;
  return seconds.map((t) => {
    const whole = Math.round(t);
    const day = Math.floor(whole / 86_400);
    const inDay = whole - day * 86_400;
    const hh = Math.floor(inDay / 3600);
    const mm = Math.floor((inDay % 3600) / 60);
    const time = step < 60 ? `${two(hh)}:${two(mm)}:${two(inDay % 60)}` : `${two(hh)}:${two(mm)}`;
    const label = day === lastDay ? time : `day ${day + 1} ${time}`;
    lastDay = day;
    return label;
  });
}

/** Time axis unit for a span: minutes up to 3 h, hours up to 3 days, days beyond. */
function unitFor(span: number): { seconds: number; label: string } {
  if (span <= 3 * 3600) return { seconds: 60, label: "minutes" };
  if (span <= 3 * 86_400) return { seconds: 3600, label: "hours" };
  return { seconds: 86_400, label: "days" };
}

/** Timeline layout options. */
export interface TimelineLayoutOptions {
  /** Draw the sample pipelines' stage attempts; default false. */
  pipelines?: boolean;
  /** Most pipelines per lane (the first in the window); default 16. */
  maxPipelines?: number;
  /** Rows the legend above the lanes takes; default 1. */
  legendRows?: number;
}

/** Lays out `data` over `window` in `width` pixels. */
export function timelineLayout(
  data: IncidentTimelineData,
  window: TimeWindow,
  width: number,
  options: TimelineLayoutOptions = {},
): TimelineLayout {
  const { pipelines = false, maxPipelines = 16, legendRows = 1 } = options;
  const [from, to] = window;
  const left = Math.min(200, Math.max(96, ...data.lanes.map((l) => l.name.length * 7.2 + 16)));
  const plot = { left, right: width - 16, top: 48 + legendRows * 16, bottom: 0 };
  const unit = unitFor(to - from);
  const x = scaleLinear()
    .domain([from / unit.seconds, to / unit.seconds])
    .range([plot.left, plot.right])
    .clamp(true);
  const at = (seconds: number) => x(seconds / unit.seconds);
  const box = (start: number, end: number) => ({ x: at(start), width: Math.max(1.5, at(end) - at(start)) });
  let y = plot.top;
  const lanes = data.lanes.map((lane): LaneLayout => {
    const end = (i: IncidentRecord) => (i.recovery === null ? data.horizon : i.at + i.recovery);
    const incidents = lane.incidents.filter((i) => i.at <= to && end(i) >= from);
    const shown = pipelines
      ? pickPipelines(lane.pipelines, incidents, [from, to], data.horizon, maxPipelines)
      : [];
    const height = INCIDENT_ROW + shown.length * PIPELINE_ROW + 12;
    const spans = incidents.map((i): Box => {
      const full = i.serviceImpact || i.recovery === null;
      const h = INCIDENT_ROW - 6;
      return {
        ...box(i.at, end(i)),
        y: y + 4 + (full ? 0 : h / 2),
        height: full ? h : h / 2,
        fill: i.recovery === null ? SPAN_COLOR.unrecovered : full ? SPAN_COLOR.down : SPAN_COLOR.degraded,
        title: incidentTitle(i),
      };
    });
    const markers = incidents
      .filter((i) => i.at >= from)
      .map((i) => ({ x: at(i.at), title: incidentTitle(i) }));
    const rows = shown.map((p, k) => {
      const py = y + INCIDENT_ROW + k * PIPELINE_ROW + 2;
      const title = pipelineTitle(p);
      return {
        wait: {
          ...box(p.triggeredAt, p.finishedAt ?? data.horizon),
          y: py + 2.5,
          height: 1,
          fill: "#666666",
          title,
        },
        attempts: p.attempts
          .filter(([, start, stop]) => start <= to && stop >= from)
          .map(([stage, start, stop, result]) => ({
            ...box(start, stop),
            y: py,
            height: PIPELINE_ROW - 2,
            fill: ATTEMPT_COLOR[result],
            title: `${title}; stage ${stage + 1} ${result}, ${duration(stop - start)}`,
          })),
      };
    });
    const layout = {
      name: lane.name,
      y,
      height,
      incidentCount: incidents.length,
      spans,
      markers,
      pipelines: rows,
    };
    y += height;
    return layout;
  });
  plot.bottom = y;
  const format = x.tickFormat(8);
  const values = x.ticks(8);
  // Zoomed to minutes or hours, ticks read as a day and a time of day ("day 9 14:30"), not as
  // "12,394.0 min" since the start; the day is named on the first tick and where it changes.
  const clock = unit.seconds < 86_400;
  const step = values.length > 1 ? (values[1]! - values[0]!) * unit.seconds : unit.seconds;
  const labels = clock
    ? clockLabels(
        values.map((t) => t * unit.seconds),
        step,
      )
    : values.map(format);
  return {
    width,
    height: y + 44,
    plot,
    lanes,
    ticks: values.map((t, i) => ({ x: x(t), label: labels[i]! })),
    unitLabel: unit.label,
    clock,
  };
}
