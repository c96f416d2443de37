/**
 * Axes drawn from d3 scales: tick marks, tick labels, light grid lines and an axis title that
 * names the unit. Only the scale maths comes from d3; the markup is ours (no DOM needed).
 */

import { group, svgText, tag } from "../markup";
import { GRID, MUTED } from "./palette";

/** The part of a d3 continuous scale the axes need. */
export interface PositionScale {
  (value: number): number;
  range(): number[];
}

/** A horizontal axis at pixel row `y`, optionally with grid lines `gridHeight` px upwards. */
export interface BottomAxisSpec {
  scale: PositionScale;
  y: number;
  ticks: readonly number[];
  format: (value: number) => string;
  /** Axis title with its unit, e.g. "Recovery time (log scale)". */
  label: string;
  gridHeight?: number;
}

/** Draws a horizontal axis; returns markup. */
export function bottomAxis(spec: BottomAxisSpec): string {
  const [x0 = 0, x1 = 0] = spec.scale.range();
  const parts: string[] = [tag("line", { x1: x0, x2: x1, y1: 0, y2: 0, stroke: MUTED })];
  for (const t of spec.ticks) {
    const x = spec.scale(t);
    if (spec.gridHeight) parts.push(tag("line", { x1: x, x2: x, y1: -spec.gridHeight, y2: 0, stroke: GRID }));
    parts.push(tag("line", { x1: x, x2: x, y1: 0, y2: 5, stroke: MUTED }));
    parts.push(svgText(x, 17, spec.format(t), { "text-anchor": "middle", "font-size": 11, fill: MUTED }));
  }
  parts.push(svgText((x0 + x1) / 2, 36, spec.label, { "text-anchor": "middle" }));
  return group(0, spec.y, ...parts);
}

/** A vertical axis at pixel column `x`, optionally with grid lines `gridWidth` px to the right. */
export interface LeftAxisSpec {
  scale: PositionScale;
  x: number;
  ticks: readonly number[];
  format: (value: number) => string;
  label: string;
  gridWidth?: number;
}

/** Draws a vertical axis with a rotated title; returns markup. */
export function leftAxis(spec: LeftAxisSpec): string {
  const [y0 = 0, y1 = 0] = spec.scale.range();
  const parts: string[] = [tag("line", { x1: 0, x2: 0, y1: y0, y2: y1, stroke: MUTED })];
  let widest = 0;
  for (const t of spec.ticks) {
    const y = spec.scale(t);
    const label = spec.format(t);
    widest = Math.max(widest, label.length);
    if (spec.gridWidth) parts.push(tag("line", { x1: 0, x2: spec.gridWidth, y1: y, y2: y, stroke: GRID }));
    parts.push(tag("line", { x1: -5, x2: 0, y1: y, y2: y, stroke: MUTED }));
    parts.push(svgText(-8, y + 4, label, { "text-anchor": "end", "font-size": 11, fill: MUTED }));
  }
  const titleX = -14 - widest * 6.6;
  const mid = (y0 + y1) / 2;
  parts.push(
    svgText(titleX, mid, spec.label, { "text-anchor": "middle", transform: `rotate(-90 ${titleX} ${mid})` }),
  );
  return group(spec.x, 0, ...parts);
}

// Durations people think in: a log axis of recovery or lead times is labelled with these.
const DURATION_TICKS: readonly number[] = [
  0.1,
  0.2,
  0.5,
  1,
  2,
  5,
  10,
  20,
  30,
  60,
  120,
  300,
  600,
  1200,
  1800,
  3600,
  7200,
  4 * 3600,
  12 * 3600,
  86_400,
  2 * 86_400,
  7 * 86_400,
  14 * 86_400,
  30 * 86_400,
  90 * 86_400,
  365 * 86_400,
];

/** Nice duration ticks (seconds) inside [min, max], thinned to at most `maxCount`. */
export function durationTicks(min: number, max: number, maxCount = 8): number[] {
  const inside = DURATION_TICKS.filter((t) => t >= min && t <= max);
  if (inside.length <= maxCount) return inside;
  const stride = Math.ceil(inside.length / maxCount);
  return inside.filter((_, i) => i % stride === 0);
}

/** A tick label for a duration in its own unit, e.g. 30 → "30 s", 120 → "2 min", 7200 → "2 h". */
export function durationTickLabel(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${seconds / 60} min`;
  if (seconds < 172_800) return `${seconds / 3600} h`;
  return `${seconds / 86_400} d`;
}

/** The unit a time axis spanning `seconds` is labelled in: hours up to 3 days, then days. */
export function timeAxisUnit(seconds: number): { name: string; plural: string; seconds: number } {
  if (seconds <= 3 * 3600) return { name: "min", plural: "minutes", seconds: 60 };
  if (seconds <= 3 * 86_400) return { name: "h", plural: "hours", seconds: 3600 };
  return { name: "d", plural: "days", seconds: 86_400 };
}
