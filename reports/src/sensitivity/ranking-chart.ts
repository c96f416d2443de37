/**
 * The overall ranking of a study's parameters: a bar per parameter of its mean relative swing
 * (1 = the largest mover of every objective of every topology; Morris: relative μ*), and the
 * number of verdicts it flips within its range written beside it. Most decisive first.
 */
import type { SensitivityResult } from "@resilab/sim-core";
import { scaleLinear } from "d3";
import { bottomAxis } from "../charts/axis";
import { emptyChart, svgDocument, TITLE_HEIGHT } from "../charts/frame";
import { type ChartOptions, resolveFrame } from "../charts/options";
import { OKABE_ITO, SLO_COLOR } from "../charts/palette";
import { truncate } from "../escape";
import { formatNumber } from "../format";
import { svgText, tag } from "../markup";

const ROW = 22;
const LEFT = 260;
const RIGHT = 150;

/** The chart; default 720 px wide, 22 px per parameter. */
export function rankingChart(result: SensitivityResult, options: ChartOptions = {}): string {
  const rows = result.ranking;
  const frame = resolveFrame(options, {
    width: 720,
    height: Math.max(120, TITLE_HEIGHT + 16 + rows.length * ROW + 48),
    title: "Which assumptions decide the verdicts",
  });
  if (rows.length === 0) return emptyChart(frame, "No parameters.");
  const x = scaleLinear()
    .domain([0, 1])
    .range([LEFT, frame.width - RIGHT]);
  const top = TITLE_HEIGHT + 12;
  const parts: string[] = [];
  rows.forEach((r, i) => {
    const y = top + i * ROW;
    parts.push(
      svgText(LEFT - 8, y + 14, truncate(r.parameter, 42), { "text-anchor": "end", "font-size": 11 }),
    );
    parts.push(
      tag("rect", {
        x: LEFT,
        y: y + 4,
        width: Math.max(1, x(Math.min(1, r.score)) - LEFT),
        height: ROW - 8,
        fill: r.flips > 0 ? SLO_COLOR : OKABE_ITO.blue,
      }),
    );
    const flips = r.flips === 0 ? "no flip" : `flips ${r.flips} verdict${r.flips === 1 ? "" : "s"}`;
    parts.push(
      svgText(frame.width - RIGHT + 8, y + 14, `${formatNumber(r.score)} · ${flips}`, { "font-size": 11 }),
    );
  });
  const bottom = top + rows.length * ROW;
  parts.push(
    bottomAxis({
      scale: x,
      y: bottom + 6,
      ticks: x.ticks(5),
      format: formatNumber,
      label:
        result.method === "morris"
          ? "mean relative μ* (1 = top mover everywhere)"
          : "mean relative swing (1 = top mover everywhere)",
      gridHeight: bottom - top + 6,
    }),
  );
  const description = `Parameters ranked by how many verdicts they flip, then by their mean relative effect: ${rows
    .slice(0, 5)
    .map((r) => `${r.parameter} (${formatNumber(r.score)}, ${r.flips} flips)`)
    .join(", ")}.`;
  return svgDocument(frame, description, ...parts);
}
