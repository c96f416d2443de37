/**
 * The service-level line every chart with a target draws: a dashed horizontal rule across the
 * plot and its label ("availability >= 99.9% (99.90 %)"), in the service-level colour.
 */
import { truncate } from "../escape";
import { svgText, tag } from "../markup";
import { SLO_COLOR } from "./palette";

export interface TargetLine {
  /** Vertical position of the rule (px). */
  y: number;
  /** Horizontal extent of the plot (px). */
  x1: number;
  x2: number;
  /** The objective's label and its formatted target value. */
  label: string;
  value: string;
  /** Where the label goes, and which end of it sits there. */
  labelX: number;
  labelY: number;
  anchor: "start" | "end";
}

/** The SVG markup of one target line and its label. */
export function targetLine(t: TargetLine): string[] {
  // A white halo under the label keeps it readable where series lines cross it.
  const halo = { stroke: "#FFFFFF", "stroke-width": 3, "stroke-linejoin": "round", "paint-order": "stroke" };
  const attributes: Record<string, string | number> =
    t.anchor === "end"
      ? { "text-anchor": "end", "font-size": 11, fill: SLO_COLOR, ...halo }
      : { "font-size": 11, fill: SLO_COLOR, ...halo };
  return [
    tag("line", {
      x1: t.x1,
      x2: t.x2,
      y1: t.y,
      y2: t.y,
      stroke: SLO_COLOR,
      "stroke-width": 2,
      "stroke-dasharray": "6 3",
    }),
    svgText(t.labelX, t.labelY, `${truncate(t.label, 48)} (${t.value})`, attributes),
  ];
}
