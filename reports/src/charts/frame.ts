/**
 * The outer SVG of every chart: size and viewBox, the accessible name (`role="img"`,
 * `aria-label`, `<title>`, `<desc>`), a white background and the visible title. Presentation is
 * set with attributes, not a stylesheet, so a chart exported on its own looks the same.
 */

import { svgText, tag, text } from "../markup";
import type { ChartFrame } from "./options";
import { INK, MUTED } from "./palette";

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** Height reserved for the title line at the top of every chart (px). */
export const TITLE_HEIGHT = 32;

/** Wraps chart `body` markup in a titled, accessible SVG document. `description` is plain text. */
export function svgDocument(frame: ChartFrame, description: string, ...body: string[]): string {
  const desc = frame.note === null ? description : `${description} ${frame.note}.`;
  const note =
    frame.note === null
      ? ""
      : svgText(frame.width - 6, frame.height - 4, frame.note, {
          "text-anchor": "end",
          "font-size": 9,
          fill: MUTED,
        });
  return tag(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      width: frame.width,
      height: frame.height,
      viewBox: `0 0 ${Math.round(frame.width)} ${Math.round(frame.height)}`,
      role: "img",
      "aria-label": `${frame.title}. ${desc}`,
      "font-family": FONT,
      "font-size": 12,
      fill: INK,
    },
    tag("title", {}, text(frame.title)),
    tag("desc", {}, text(desc)),
    tag("rect", { width: frame.width, height: frame.height, fill: "#FFFFFF" }),
    svgText(12, 21, frame.title, { "font-size": 15, "font-weight": 600 }),
    ...body,
    note,
  );
}

/** A chart with nothing to draw: the frame and a centred message saying why. */
export function emptyChart(frame: ChartFrame, message: string): string {
  return svgDocument(
    frame,
    message,
    svgText(frame.width / 2, (frame.height + TITLE_HEIGHT) / 2, message, {
      "text-anchor": "middle",
      fill: MUTED,
    }),
  );
}
