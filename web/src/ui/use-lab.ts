/**
 * The lab's controller hook: owns the worker pool, starts and cancels runs, re-runs live after
 * a change, keeps the draft in localStorage and the scenario in the URL fragment, and opens
 * shared links. Components get the state and a small set of commands.
 */
import { libraryText } from "@resilab/scenarios";
import type { Scenario, SweepSpec } from "@resilab/sim-core";
import { planSweep } from "@resilab/sim-core";
import { startTransition, useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import { workerCount } from "../run/browser-endpoint";
import { inProcessEndpoint } from "../run/endpoint";
import { browserJobPort, type JobRunner, localJobRunner, workerJobRunner } from "../run/job-runner";
import type { ExportFormat, ExportKind } from "../run/result-export";
import type { StreamFailure } from "../run/stream";
import { type PoolRun, TaskPool } from "../run/task-pool";
import { type DraftStorage, loadDraft, saveDraft } from "../scenario/draft-store";
import type { KnobUnit } from "../scenario/knob-values";
import { decodeShare, encodeShare } from "../scenario/share-link";
import { initialState, type LabState, labReducer, liveRunDue } from "../state/lab-state";
import { validatesOffThread } from "../state/validate-text";
import { type ValidationClient, validationClient } from "../state/validation-client";
import { YamlEditError } from "../yaml/yaml-edit";

/** The scenario a first visit opens. */
export const DEFAULT_SCENARIO = "default-comparison";

/** Longest fragment written to the address bar; longer scenarios are shared as files instead. */
export const MAX_FRAGMENT = 64 * 1024;

/**
 * How long after a change a live re-run starts (ms): at once for a committed form value (Enter,
 * a choice), briefly for a slider being dragged, longer while typing YAML.
 */
export const LIVE_DELAY = { commit: 0, slider: 120, text: 600 } as const;

function storage(): DraftStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** True when `text` is validated by the validation worker: large, and workers exist. */
function offThread(text: string): boolean {
  return typeof Worker !== "undefined" && validatesOffThread(text);
}

/**
 * The first state: a shared link, else the unsaved draft, else the default comparison. A large
 * text starts unchecked ("checking") and is validated by the worker once the page is up.
 */
export function bootState(): LabState {
  const shared = decodeShare(window.location.hash);
  const draft = loadDraft(storage());
  // The address bar always holds the current text, so reloading your own draft brings a link
  // to the same text: that is your draft, not someone's link.
  if (shared.kind === "text" && draft !== null && draft.text === shared.text) {
    return {
      ...initialState(draft.text, draft.fileName, true, offThread(draft.text)),
      notice: "Restored your unsaved edits.",
    };
  }
  if (shared.kind === "text") {
    const state = initialState(shared.text, "shared-link.yaml", true, offThread(shared.text));
    return { ...state, notice: "Opened the scenario from the link." };
  }
  const fallback = draft ?? { text: libraryText(DEFAULT_SCENARIO), fileName: `${DEFAULT_SCENARIO}.yaml` };
  const state = initialState(fallback.text, fallback.fileName, true, offThread(fallback.text));
  if (shared.kind === "damaged")
    return { ...state, notice: `The link could not be opened: ${shared.reason}.` };
  return draft === null ? state : { ...state, notice: "Restored your unsaved edits." };
}

function failureText(f: StreamFailure): string {
  const what = {
    validation: "The scenario was refused",
    simulation: "The simulation stopped",
    defect: "Something broke",
  }[f.kind];
  return `${what}: ${f.message}`;
}

/** Commands the UI can give. */
export interface LabCommands {
  /** Replaces the text (typing, a library scenario, a file, a pasted text). */
  setText(text: string, options?: { fileName?: string; from?: "form" | "text" }): void;
  /** Applies a form edit to the current text; a failed edit becomes a notice. */
  edit(change: (text: string) => string, how?: "commit" | "slider"): void;
  runExperiment(): void;
  runSweep(spec: SweepSpec, knob: { label: string; unit: KnobUnit }): void;
  cancel(): void;
  setLive(on: boolean): void;
  notify(message: string | null): void;
  /** The link that opens the current text. */
  shareUrl(): string | null;
  /** The CLI's JSON or HTML of the shown finished result (written off the page); null when unavailable. */
  exportShown(kind: ExportKind, format: ExportFormat): Promise<string | null>;
}

/** The lab's state and commands. */
export function useLab(): { state: LabState; commands: LabCommands; workers: number } {
  const [state, dispatch] = useReducer(labReducer, undefined, bootState);
  const workers = useMemo(workerCount, []);
  const pool = useRef<JobRunner | null>(null);
  const current = useRef<PoolRun | null>(null);
  const lastExperimentHash = useRef<string | null>(null);
  // The job whose picture is shown, per kind: an export must be of that job's result.
  const shownJob = useRef<Record<ExportKind, number | null>>({ experiment: null, sweep: null });
  const delay = useRef<number>(0);
  const text = useRef(state.text);
  text.current = state.text;
  const hash = state.hash;

  useEffect(() => {
    // In the browser a job worker merges and summarizes, so the page only renders pictures.
    const created =
      typeof Worker === "undefined"
        ? localJobRunner(new TaskPool(inProcessEndpoint, { size: workers }))
        : workerJobRunner(browserJobPort, workers);
    pool.current = created;
    return () => {
      created.dispose();
      if (pool.current === created) pool.current = null;
    };
  }, [workers]);

  const startExperiment = useCallback((scenario: Scenario, hash: string) => {
    if (pool.current === null) return;
    lastExperimentHash.current = hash;
    dispatch({
      type: "run-start",
      kind: "experiment",
      hash,
      total: scenario.topologies.length * scenario.replications,
    });
    const run: PoolRun = pool.current.experiment(scenario, {
      // Pictures and progress render as transitions: React renders them in slices and lets a
      // click or a key in first, so drawing a large picture never holds up input.
      onProgress: (done, total) => startTransition(() => dispatch({ type: "progress", done, total })),
      onPicture: (picture) => {
        shownJob.current.experiment = run.job;
        startTransition(() => dispatch({ type: "experiment-picture", picture }));
      },
      onError: (failure) => dispatch({ type: "run-failed", message: failureText(failure) }),
    });
    current.current = run;
  }, []);

  // Live: re-run shortly after the scenario changes (a slider move, a fixed typo). The effect
  // depends on the due flag and the hash only, so progress of the run being replaced does not
  // keep postponing the new one.
  const due = liveRunDue(state, lastExperimentHash.current);
  const latest = useRef(state.scenario);
  latest.current = state.scenario;
  useEffect(() => {
    if (!due || hash === null) return;
    const timer = setTimeout(() => {
      if (latest.current !== null) startExperiment(latest.current, hash);
    }, delay.current);
    return () => clearTimeout(timer);
  }, [due, hash, startExperiment]);

  // Keep: the draft in localStorage and the scenario in the address bar.
  useEffect(() => {
    const timer = setTimeout(() => {
      saveDraft(storage(), { text: state.text, fileName: state.fileName });
      const fragment = encodeShare(state.text);
      const url = new URL(window.location.href);
      url.hash = fragment.length <= MAX_FRAGMENT ? fragment : "";
      if (url.href !== window.location.href) window.history.replaceState(null, "", url.href);
    }, 250);
    return () => clearTimeout(timer);
  }, [state.text, state.fileName]);

  // A link pasted into this tab's address bar opens like a fresh visit.
  useEffect(() => {
    const onHash = () => {
      const shared = decodeShare(window.location.hash);
      if (shared.kind === "text" && shared.text !== text.current) {
        delay.current = LIVE_DELAY.commit;
        dispatch({
          type: "edit",
          text: shared.text,
          fileName: "shared-link.yaml",
          deferred: offThread(shared.text),
        });
        dispatch({ type: "notice", message: "Opened the scenario from the link." });
      } else if (shared.kind === "damaged") {
        dispatch({ type: "notice", message: `The link could not be opened: ${shared.reason}.` });
      }
    };
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);

  useEffect(() => () => current.current?.cancel(), []);

  // A large text is validated off the page's thread; its answer arrives as a "validated" action
  // (dropped by the reducer when the text changed meanwhile).
  const validator = useRef<ValidationClient | null>(null);
  useEffect(() => {
    const created = validationClient();
    validator.current = created;
    return () => {
      created.dispose();
      if (validator.current === created) validator.current = null;
    };
  }, []);
  useEffect(() => {
    if (!state.checking || validator.current === null) return;
    void validator.current.validate(state.text, state.fileName).then((validation) => {
      // As a transition: React renders the form for the checked scenario (300 topologies) in
      // slices, letting input in between.
      if (validation !== null) startTransition(() => dispatch({ type: "validated", validation }));
    });
  }, [state.checking, state.text, state.fileName]);

  const commands = useMemo<LabCommands>(
    () => ({
      setText(next, options = {}) {
        delay.current = options.from === "form" ? LIVE_DELAY.commit : LIVE_DELAY.text;
        dispatch({
          type: "edit",
          text: next,
          deferred: offThread(next),
          ...(options.fileName !== undefined && { fileName: options.fileName }),
        });
      },
      edit(change, how = "commit") {
        try {
          delay.current = LIVE_DELAY[how];
          const next = change(text.current);
          dispatch({ type: "edit", text: next, deferred: offThread(next) });
        } catch (error) {
          if (!(error instanceof YamlEditError)) throw error;
          dispatch({
            type: "notice",
            message: `The form cannot make that change: ${error.message}. Edit the YAML instead.`,
          });
        }
      },
      runExperiment() {
        // Read the latest state through the reducer's last render.
        dispatch({ type: "notice", message: null });
        runLatest.current();
      },
      runSweep(spec, knob) {
        runSweepLatest.current(spec, knob);
      },
      cancel() {
        current.current?.cancel();
        dispatch({ type: "run-cancelled" });
      },
      setLive(on) {
        dispatch({ type: "live", on });
      },
      notify(message) {
        dispatch({ type: "notice", message });
      },
      async exportShown(kind, format) {
        const answer = await pool.current?.exportFinal(kind, format);
        if (answer == null || answer.job !== shownJob.current[kind]) return null;
        return answer.text;
      },
      shareUrl() {
        const fragment = encodeShare(text.current);
        if (fragment.length > MAX_FRAGMENT) return null;
        const url = new URL(window.location.href);
        url.hash = fragment;
        return url.href;
      },
    }),
    [],
  );

  const runLatest = useRef<() => void>(() => {});
  runLatest.current = () => {
    if (state.scenario !== null && state.hash !== null) startExperiment(state.scenario, state.hash);
  };
  const runSweepLatest = useRef<(spec: SweepSpec, knob: { label: string; unit: KnobUnit }) => void>(() => {});
  runSweepLatest.current = (spec, knob) => {
    const scenario = state.scenario;
    if (scenario === null || state.hash === null || pool.current === null) return;
    let total: number;
    try {
      total = planSweep(scenario, spec).length;
    } catch (error) {
      dispatch({
        type: "notice",
        message: `The sweep cannot run: ${error instanceof Error ? error.message : String(error)}`,
      });
      return;
    }
    dispatch({ type: "run-start", kind: "sweep", hash: state.hash, total });
    const run: PoolRun = pool.current.sweep(scenario, spec, {
      onProgress: (done, all) => startTransition(() => dispatch({ type: "progress", done, total: all })),
      onPicture: (picture) => {
        shownJob.current.sweep = run.job;
        startTransition(() => dispatch({ type: "sweep-picture", view: { picture, spec, ...knob } }));
      },
      onError: (failure) => dispatch({ type: "run-failed", message: failureText(failure) }),
    });
    current.current = run;
  };

  return { state, commands, workers };
}
