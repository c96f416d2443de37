/**
 * A horizontal legend that wraps onto more rows when it runs out of width. Each item has a
 * swatch (filled box, line with dash, or ring) and an escaped, shortened label.
 */
import { truncate } from "../escape";
import { group, svgText, tag, text } from "../markup";
import { textWidth } from "./options";

/** One legend entry. */
export interface LegendItem {
  label: string;
  color: string;
  /** `box` (default) for areas and bars, `line` for lines and rules, `ring` for highlighted points. */
  shape?: "box" | "line" | "ring";
  dash?: string | undefined;
}

/** Legend markup and the height it took (px). */
export interface LegendLayout {
  markup: string;
  height: number;
}

const ROW = 18;
const MAX_LABEL = 40;

function swatch(item: LegendItem): string {
  if (item.shape === "line") {
    return tag("line", {
      x1: 0,
      x2: 16,
      y1: -4,
      y2: -4,
      stroke: item.color,
      "stroke-width": 2.5,
      "stroke-dasharray": item.dash,
    });
  }
  if (item.shape === "ring") {
    return tag("circle", { cx: 8, cy: -4, r: 5, fill: "none", stroke: item.color, "stroke-width": 2 });
  }
  return tag("rect", { x: 2, y: -10, width: 12, height: 12, fill: item.color, "fill-opacity": 0.8 });
}

/** Lays out `items` from (x, y) within `maxWidth` px. */
export function legend(items: readonly LegendItem[], x: number, y: number, maxWidth: number): LegendLayout {
  const parts: string[] = [];
  let cx = 0;
  let row = 0;
  for (const item of items) {
    const label = truncate(item.label, MAX_LABEL);
    const w = 22 + textWidth(label, 11) + 14;
    if (cx > 0 && cx + w > maxWidth) {
      cx = 0;
      row += 1;
    }
    const entry = group(
      cx,
      row * ROW + 12,
      swatch(item),
      svgText(22, 0, label, { "font-size": 11 }),
      label === item.label ? "" : tag("title", {}, text(item.label)),
    );
    parts.push(entry);
    cx += w;
  }
  return {
    markup: items.length === 0 ? "" : group(x, y, ...parts),
    height: items.length === 0 ? 0 : (row + 1) * ROW,
  };
}
