/**
 * The lab: scenario (form and YAML side by side) on one side, results on the other; the gallery,
 * file upload, share link and exports in the top bar.
 */

import { MAX_SCENARIO_BYTES } from "@resilab/scenarios";
import { useEffect, useMemo, useRef, useState } from "react";
import { FitPanel } from "../fit/FitPanel";
import { SensitivityPanel } from "../sensitivity/SensitivityPanel";
import { canExport, resultIsCurrent } from "../state/lab-state";
import { runCost } from "../state/run-cost";
import { downloadText, safeFileName } from "./download";
import { Gallery } from "./Gallery";
import { Results } from "./Results";
import { RunBar } from "./RunBar";
import { ScenarioForm } from "./ScenarioForm";
import { SweepPanel } from "./SweepPanel";
import { Tabs } from "./Tabs";
import { useLab } from "./use-lab";
import { YamlEditor } from "./YamlEditor";

/** The whole lab. */
export function App() {
  const { state, commands, workers } = useLab();
  const [galleryOpen, setGalleryOpen] = useState(false);
  const [tab, setTab] = useState("comparison");
  // A message stays for a while, then goes (it can also be dismissed).
  useEffect(() => {
    if (state.notice === null) return;
    const timer = setTimeout(() => commands.notify(null), 8000);
    return () => clearTimeout(timer);
  }, [state.notice, commands]);
  const fileInput = useRef<HTMLInputElement>(null);
  // The form and the YAML editor re-render only when the text changes, not on every progress
  // tick or picture of a run (a large form takes long to render).
  const shownScenario = state.scenario ?? state.lastValid;
  const editorPanes = useMemo(
    () => (
      <div className="editor-panes">
        <div className="form-pane">
          {shownScenario !== null ? (
            <ScenarioForm
              text={state.text}
              scenario={shownScenario}
              problems={state.issues.length}
              edit={commands.edit}
            />
          ) : (
            <p className="form-unavailable">The form appears once the YAML describes a valid scenario.</p>
          )}
        </div>
        <div className="yaml-pane">
          <YamlEditor
            text={state.text}
            fileName={state.fileName}
            issues={state.issues}
            onChange={(text) => commands.setText(text, { from: "text" })}
          />
        </div>
      </div>
    ),
    [state.text, state.fileName, state.issues, shownScenario, commands],
  );
  const stale = !resultIsCurrent(state);
  const heavy = state.scenario !== null && runCost(state.scenario).heavy;
  const resultsPanel = useMemo(
    () =>
      state.experiment !== null ? (
        <Results picture={state.experiment} stale={stale} />
      ) : (
        <p className="empty">
          {heavy
            ? "Press Run to start this heavy comparison; it does not start by itself."
            : "Run the comparison to see verdicts and charts; with live what-if on, it runs by itself."}
        </p>
      ),
    [state.experiment, stale, heavy],
  );
  const scenario = state.scenario ?? state.lastValid;
  const exportable = canExport(state);
  const result = state.experiment?.result ?? null;
  const stem = safeFileName(result?.scenario.name ?? scenario?.name ?? "scenario");
  const exportTitle = exportable ? undefined : "Available once the run of the current scenario has finished";

  const openFile = async (file: File | undefined) => {
    if (file === undefined) return;
    if (file.size > MAX_SCENARIO_BYTES) {
      commands.notify(`${file.name} is larger than 5 MB; a scenario file is at most 5 MB.`);
      return;
    }
    commands.setText(await file.text(), { fileName: file.name });
    commands.notify(`Opened ${file.name}.`);
  };

  // The exports are written from the full result where it lives (the job worker).
  const exportShown = async (format: "json" | "html") => {
    const text = await commands.exportShown("experiment", format);
    if (text === null) {
      commands.notify("That result is no longer available to export; run the comparison again.");
      return;
    }
    if (format === "json") downloadText(`${stem}-result.json`, "application/json", text);
    else downloadText(`${stem}-report.html`, "text/html", text);
  };

  const exportSweep = async (format: "json" | "html", fileName: string) => {
    const text = await commands.exportShown("sweep", format);
    if (text === null) {
      commands.notify("That sweep is no longer available to export; run it again.");
      return;
    }
    downloadText(fileName, format === "json" ? "application/json" : "text/html", text);
  };

  const copyLink = async () => {
    const url = commands.shareUrl();
    if (url === null) {
      commands.notify("This scenario is too large for a link; share the YAML file instead.");
      return;
    }
    window.history.replaceState(null, "", url);
    try {
      await navigator.clipboard.writeText(url);
      commands.notify("Link copied: it opens this scenario exactly as it is now.");
    } catch {
      commands.notify("The address bar now holds the link to this scenario; copy it from there.");
    }
  };

  return (
    <>
      <a className="skip-link" href="#results">
        Skip to results
      </a>
      <header className="topbar">
        <div className="brand">
          <h1>Resilab</h1>
          <span className="muted">HA design lab for CI/CD platforms</span>
        </div>
        <nav className="toolbar" aria-label="Scenario and export">
          <button type="button" onClick={() => setGalleryOpen(true)}>
            Library
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            Open file…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".yaml,.yml,text/yaml,text/plain"
            hidden
            aria-label="Open a scenario file"
            onChange={(e) => {
              void openFile(e.target.files?.[0]);
              e.target.value = "";
            }}
          />
          <button type="button" onClick={copyLink}>
            Copy share link
          </button>
          <button
            type="button"
            disabled={!exportable}
            title={exportTitle}
            onClick={() => void exportShown("html")}
          >
            Export report
          </button>
          <button
            type="button"
            disabled={!exportable}
            title={exportTitle}
            onClick={() => void exportShown("json")}
          >
            Export JSON
          </button>
        </nav>
      </header>
      {state.notice !== null && (
        <div className="toast" role="status">
          <span>{state.notice}</span>
          <button type="button" onClick={() => commands.notify(null)} aria-label="Dismiss the message">
            ×
          </button>
        </div>
      )}
      <main className="layout">
        <section className="scenario-pane" aria-labelledby="scenario-h">
          <div className="pane-head">
            <h2 id="scenario-h">
              Scenario <span className="scenario-name">{scenario?.name ?? "(none yet)"}</span>
            </h2>
            {scenario?.description && (
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a long description scrolls; the keyboard must reach it.
              <p className="question" tabIndex={0} role="note" aria-label="Scenario description (scrolls)">
                {scenario.description}
              </p>
            )}
          </div>
          {editorPanes}
        </section>
        <section className="results-pane" id="results" aria-labelledby="results-h" tabIndex={-1}>
          <h2 id="results-h" className="visually-hidden">
            Results
          </h2>
          <RunBar
            state={state}
            workers={workers}
            onRun={commands.runExperiment}
            onCancel={commands.cancel}
            onLive={commands.setLive}
          />
          <Tabs
            label="Results"
            selected={tab}
            onSelect={setTab}
            tabs={[
              {
                id: "comparison",
                label: "Comparison",
                panel: resultsPanel,
              },
              {
                id: "sweep",
                label: "Sweep",
                panel: (
                  <SweepPanel
                    scenario={state.scenario}
                    view={state.sweep}
                    running={state.run?.status === "running"}
                    onRun={commands.runSweep}
                    onExport={(format, fileName) => void exportSweep(format, fileName)}
                  />
                ),
              },
              {
                id: "sensitivity",
                label: "Sensitivity",
                panel: <SensitivityPanel scenario={state.scenario} />,
              },
              { id: "fit", label: "Fit faults", panel: <FitPanel edit={commands.edit} /> },
            ]}
          />
        </section>
      </main>
      <Gallery
        open={galleryOpen}
        onClose={() => setGalleryOpen(false)}
        onOpen={(text, fileName) => {
          commands.setText(text, { fileName, from: "form" });
          setGalleryOpen(false);
        }}
      />
    </>
  );
}
