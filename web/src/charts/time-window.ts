/**
 * Zoom and pan of a time window (seconds from run start) within [0, horizon], for the
 * incident timeline: zoom about an anchor, pan by a fraction of the span, select a range. The
 * window never leaves the run and never gets shorter than `MIN_SPAN`.
 */

/** A time range in seconds, `from < to`. */
export type TimeWindow = readonly [number, number];

/** The narrowest window (s): a minute shows single stage attempts. */
export const MIN_SPAN = 60;

/** `window` moved and shrunk as needed to fit inside [0, horizon]. */
export function clampWindow(window: TimeWindow, horizon: number): TimeWindow {
  const span = Math.min(horizon, Math.max(MIN_SPAN, window[1] - window[0]));
  const from = Math.min(Math.max(0, window[0]), horizon - span);
  return [from, from + span];
}

/**
 * Zooms by `factor` (< 1 zooms in) keeping the time at `anchor` (0 = left edge, 1 = right edge)
 * where it is on screen.
 */
export function zoomWindow(window: TimeWindow, factor: number, anchor: number, horizon: number): TimeWindow {
  const [from, to] = window;
  const at = from + (to - from) * Math.min(1, Math.max(0, anchor));
  const span = Math.min(horizon, Math.max(MIN_SPAN, (to - from) * factor));
  const a = Math.min(1, Math.max(0, anchor));
  return clampWindow([at - span * a, at - span * a + span], horizon);
}

/** Pans by `fraction` of the current span (negative = earlier). */
export function panWindow(window: TimeWindow, fraction: number, horizon: number): TimeWindow {
  const shift = (window[1] - window[0]) * fraction;
  return clampWindow([window[0] + shift, window[1] + shift], horizon);
}

/** The window between two positions (0…1 of the current window), e.g. a drag selection. */
export function selectWindow(window: TimeWindow, a: number, b: number, horizon: number): TimeWindow {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  const span = window[1] - window[0];
  return clampWindow([window[0] + span * lo, window[0] + span * hi], horizon);
}

/** True when `window` shows the whole run. */
export function isWholeRun(window: TimeWindow, horizon: number): boolean {
  return window[0] <= 0 && window[1] >= horizon;
}
