import { describe, expect, it } from "vitest";
import { clampWindow, isWholeRun, MIN_SPAN, panWindow, selectWindow, zoomWindow } from "./time-window";

const H = 86_400;

describe("time windows", () => {
  it("zoom about the anchor, keeping that time in place", () => {
    expect(zoomWindow([0, H], 0.5, 0.5, H)).toEqual([H / 4, (3 * H) / 4]);
    expect(zoomWindow([0, H], 0.5, 0, H)).toEqual([0, H / 2]);
    const w = zoomWindow([1000, 5000], 0.5, 0.25, H);
    expect(w[0] + (w[1] - w[0]) * 0.25).toBe(2000);
  });

  it("never zoom out beyond the run nor in below a minute", () => {
    expect(zoomWindow([H / 4, (3 * H) / 4], 4, 0.9, H)).toEqual([0, H]);
    const tight = zoomWindow([1000, 1100], 0.01, 0.5, H);
    expect(tight[1] - tight[0]).toBe(MIN_SPAN);
  });

  it("pan within the run", () => {
    expect(panWindow([1000, 2000], 0.5, H)).toEqual([1500, 2500]);
    expect(panWindow([1000, 2000], -5, H)).toEqual([0, 1000]);
    expect(panWindow([H - 500, H], 1, H)).toEqual([H - 500, H]);
  });

  it("select a dragged range in either direction", () => {
    expect(selectWindow([0, 10_000], 0.8, 0.2, H)).toEqual([2000, 8000]);
    expect(selectWindow([0, 10_000], 0.5, 0.5, H)[1] - 5000).toBe(MIN_SPAN);
    expect(clampWindow([-50, 20], H)).toEqual([0, 70]);
    expect(clampWindow([-50, -20], H)).toEqual([0, MIN_SPAN]);
    expect(isWholeRun([0, H], H)).toBe(true);
    expect(isWholeRun([1, H], H)).toBe(false);
  });
});
