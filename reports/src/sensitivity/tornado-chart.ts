/**
 * A tornado chart for one objective of one topology: a row per parameter (largest swing on top),
 * a bar from the estimate with the parameter at its low end to the estimate at its high end (the
 * others at base), a solid line at the base estimate and the dashed target. A parameter whose
 * range crosses the target is marked with the value where the verdict flips.
 */
import type { ObjectiveSensitivity, Parameter } from "@resilab/sim-core";
import { scaleLinear } from "d3";
import { bottomAxis } from "../charts/axis";
import { emptyChart, svgDocument, TITLE_HEIGHT } from "../charts/frame";
import { legend } from "../charts/legend";
import { type ChartOptions, resolveFrame } from "../charts/options";
import { INK, OKABE_ITO, SLO_COLOR } from "../charts/palette";
import { truncate } from "../escape";
import { displayUnit, formatMetricValue, metricFormatter } from "../format";
import { svgText, tag } from "../markup";
import { formatParameterValue } from "./parameter-format";

/** Rows shown at most (the rest are listed in the tables). */
export const TORNADO_ROWS = 12;

const ROW = 24;
const LEFT = 250;
const RIGHT = 170;

/** The chart; default 720 px wide, 24 px per parameter. */
export function tornadoChart(
  os: ObjectiveSensitivity,
  parameters: readonly Parameter[],
  options: ChartOptions = {},
): string {
  const rows = os.effects.filter((e) => e.low !== null && e.high !== null).slice(0, TORNADO_ROWS);
  const frame = resolveFrame(options, {
    width: 720,
    height: Math.max(150, TITLE_HEIGHT + 34 + rows.length * ROW + 64),
    title: `${os.objective} — ${os.topology}`,
  });
  const finite = rows.flatMap((e) => [e.low!.value, e.high!.value]).filter(Number.isFinite);
  if (rows.length === 0 || finite.length === 0)
    return emptyChart(frame, "No estimate at the ends of any range (no events of this kind).");
  // The scale covers the bars and the base; the target too unless it is far off (then it is named at the edge).
  const core = [...finite, ...(Number.isFinite(os.base.value) ? [os.base.value] : [])];
  const cmin = Math.min(...core);
  const cmax = Math.max(...core);
  const span = cmax - cmin || Math.abs(cmax) * 0.02 || 1;
  const targetShown = os.target >= cmin - 2 * span && os.target <= cmax + 2 * span;
  const lo = targetShown ? Math.min(cmin, os.target) : cmin;
  const hi = targetShown ? Math.max(cmax, os.target) : cmax;
  const pad = (hi - lo) * 0.06 || span * 0.5;
  const fmt = metricFormatter(os.metric, [lo, hi]);
  const u = displayUnit(os.metric, [lo, hi]);
  // Built in display units (minutes, percent) so the ticks are round there.
  const scale = scaleLinear()
    .domain([(lo - pad) / u.factor, (hi + pad) / u.factor])
    .range([LEFT, frame.width - RIGHT])
    .nice();
  const x = (v: number) => scale(v / u.factor);
  const key = legend(
    [
      { label: "parameter at its low end", color: OKABE_ITO.skyBlue },
      { label: "at its high end", color: OKABE_ITO.blue },
      { label: "target", color: SLO_COLOR, shape: "line", dash: "5 3" },
    ],
    12,
    TITLE_HEIGHT,
    frame.width - 24,
  );
  const top = TITLE_HEIGHT + key.height + 8;
  const parts: string[] = [key.markup];
  const byName = new Map(parameters.map((p) => [p.name, p]));
  const bx = Number.isFinite(os.base.value) ? x(os.base.value) : null;
  rows.forEach((e, i) => {
    const y = top + i * ROW;
    const p = byName.get(e.parameter);
    const label =
      p === undefined
        ? e.parameter
        : `${truncate(e.parameter, 30)} (${formatParameterValue(p, p.low)}–${formatParameterValue(p, p.high)})`;
    parts.push(svgText(LEFT - 8, y + 15, truncate(label, 44), { "text-anchor": "end", "font-size": 11 }));
    for (const [end, color] of [
      [e.low!, OKABE_ITO.skyBlue],
      [e.high!, OKABE_ITO.blue],
    ] as const) {
      if (!Number.isFinite(end.value) || bx === null) continue;
      const ex = x(end.value);
      parts.push(
        tag("rect", {
          x: Math.min(bx, ex),
          y: y + 4,
          width: Math.max(1, Math.abs(ex - bx)),
          height: ROW - 8,
          fill: color,
        }),
      );
    }
    if (e.flip !== null && p !== undefined) {
      const at = e.flip.at === null ? "in range" : `at ${formatParameterValue(p, e.flip.at)}`;
      parts.push(
        svgText(
          frame.width - RIGHT + 8,
          y + 15,
          e.flip.to === e.flip.from ? `crosses target ${at}` : `→ ${e.flip.to} ${at}`,
          {
            "font-size": 11,
            fill: SLO_COLOR,
          },
        ),
      );
    }
  });
  const bottom = top + rows.length * ROW;
  if (bx !== null)
    parts.push(
      tag("line", { x1: bx, x2: bx, y1: top - 2, y2: bottom + 2, stroke: INK, "stroke-width": 1.5 }),
    );
  if (targetShown) {
    const tx = x(os.target);
    parts.push(
      tag("line", {
        x1: tx,
        x2: tx,
        y1: top - 2,
        y2: bottom + 2,
        stroke: SLO_COLOR,
        "stroke-dasharray": "5 3",
        "stroke-width": 1.5,
      }),
    );
  } else {
    // A target far from every estimate would squash the bars: name it at the edge it lies beyond.
    const right = os.target > cmax;
    const label = `${right ? "" : "← "}target ${formatMetricValue(os.metric, os.target)} (off scale)${right ? " →" : ""}`;
    parts.push(
      svgText(right ? frame.width - RIGHT : LEFT, bottom + 52, label, {
        "text-anchor": right ? "end" : "start",
        "font-size": 11,
        fill: SLO_COLOR,
      }),
    );
  }
  parts.push(
    bottomAxis({
      scale,
      y: bottom + 6,
      ticks: scale.ticks(6),
      format: scale.tickFormat(6),
      label: `${os.metric}${u.unit ? ` (${u.unit})` : ""}; base ${fmt.withUnit(os.base.value)}, ${os.base.verdict}`,
      gridHeight: bottom - top + 6,
    }),
  );

  const description = `Tornado chart of ${os.objective} for ${os.topology}: ${rows
    .slice(0, 5)
    .map(
      (e) => `${e.parameter} moves it from ${fmt.withUnit(e.low!.value)} to ${fmt.withUnit(e.high!.value)}`,
    )
    .join("; ")}.`;
  return svgDocument(frame, description, ...parts);
}
