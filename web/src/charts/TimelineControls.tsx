/**
 * Zoom state of the incident timeline and the controls above it: zoom in and out, move earlier
 * or later, the whole run, the most telling incident (the reports' choice), and stage detail
 * for the sampled pipelines (the run keeps it for its first pipelines only).
 */
import { type IncidentTimelineData, worstIncidentWindow } from "@resilab/reports";
import { useMemo, useState } from "react";
import { isWholeRun, panWindow, type TimeWindow, zoomWindow } from "./time-window";
import { sampledPipelineWindow } from "./timeline-layout";

function span(window: TimeWindow): string {
  const s = window[1] - window[0];
  if (s < 7200) return `${Math.round(s / 60)} min`;
  if (s < 172_800) return `${(s / 3600).toFixed(1)} h`;
  return `${(s / 86_400).toFixed(1)} days`;
}

/** Zoom state and controls of the timeline (rendered above the chart). */
export function useTimelineZoom(data: IncidentTimelineData) {
  const whole: TimeWindow = [0, data.horizon];
  const [window, setWindow] = useState<TimeWindow>(whole);
  const [pipelines, setPipelines] = useState(false);
  // A new horizon (another scenario) resets the zoom.
  const fitted = window[1] <= data.horizon ? window : whole;
  const worst = useMemo(() => worstIncidentWindow(data), [data]);
  const sampled = useMemo(() => sampledPipelineWindow(data), [data]);
  return { window: fitted, setWindow, pipelines, setPipelines, worst, whole, sampled };
}

export type TimelineZoom = ReturnType<typeof useTimelineZoom>;

/** The buttons above the timeline. */
export function TimelineControls({ zoom, horizon }: { zoom: TimelineZoom; horizon: number }) {
  const { window, setWindow, pipelines, setPipelines, worst, whole, sampled } = zoom;
  const noSample = pipelines && sampled !== null && (sampled[1] < window[0] || sampled[0] > window[1]);
  return (
    <>
      <fieldset className="plain button-row">
        <legend className="visually-hidden">Zoom the timeline</legend>
        <button
          type="button"
          onClick={() => setWindow(zoomWindow(window, 0.5, 0.5, horizon))}
          aria-label="Zoom in"
        >
          Zoom in
        </button>
        <button
          type="button"
          onClick={() => setWindow(zoomWindow(window, 2, 0.5, horizon))}
          aria-label="Zoom out"
        >
          Zoom out
        </button>
        <button
          type="button"
          onClick={() => setWindow(panWindow(window, -0.5, horizon))}
          aria-label="Earlier"
        >
          ←
        </button>
        <button type="button" onClick={() => setWindow(panWindow(window, 0.5, horizon))} aria-label="Later">
          →
        </button>
        <button type="button" onClick={() => setWindow(whole)} disabled={isWholeRun(window, horizon)}>
          Whole run
        </button>
        <button type="button" onClick={() => worst && setWindow(worst)} disabled={worst === null}>
          Worst incident
        </button>
      </fieldset>
      <label className="inline-check">
        <input type="checkbox" checked={pipelines} onChange={(e) => setPipelines(e.target.checked)} /> Show
        pipelines
        {/* Say what the sample covers: stage detail exists for the run's first pipelines only. */}
        {sampled !== null && ` (stage detail for the first ${span(sampled)} only)`}
      </label>
      <span className="muted" aria-live="polite">
        Showing {span(window)}
      </span>
      {noSample && sampled !== null && (
        <span className="hint">
          Stage detail is kept for the first pipelines of the run only.{" "}
          <button type="button" onClick={() => setWindow(sampled)}>
            Zoom to them
          </button>
        </span>
      )}
    </>
  );
}
