/**
 * Run controls and progress: Run, Cancel, the live switch, a progress bar and what the shown
 * picture is based on ("2 of 30 replications"), with the time to the first complete picture.
 */
import type { LabState } from "../state/lab-state";
import { heavyText, runCost } from "../state/run-cost";

function seconds(ms: number | null): string {
  return ms === null ? "–" : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

/** Props of the run bar. */
export interface RunBarProps {
  state: LabState;
  workers: number;
  onRun(): void;
  onCancel(): void;
  onLive(on: boolean): void;
}

/** The run bar. */
export function RunBar({ state, workers, onRun, onCancel, onLive }: RunBarProps) {
  const run = state.run;
  const running = run?.status === "running";
  const picture = run?.kind === "sweep" ? state.sweep?.picture : state.experiment;
  let status = "Not run yet.";
  if (run !== null) {
    const what = run.kind === "sweep" ? "Sweep" : "Comparison";
    const based = picture ? ` · showing ${picture.replications} of ${picture.of} replications` : "";
    if (run.status === "running") {
      status = `${what} running: ${run.done} of ${run.total} runs${based} · first picture ${seconds(run.firstPictureMs)}`;
    } else if (run.status === "done") {
      status = `${what} done: ${run.total} runs in ${seconds(run.finishedMs)} · first picture after ${seconds(run.firstPictureMs)}`;
    } else if (run.status === "cancelled") {
      status = `${what} cancelled after ${run.done} of ${run.total} runs${based}.`;
    } else {
      status = `${what} failed. ${run.message ?? ""}`;
    }
  }
  const cost = state.scenario === null ? null : runCost(state.scenario);
  // Said until this scenario runs (again after a cancel): afterwards the run bar tells the rest.
  const heavyWaiting = cost?.heavy === true && (run?.hash !== state.hash || run.status === "cancelled");
  return (
    <div className="run-bar">
      {state.checking && (
        <p className="heavy-note" role="status">
          Checking the scenario ({state.text.length.toLocaleString("en-US")} characters) off the page…
        </p>
      )}
      {heavyWaiting && cost !== null && (
        <p className="heavy-note" role="note">
          {heavyText(cost)}
        </p>
      )}
      <div className="run-buttons">
        <button type="button" className="primary" onClick={onRun} disabled={state.scenario === null}>
          {running ? "Restart" : "Run"}
        </button>
        <button type="button" onClick={onCancel} disabled={!running}>
          Cancel
        </button>
        <label className="inline-check" title="Re-run automatically after every change">
          <input type="checkbox" checked={state.live} onChange={(e) => onLive(e.target.checked)} /> Live
          what-if
        </label>
        <span className="muted">
          {workers} {workers === 1 ? "worker" : "workers"}
        </span>
      </div>
      <progress
        max={run?.total || 1}
        value={run?.done ?? 0}
        aria-label="Simulation progress"
        className={run?.status === "failed" ? "failed" : ""}
      />
      <p
        className={run?.status === "failed" ? "run-status error" : "run-status"}
        role="status"
        aria-live="polite"
      >
        {status}
      </p>
    </div>
  );
}
