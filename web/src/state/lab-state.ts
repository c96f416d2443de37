/**
 * The lab's state and its reducer: the scenario text (the single source of truth the form and
 * the YAML editor both edit), its validation, the last valid scenario, the running job and the
 * pictures it streamed. Pure, so every transition is unit-tested without a browser.
 */
import type { LoadIssue } from "@resilab/scenarios";
import type { ExperimentResult, Scenario, SweepResult, SweepSpec } from "@resilab/sim-core";
import type { Picture } from "../run/stream";
import type { KnobUnit } from "../scenario/knob-values";
import { runCost } from "./run-cost";
import { type Validation, validateText } from "./validate-text";

/** What a run computes. */
export type RunKind = "experiment" | "sweep";

/** The current or last job. */
export interface RunState {
  kind: RunKind;
  status: "running" | "done" | "cancelled" | "failed";
  /** Hash of the scenario being run. */
  hash: string;
  done: number;
  total: number;
  /** Milliseconds from start to the first picture, and to the final one. */
  firstPictureMs: number | null;
  finishedMs: number | null;
  /** Why it failed. */
  message: string | null;
}

/** A sweep's picture with the knob it sweeps. */
export interface SweepView {
  picture: Picture<SweepResult>;
  spec: SweepSpec;
  /** The knob's label, e.g. "active-passive: Failover detection". */
  label: string;
  /** The knob's unit, to print swept values as they were typed. */
  unit: KnobUnit;
}

/** Everything the lab shows. */
export interface LabState {
  text: string;
  /** Where the text came from; names the file in error messages and exports. */
  fileName: string;
  /** Problems of the current text, in text order (empty when it is valid). */
  issues: readonly LoadIssue[];
  /** The current text's scenario, when valid. */
  scenario: Scenario | null;
  /** The last valid scenario (the form keeps showing it while the text has errors). */
  lastValid: Scenario | null;
  /** The hash of `scenario` (null when invalid). */
  hash: string | null;
  /**
   * True while the text is being validated off the page's thread (a large text): `issues`,
   * `scenario` and `hash` are empty until the validation worker answers.
   */
  checking: boolean;
  experiment: Picture<ExperimentResult> | null;
  /** The hash of the scenario `experiment` belongs to. */
  experimentHash: string | null;
  sweep: SweepView | null;
  run: RunState | null;
  /** Re-run automatically after each change. */
  live: boolean;
  /** A one-line message for the status bar (e.g. a damaged link), or null. */
  notice: string | null;
}

/** State transitions. */
export type LabAction =
  | { type: "edit"; text: string; fileName?: string; deferred?: boolean }
  | { type: "validated"; validation: Validation }
  | { type: "run-start"; kind: RunKind; hash: string; total: number }
  | { type: "progress"; done: number; total: number }
  | { type: "experiment-picture"; picture: Picture<ExperimentResult> }
  | { type: "sweep-picture"; view: SweepView }
  | { type: "run-failed"; message: string }
  | { type: "run-cancelled" }
  | { type: "live"; on: boolean }
  | { type: "notice"; message: string | null };

/**
 * The state for a text: validated now, or with `deferred` left to check (a large text goes to
 * the validation worker and arrives with a "validated" action).
 */
export function initialState(text: string, fileName: string, live = true, deferred = false): LabState {
  const state: LabState = {
    text,
    fileName,
    issues: [],
    scenario: null,
    lastValid: null,
    hash: null,
    checking: false,
    experiment: null,
    experimentHash: null,
    sweep: null,
    run: null,
    live,
    notice: null,
  };
  return deferred ? { ...state, checking: true } : validate(state);
}

function validate(state: LabState): LabState {
  return applyValidation(state, validateText(state.text, state.fileName));
}

function applyValidation(state: LabState, v: Validation): LabState {
  const base = { ...state, issues: v.issues, scenario: v.scenario, hash: v.hash, checking: false };
  return v.scenario === null ? base : { ...base, lastValid: v.scenario };
}

function withRun(state: LabState, update: (run: RunState) => RunState): LabState {
  return state.run === null ? state : { ...state, run: update(state.run) };
}

/** The reducer. */
export function labReducer(state: LabState, action: LabAction): LabState {
  switch (action.type) {
    case "edit":
      if (action.text === state.text && (action.fileName ?? state.fileName) === state.fileName) return state;
      if (action.deferred === true) {
        const fileName = action.fileName ?? state.fileName;
        return {
          ...state,
          text: action.text,
          fileName,
          issues: [],
          scenario: null,
          hash: null,
          checking: true,
        };
      }
      return validate({ ...state, text: action.text, fileName: action.fileName ?? state.fileName });
    case "validated":
      // An answer for an older text (typed over while it was checked) is dropped.
      if (action.validation.text !== state.text || action.validation.fileName !== state.fileName)
        return state;
      return applyValidation(state, action.validation);
    case "run-start":
      return {
        ...state,
        run: {
          kind: action.kind,
          status: "running",
          hash: action.hash,
          done: 0,
          total: action.total,
          firstPictureMs: null,
          finishedMs: null,
          message: null,
        },
      };
    case "progress":
      return withRun(state, (run) => ({ ...run, done: action.done, total: action.total }));
    case "experiment-picture":
    case "sweep-picture": {
      const picture = action.type === "experiment-picture" ? action.picture : action.view.picture;
      const next =
        action.type === "experiment-picture"
          ? { ...state, experiment: action.picture, experimentHash: state.run?.hash ?? null }
          : { ...state, sweep: action.view };
      return withRun(next, (run) => ({
        ...run,
        status: picture.final ? "done" : run.status,
        firstPictureMs: run.firstPictureMs ?? picture.elapsedMs,
        finishedMs: picture.final ? picture.elapsedMs : run.finishedMs,
      }));
    }
    case "run-failed":
      return withRun(state, (run) => ({ ...run, status: "failed", message: action.message }));
    case "run-cancelled":
      return withRun(state, (run) => (run.status === "running" ? { ...run, status: "cancelled" } : run));
    case "live":
      return { ...state, live: action.on };
    case "notice":
      return { ...state, notice: action.message };
  }
}

/** True when the shown experiment belongs to the current text (not an older version of it). */
export function resultIsCurrent(state: LabState): boolean {
  return state.experiment !== null && state.hash !== null && state.experimentHash === state.hash;
}

/** True when the shown experiment is final and of the current text: what export offers. */
export function canExport(state: LabState): boolean {
  return resultIsCurrent(state) && state.experiment?.final === true;
}

/**
 * Whether a live re-run is due: the text is valid, differs from what last ran, is not heavy
 * (a heavy scenario runs only when asked, whatever brought it: a link, a file, a paste, an edit),
 * and no sweep is running.
 */
export function liveRunDue(state: LabState, lastExperimentHash: string | null): boolean {
  if (!state.live || state.hash === null || state.hash === lastExperimentHash) return false;
  if (state.scenario === null || runCost(state.scenario).heavy) return false;
  return !(state.run?.kind === "sweep" && state.run.status === "running");
}
