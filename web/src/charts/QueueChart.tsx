/**
 * Queue length over time per topology (pipelines waiting to start, averaged over replications):
 * a step line per topology, each with its colour and dash, so lines differ without colour too.
 */
import type { ExperimentResult } from "@resilab/sim-core";
import { type RefObject, useMemo } from "react";
import { flowLegend, lineChartLayout, queueSeries } from "./series-layout";

/** Props: the result, the drawing width, and a ref the export reads the SVG from. */
export interface QueueChartProps {
  result: ExperimentResult;
  width: number;
  svgRef: RefObject<SVGSVGElement | null>;
  title: string;
}

/** The queue-length chart. */
export function QueueChart({ result, width, svgRef, title }: QueueChartProps) {
  const series = useMemo(() => queueSeries(result), [result]);
  const places = flowLegend(
    series.map((s) => s.name),
    width - 24,
  );
  const top = 44 + (places[0]?.rows ?? 1) * 16 + 8;
  const peak = Math.max(0, ...series.flatMap((s) => s.points.map((p) => p[1])));
  const layout = useMemo(() => lineChartLayout(series, width, top + 260, top), [series, width, top]);
  const peaks = series
    .map((s) => `${s.name} peak ${Math.max(0, ...s.points.map((p) => p[1])).toFixed(1)}`)
    .join("; ");
  const description = `Mean number of pipelines waiting to start, per time bucket, averaged over ${result.replications} replications. ${peaks}.`;
  return (
    <svg
      ref={svgRef}
      xmlns="http://www.w3.org/2000/svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-label={`${title}. ${description}`}
      fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
      fontSize={12}
      fill="#222222"
    >
      <title>{title}</title>
      <desc>{description}</desc>
      <rect width={layout.width} height={layout.height} fill="#FFFFFF" />
      <text x={12} y={21} fontSize={15} fontWeight={600}>
        {title}
      </text>
      {series.map((s, i) => (
        <g key={s.name} transform={`translate(${12 + places[i]!.x},${44 + places[i]!.y})`}>
          <line x1={0} x2={16} y1={-4} y2={-4} stroke={s.color} strokeWidth={2.5} strokeDasharray={s.dash} />
          <text x={22} y={0} fontSize={11}>
            {s.name}
          </text>
        </g>
      ))}
      {layout.yTicks.map((t) => (
        <g key={t.label}>
          <line x1={layout.plot.left} x2={layout.plot.right} y1={t.y} y2={t.y} stroke="#E5E5E5" />
          <text x={layout.plot.left - 8} y={t.y + 4} textAnchor="end" fontSize={11} fill="#666666">
            {t.label}
          </text>
        </g>
      ))}
      <text
        transform={`translate(16,${(layout.plot.top + layout.plot.bottom) / 2}) rotate(-90)`}
        textAnchor="middle"
        fontSize={12}
      >
        Pipelines waiting (mean)
      </text>
      <line
        x1={layout.plot.left}
        x2={layout.plot.right}
        y1={layout.plot.bottom}
        y2={layout.plot.bottom}
        stroke="#666666"
      />
      {layout.xTicks.map((t) => (
        <g key={t.label} transform={`translate(${t.x},${layout.plot.bottom})`}>
          <line y1={0} y2={5} stroke="#666666" />
          <text y={18} textAnchor="middle" fontSize={11} fill="#666666">
            {t.label}
          </text>
        </g>
      ))}
      <text
        x={(layout.plot.left + layout.plot.right) / 2}
        y={layout.plot.bottom + 36}
        textAnchor="middle"
        fontSize={12}
      >
        Simulated time ({layout.unit.label})
      </text>
      {peak < 0.005 && (
        <text
          x={(layout.plot.left + layout.plot.right) / 2}
          y={layout.plot.top + 40}
          textAnchor="middle"
          fill="#57606a"
        >
          No pipeline waited in the intake buffer: the controllers took every trigger at once.
        </text>
      )}
      {layout.paths.map((p) => (
        <path key={p.name} d={p.d} fill="none" stroke={p.color} strokeWidth={2} strokeDasharray={p.dash}>
          <title>{p.name}</title>
        </path>
      ))}
    </svg>
  );
}
