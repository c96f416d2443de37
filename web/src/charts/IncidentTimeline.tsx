/**
 * The zoomable incident timeline: buttons, keyboard (+ − ← → 0) and drag-to-select zoom into the
 * run; "Worst incident" jumps to the reports' most telling window. Shapes come from
 * `timelineLayout`; React draws them (text is escaped by React, nothing is injected).
 */
import { type IncidentTimelineData, OKABE_ITO } from "@resilab/reports";
import { type KeyboardEvent, type PointerEvent, type RefObject, useMemo, useRef, useState } from "react";
import { flowLegend } from "./series-layout";
import type { TimelineZoom } from "./TimelineControls";
import { panWindow, selectWindow, type TimeWindow, zoomWindow } from "./time-window";
import { ATTEMPT_COLOR, SPAN_COLOR, timelineLayout } from "./timeline-layout";

const LEGEND = [
  { label: "failure", color: "#222222", marker: true },
  { label: "recovery, service down", color: SPAN_COLOR.down },
  { label: "recovery, service up (half height)", color: SPAN_COLOR.degraded },
  { label: "not recovered", color: SPAN_COLOR.unrecovered },
];
const PIPELINE_LEGEND = [
  { label: "stage ok", color: ATTEMPT_COLOR.ok },
  { label: "stage flaky", color: ATTEMPT_COLOR.flaky },
  { label: "stage interrupted", color: ATTEMPT_COLOR.interrupted },
];

/** Props: the data, the drawing width, and a ref the export reads the SVG from. */
export interface IncidentTimelineProps {
  data: IncidentTimelineData;
  width: number;
  svgRef: RefObject<SVGSVGElement | null>;
  title: string;
}

/** The timeline chart itself (keyboard focusable; drag across it to zoom into a range). */
export function IncidentTimeline({
  data,
  width,
  svgRef,
  title,
  zoom,
}: IncidentTimelineProps & { zoom: TimelineZoom }) {
  const { window, setWindow, pipelines, whole } = zoom;
  const legend = pipelines ? [...LEGEND, ...PIPELINE_LEGEND] : LEGEND;
  const places = flowLegend(
    legend.map((l) => l.label),
    width - 24,
  );
  const legendRows = places[0]?.rows ?? 1;
  const layout = useMemo(
    () => timelineLayout(data, window, width, { pipelines, legendRows, maxPipelines: 10 }),
    [data, window, width, pipelines, legendRows],
  );
  const drag = useRef<{ start: number } | null>(null);
  const [selection, setSelection] = useState<[number, number] | null>(null);
  const plotWidth = layout.plot.right - layout.plot.left;
  const fraction = (event: PointerEvent<SVGSVGElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const px = ((event.clientX - rect.left) / rect.width) * layout.width;
    return Math.min(1, Math.max(0, (px - layout.plot.left) / plotWidth));
  };
  const onKey = (event: KeyboardEvent<SVGSVGElement>) => {
    const h = data.horizon;
    let next: TimeWindow;
    switch (event.key) {
      case "+":
      case "=":
        next = zoomWindow(window, 0.5, 0.5, h);
        break;
      case "-":
        next = zoomWindow(window, 2, 0.5, h);
        break;
      case "ArrowLeft":
        next = panWindow(window, -0.25, h);
        break;
      case "ArrowRight":
        next = panWindow(window, 0.25, h);
        break;
      case "0":
      case "Home":
        next = whole;
        break;
      default:
        return;
    }
    event.preventDefault();
    setWindow(next);
  };
  const description = `${title}: ${layout.lanes.map((l) => `${l.name} ${l.incidentCount} incidents`).join("; ")}. Use plus and minus to zoom, arrows to move, 0 for the whole run.`;
  return (
    <svg
      ref={svgRef}
      xmlns="http://www.w3.org/2000/svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-label={description}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the chart takes zoom keys, so it must be focusable.
      tabIndex={0}
      className="zoomable"
      fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
      fontSize={12}
      fill="#222222"
      onKeyDown={onKey}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = { start: fraction(e) };
        setSelection([drag.current.start, drag.current.start]);
      }}
      onPointerMove={(e) => drag.current && setSelection([drag.current.start, fraction(e)])}
      onPointerUp={(e) => {
        const start = drag.current?.start;
        drag.current = null;
        setSelection(null);
        if (start === undefined) return;
        const end = fraction(e);
        if (Math.abs(end - start) > 0.01) setWindow(selectWindow(window, start, end, data.horizon));
      }}
      onDoubleClick={() => setWindow(zoomWindow(window, 2, 0.5, data.horizon))}
    >
      <title>{title}</title>
      <desc>{description}</desc>
      <rect width={layout.width} height={layout.height} fill="#FFFFFF" />
      <text x={12} y={21} fontSize={15} fontWeight={600}>
        {title}
      </text>
      <g transform="translate(12,44)">
        {legend.map((item, i) => (
          <g key={item.label} transform={`translate(${places[i]!.x},${places[i]!.y})`}>
            {"marker" in item ? (
              <path d="M4,-10L12,-10L8,-3Z" fill={item.color} />
            ) : (
              <rect x={0} y={-10} width={16} height={10} fill={item.color} fillOpacity={0.8} />
            )}
            <text x={22} y={0} fontSize={11}>
              {item.label}
            </text>
          </g>
        ))}
      </g>
      <g>
        {layout.lanes.map((lane) => (
          <g key={lane.name}>
            <line
              x1={layout.plot.left}
              x2={layout.plot.right}
              y1={lane.y + lane.height - 4}
              y2={lane.y + lane.height - 4}
              stroke="#E5E5E5"
            />
            <text x={layout.plot.left - 10} y={lane.y + 16} textAnchor="end">
              {lane.name}
            </text>
            <text x={layout.plot.left - 10} y={lane.y + 29} textAnchor="end" fontSize={10} fill="#666666">
              {lane.incidentCount} {lane.incidentCount === 1 ? "incident" : "incidents"}
            </text>
            {lane.spans.map((s) => (
              <rect
                key={s.title}
                data-kind="recovery"
                x={s.x}
                y={s.y}
                width={s.width}
                height={s.height}
                fill={s.fill}
                fillOpacity={0.8}
              >
                <title>{s.title}</title>
              </rect>
            ))}
            {lane.markers.map((m) => (
              <path
                key={m.title}
                d={`M${m.x - 4},${lane.y - 2}L${m.x + 4},${lane.y - 2}L${m.x},${lane.y + 5}Z`}
                fill="#222222"
              >
                <title>{m.title}</title>
              </path>
            ))}
            {lane.pipelines.map((p) => (
              <g key={p.wait.title}>
                <rect
                  x={p.wait.x}
                  y={p.wait.y}
                  width={p.wait.width}
                  height={p.wait.height}
                  fill={p.wait.fill}
                >
                  <title>{p.wait.title}</title>
                </rect>
                {p.attempts.map((a) => (
                  <rect
                    key={`${a.x}:${a.title}`}
                    data-kind="attempt"
                    x={a.x}
                    y={a.y}
                    width={a.width}
                    height={a.height}
                    fill={a.fill}
                  >
                    <title>{a.title}</title>
                  </rect>
                ))}
              </g>
            ))}
          </g>
        ))}
        <g transform={`translate(0,${layout.plot.bottom + 4})`}>
          <line x1={layout.plot.left} x2={layout.plot.right} y1={0} y2={0} stroke="#666666" />
          {layout.ticks.map((t) => (
            <g key={t.x} transform={`translate(${t.x},0)`}>
              <line y1={0} y2={5} stroke="#666666" />
              <text y={18} textAnchor="middle" fontSize={11} fill="#666666">
                {t.label}
              </text>
            </g>
          ))}
          <text x={(layout.plot.left + layout.plot.right) / 2} y={36} textAnchor="middle" fontSize={12}>
            {layout.clock
              ? "Simulated time of replication 0 (day and time of day; day 1 starts at 00:00)"
              : `Simulated time (${layout.unitLabel} from the start of replication 0)`}
          </text>
        </g>
        {selection !== null && (
          <rect
            x={layout.plot.left + Math.min(...selection) * plotWidth}
            y={layout.plot.top - 6}
            width={Math.abs(selection[1] - selection[0]) * plotWidth}
            height={layout.plot.bottom - layout.plot.top + 8}
            fill={OKABE_ITO.skyBlue}
            fillOpacity={0.2}
            stroke={OKABE_ITO.blue}
          />
        )}
      </g>
    </svg>
  );
}
