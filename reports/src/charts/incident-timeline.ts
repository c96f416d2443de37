/**
 * Incident timeline: one lane per topology over simulated time. Each failure is a marker, its
 * recovery span is shaded (full height when the service was down, half height otherwise, red
 * when it never recovered) and, on request, the sample pipelines' stage attempts are drawn under
 * it, coloured by outcome. `window` zooms into a time range (the web lab's zoom uses it).
 */
import type { IncidentRecord, PipelineRecord } from "@resilab/sim-core";
import { invalid } from "@resilab/sim-core";
import { scaleLinear } from "d3";
import { truncate } from "../escape";
import { formatDuration, formatNumber } from "../format";
import { svgText, tag, text } from "../markup";
import { bottomAxis, timeAxisUnit } from "./axis";
import { emptyChart, svgDocument, TITLE_HEIGHT } from "./frame";
import { legend } from "./legend";
import { type ChartOptions, resolveFrame, textWidth } from "./options";
import { GRID, INK, MUTED, OKABE_ITO } from "./palette";
import { type IncidentTimelineData, incidentEnd } from "./timeline-data";

/** Timeline options: a time window and whether to draw pipelines. */
export interface IncidentTimelineOptions extends ChartOptions {
  /** Time range to show (seconds from run start); default the whole horizon. */
  window?: [number, number];
  /** Draw the sample pipelines' stage attempts under each lane; default false. */
  pipelines?: boolean;
  /** Most pipelines drawn per lane (the first ones in the window); default 16. */
  maxPipelines?: number;
}

const INCIDENT_ROW = 24;
const PIPELINE_ROW = 7;
const ATTEMPT_COLOR = {
  ok: OKABE_ITO.bluishGreen,
  flaky: OKABE_ITO.orange,
  interrupted: OKABE_ITO.vermillion,
} as const;

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function incidentTitle(i: IncidentRecord): string {
  const recovered =
    i.recovery === null ? "not recovered by the horizon" : `recovered after ${formatDuration(i.recovery)}`;
  return `${i.component} (${i.componentClass}) ${i.mode}, ${i.cause}, at ${formatDuration(i.at)}: detected after ${formatDuration(i.detection)}, ${recovered}; ${formatNumber(i.blastPipelines)} pipelines and ${formatNumber(i.blastTeams)} teams affected${i.serviceImpact ? "; service down" : ""}`;
}

function pipelineTitle(p: PipelineRecord): string {
  return `pipeline ${p.id} (team ${p.team}): ${p.outcome}, ${p.restarts} restarts, triggered at ${formatDuration(p.triggeredAt)}`;
}

/** Renders the timeline as an SVG string; default 720 px wide, height from lanes and pipelines. */
export function incidentTimelineChart(
  data: IncidentTimelineData,
  options: IncidentTimelineOptions = {},
): string {
  const [from, to] = options.window ?? [0, data.horizon];
  if (!(Number.isFinite(from) && Number.isFinite(to) && from < to)) {
    invalid("window", options.window ?? [from, to], "[from, to] in seconds, finite, with from < to");
  }
  const maxPipes = options.maxPipelines ?? 16;
  const inWindow = <T>(list: T[], start: (x: T) => number, end: (x: T) => number) =>
    list.filter((x) => start(x) <= to && end(x) >= from);
  const lanes = data.lanes.map((lane) => ({
    name: lane.name,
    incidents: inWindow(
      lane.incidents,
      (i) => i.at,
      (i) => incidentEnd(i, data.horizon),
    ),
    pipelines: options.pipelines
      ? inWindow(
          lane.pipelines,
          (p) => p.triggeredAt,
          (p) => p.finishedAt ?? data.horizon,
        ).slice(0, maxPipes)
      : [],
  }));
  const laneHeight = (l: (typeof lanes)[number]) => INCIDENT_ROW + l.pipelines.length * PIPELINE_ROW + 10;
  const natural = TITLE_HEIGHT + 48 + lanes.reduce((h, l) => h + laneHeight(l), 0) + 50;
  const frame = resolveFrame(options, {
    width: 720,
    height: Math.max(140, natural),
    title: "Incident timeline",
  });
  if (lanes.length === 0) return emptyChart(frame, "No topology to show.");

  const key = legend(
    [
      { label: "failure", color: INK },
      { label: "recovery, service down", color: OKABE_ITO.blue },
      { label: "recovery, service up (half height)", color: OKABE_ITO.skyBlue },
      { label: "not recovered", color: OKABE_ITO.vermillion },
      // Stage colours only when some attempt is drawn: the window may hold no sample pipeline.
      ...(lanes.some((l) => l.pipelines.length > 0)
        ? [
            { label: "stage ok", color: ATTEMPT_COLOR.ok },
            { label: "stage flaky", color: ATTEMPT_COLOR.flaky },
            { label: "stage interrupted", color: ATTEMPT_COLOR.interrupted },
          ]
        : []),
    ],
    12,
    TITLE_HEIGHT,
    frame.width - 24,
  );
  const left = Math.min(200, Math.max(...lanes.map((l) => textWidth(truncate(l.name, 24)))) + 20);
  const innerWidth = Math.max(40, frame.width - left - 20);
  // A zoom deep into a run reads better in hours ("74.5") than in minutes ("4,470").
  const spanUnit = timeAxisUnit(to - from);
  const unit = spanUnit.name === "min" && from >= 86_400 ? timeAxisUnit(86_400) : spanUnit;
  const x = scaleLinear()
    .domain([from / unit.seconds, to / unit.seconds])
    .range([left, left + innerWidth])
    .clamp(true);
  const at = (seconds: number) => x(seconds / unit.seconds);
  const span = (start: number, end: number) => ({ x: at(start), width: Math.max(1.5, at(end) - at(start)) });
  const scale = (frame.height - TITLE_HEIGHT - key.height - 60) / (natural - TITLE_HEIGHT - 48 - 50);
  const parts: string[] = [key.markup];
  let y = TITLE_HEIGHT + key.height + 10;

  lanes.forEach((lane) => {
    const h = laneHeight(lane) * scale;
    const label = truncate(lane.name, 24);
    parts.push(tag("line", { x1: left, x2: left + innerWidth, y1: y + h - 4, y2: y + h - 4, stroke: GRID }));
    parts.push(
      tag(
        "text",
        { x: left - 10, y: y + 16, "text-anchor": "end" },
        text(label),
        label === lane.name ? "" : tag("title", {}, text(lane.name)),
      ),
    );
    parts.push(
      svgText(left - 10, y + 28, plural(lane.incidents.length, "incident"), {
        "text-anchor": "end",
        "font-size": 10,
        fill: MUTED,
      }),
    );
    for (const i of lane.incidents) {
      const s = span(i.at, incidentEnd(i, data.horizon));
      const full = i.serviceImpact || i.recovery === null;
      const fill = i.recovery === null ? OKABE_ITO.vermillion : full ? OKABE_ITO.blue : OKABE_ITO.skyBlue;
      const rowH = INCIDENT_ROW * scale - 4;
      parts.push(
        tag(
          "rect",
          {
            x: s.x,
            y: y + (full ? 2 : 2 + rowH / 2),
            width: s.width,
            height: full ? rowH : rowH / 2,
            fill,
            "fill-opacity": 0.75,
          },
          tag("title", {}, text(incidentTitle(i))),
        ),
      );
      const mx = at(i.at);
      parts.push(tag("path", { d: `M${mx - 4},${y - 2}L${mx + 4},${y - 2}L${mx},${y + 5}Z`, fill: INK }));
    }
    lane.pipelines.forEach((p, pi) => {
      const py = y + (INCIDENT_ROW + pi * PIPELINE_ROW) * scale + 2;
      const end = p.finishedAt ?? data.horizon;
      const wait = span(p.triggeredAt, end);
      const children = [
        tag("title", {}, text(pipelineTitle(p))),
        tag("rect", { x: wait.x, y: py + 2, width: wait.width, height: 1, fill: MUTED }),
      ];
      for (const [, start, stop, result] of p.attempts) {
        if (start > to || stop < from) continue;
        const a = span(start, stop);
        children.push(
          tag("rect", {
            x: a.x,
            y: py,
            width: a.width,
            height: Math.max(2, PIPELINE_ROW * scale - 2),
            fill: ATTEMPT_COLOR[result],
          }),
        );
      }
      parts.push(tag("g", {}, ...children));
    });
    y += h;
  });
  parts.push(
    bottomAxis({
      scale: x,
      y: y + 4,
      ticks: x.ticks(8),
      format: x.tickFormat(8),
      label: `Simulated time (${unit.plural})`,
    }),
  );

  const counts = lanes
    .map(
      (l) =>
        `${l.name} ${plural(l.incidents.length, "incident")}, ${l.incidents.filter((i) => i.serviceImpact).length} with the service down`,
    )
    .join("; ");
  const description = `Failures and recovery spans from ${formatDuration(from)} to ${formatDuration(to)} of one replication. ${counts}.`;
  return svgDocument(frame, description, ...parts);
}
