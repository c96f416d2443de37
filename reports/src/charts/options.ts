/**
 * Options every chart accepts, so the web lab can size charts to its layout. Sizes are in CSS
 * pixels; the SVG also carries a viewBox, so it scales when the page sets a width.
 */
import { invalid } from "@resilab/sim-core";

/** Common chart options. */
export interface ChartOptions {
  /** Width in pixels; each chart has its own default (720 for most). */
  width?: number;
  /** Height in pixels; each chart has its own default, often derived from the number of rows. */
  height?: number;
  /** Title shown on top and used as the accessible name; each chart has a default. */
  title?: string;
  /**
   * A small line at the bottom right, also added to the description: pass `provenanceLine(result)`
   * when a chart leaves its report (an exported SVG), so it still names version, scenario hash and seed.
   */
  note?: string;
}

/** Resolved size, title and note. */
export interface ChartFrame {
  width: number;
  height: number;
  title: string;
  note: string | null;
}

/** Applies defaults and rejects sizes that cannot be drawn (not finite, or below 120 × 80 px). */
export function resolveFrame(options: ChartOptions, defaults: Omit<ChartFrame, "note">): ChartFrame {
  const width = options.width ?? defaults.width;
  const height = options.height ?? defaults.height;
  if (!Number.isFinite(width) || width < 120) invalid("width", width, "a finite number of pixels ≥ 120");
  if (!Number.isFinite(height) || height < 80) invalid("height", height, "a finite number of pixels ≥ 80");
  return { width, height, title: options.title ?? defaults.title, note: options.note ?? null };
}

/** Inner plotting area after margins. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Rough text width for layout (system-ui at `fontSize`, ~0.6 em per character). */
export function textWidth(value: string, fontSize = 12): number {
  return Array.from(value).length * fontSize * 0.6;
}
