/**
 * "Fit faults from incident history": choose an incident export (CSV or JSON, at most 5 MB),
 * optionally give the observation window, a class map and component counts (the options of
 * `resilab fit`, docs/fitting.md), fit it in a worker, read the per-class result and Q–Q plots,
 * and apply the fitted `faults:` classes to the scenario's YAML, where they can be read and
 * edited before the next run. Problems in the file are listed as a table of text, never markup.
 */
/// <reference types="vite/client" />
import type { IncidentFit, Issue } from "@resilab/sim-core";
import { useEffect, useId, useRef, useState } from "react";
import { ScrollRegion } from "../charts/ScrollRegion";
import { appliedText } from "./applied-text";
import { applyFittedFaults } from "./apply-faults";
import { FitIssues } from "./FitIssues";
import { FitTables } from "./FitTables";
import { splitFaultsYaml } from "./faults-chunks";
import { type FitClient, fitClient } from "./fit-client";
import {
  type FitOptionsText,
  OPTION_LABELS,
  type OptionProblem,
  optionProblemText,
  readFitOptions,
} from "./fit-options";
import { MAX_INCIDENT_FILE_BYTES } from "./fit-request";
import { readSummary } from "./fit-table";
import "./fit.css";

/** Props of the panel. */
export interface FitPanelProps {
  /** Applies an edit to the scenario text (the lab's `commands.edit`; a `YamlEditError` becomes a notice). */
  edit(change: (text: string) => string): void;
}

type Outcome =
  | { kind: "idle" }
  | { kind: "fitting"; name: string; large: boolean }
  | { kind: "fitted"; fit: IncidentFit; yaml: string }
  | { kind: "invalid"; name: string; issues: Issue[] }
  | { kind: "failed"; message: string };

/**
 * Characters above which the status warns that the fit takes a while: 1 MB. Measured: a 5 MB
 * generic CSV (64 k incidents) took about 50 s in Node on a shared 2-core machine.
 */
const LARGE_FILE = 1024 * 1024;

const EMPTY: FitOptionsText = { windowStart: "", windowEnd: "", classMap: "", components: "" };

/** Puts the caret on the `faults:` line of the YAML editor and scrolls it into view. */
function showInEditor(): void {
  const editor = document.getElementById("yaml-text");
  if (!(editor instanceof HTMLTextAreaElement)) return;
  const at = editor.value.search(/^faults:/m);
  editor.focus();
  if (at >= 0) {
    editor.setSelectionRange(at, at + "faults:".length);
    const line = editor.value.slice(0, at).split("\n").length - 1;
    const height = Number.parseFloat(getComputedStyle(editor).lineHeight) || 18;
    editor.scrollTop = Math.max(0, line * height - editor.clientHeight / 3);
  }
}

/** The panel. */
export function FitPanel({ edit }: FitPanelProps) {
  const id = useId();
  const client = useRef<FitClient | null>(null);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [fields, setFields] = useState<FitOptionsText>(EMPTY);
  const [problems, setProblems] = useState<OptionProblem[]>([]);
  const [outcome, setOutcome] = useState<Outcome>({ kind: "idle" });
  const [applied, setApplied] = useState<string | null>(null);
  useEffect(() => () => client.current?.cancel(), []);

  const choose = async (chosen: File | undefined) => {
    setApplied(null);
    if (chosen === undefined) return;
    // Results and a running fit belong to the previous file.
    client.current?.cancel();
    setOutcome({ kind: "idle" });
    if (chosen.size > MAX_INCIDENT_FILE_BYTES) {
      setFile(null);
      setFileProblem(
        `${chosen.name} is larger than 5 MB; the lab reads incident files of at most 5 MB (the CLI, 64 MB).`,
      );
      return;
    }
    setFileProblem(null);
    setFile({ name: chosen.name, text: await chosen.text() });
  };

  const run = async () => {
    if (file === null) return;
    const read = readFitOptions(fields);
    setProblems(read.problems);
    setApplied(null);
    if (read.problems.length > 0) return;
    client.current ??= fitClient();
    setOutcome({ kind: "fitting", name: file.name, large: file.text.length > LARGE_FILE });
    const reply = await client.current.fit({ name: file.name, text: file.text, options: read.options });
    if (reply === null) return;
    if (reply.kind === "fitted") setOutcome({ kind: "fitted", fit: reply.fit, yaml: reply.yaml });
    else if (reply.kind === "invalid") setOutcome({ kind: "invalid", name: file.name, issues: reply.issues });
    else setOutcome({ kind: "failed", message: reply.message });
  };

  const apply = () => {
    if (outcome.kind !== "fitted") return;
    const done: { message: string | null } = { message: null };
    edit((text) => {
      const result = applyFittedFaults(text, splitFaultsYaml(outcome.yaml));
      done.message = appliedText(result);
      return result.text;
    });
    setApplied(
      done.message ??
        "The fitted faults could not be applied (see the message above); copy the block below into the YAML instead.",
    );
  };

  const field = (key: keyof FitOptionsText, label: string, help: string, multiline = false) => {
    const mine = problems.filter((p) => p.field === key);
    const problem = mine.length > 0 ? mine.map(optionProblemText).join(" ") : undefined;
    const props = {
      id: `${id}-${key}`,
      value: fields[key],
      spellCheck: false,
      "aria-invalid": problem !== undefined,
      "aria-describedby": `${id}-${key}-help`,
      onChange: (e: { target: { value: string } }) => setFields({ ...fields, [key]: e.target.value }),
    };
    return (
      <div className="fit-field">
        <label htmlFor={`${id}-${key}`}>{label}</label>
        {multiline ? <textarea rows={2} {...props} /> : <input type="text" {...props} />}
        <p id={`${id}-${key}-help`} className={problem ? "help error" : "help"}>
          {problem ?? help}
        </p>
      </div>
    );
  };

  const fitting = outcome.kind === "fitting";
  return (
    <section className="fit-panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Fit faults from incident history</h2>
      <p className="help">
        Fits each fault class's time to failure and time to repair (exponential, Weibull, lognormal, gamma;
        maximum likelihood with censoring, chosen by AIC) to your incident export, as <code>resilab fit</code>{" "}
        does. Nothing leaves your browser.
      </p>
      <form
        className="fit-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <div className="fit-field">
          <label htmlFor={`${id}-file`}>Incident file (CSV or JSON, at most 5 MB)</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,.json,text/csv,application/json,text/plain"
            aria-describedby={`${id}-file-help`}
            aria-invalid={fileProblem !== null}
            onChange={(e) => void choose(e.target.files?.[0])}
          />
          <p id={`${id}-file-help`} className={fileProblem ? "help error" : "help"}>
            {fileProblem ??
              (file
                ? `${file.name}: ${file.text.length.toLocaleString("en")} characters read.`
                : "Generic CSV (class, component, start, end or duration, mode, cause), PagerDuty, Opsgenie or Jira exports; see docs/fitting.md.")}
          </p>
        </div>
        {field(
          "windowStart",
          OPTION_LABELS.windowStart,
          "When the export period began, e.g. 2025-06-01T00:00:00Z; empty: the first incident.",
        )}
        {field(
          "windowEnd",
          OPTION_LABELS.windowEnd,
          "When it ended; empty: the last start or end in the file (underestimates the censored time).",
        )}
        {field(
          "classMap",
          OPTION_LABELS.classMap,
          'One "<name in the file>=<fault class>" per line, e.g. Jenkins Prod=controller.',
          true,
        )}
        {field(
          "components",
          OPTION_LABELS.components,
          "Components per class, including those that never failed, e.g. executor=20, controller=2.",
        )}
        <div className="fit-actions">
          <button type="submit" className="primary" disabled={file === null || fitting}>
            Fit incidents
          </button>
          {fitting && (
            <button
              type="button"
              onClick={() => {
                client.current?.cancel();
                setOutcome({ kind: "idle" });
              }}
            >
              Cancel fit
            </button>
          )}
        </div>
      </form>
      <p className="fit-status" role="status">
        {outcome.kind === "fitting"
          ? `Fitting ${outcome.name}…${outcome.large ? " A file of several MB takes up to a minute; the lab stays usable meanwhile." : ""}`
          : outcome.kind === "fitted"
            ? readSummary(outcome.fit)
            : ""}
      </p>
      {problems.length > 0 && (
        <p role="alert" className="help error">
          Check the options: {problems.length} problem{problems.length === 1 ? "" : "s"} (shown under the
          fields).
        </p>
      )}
      {outcome.kind === "invalid" && <FitIssues name={outcome.name} issues={outcome.issues} />}
      {outcome.kind === "failed" && (
        <p role="alert" className="help error">
          The fit stopped: {outcome.message}
        </p>
      )}
      {outcome.kind === "fitted" && (
        <div className="fit-result">
          <div className="export-row">
            <button type="button" className="primary" onClick={apply}>
              Apply to scenario
            </button>
            {applied !== null && (
              <button type="button" onClick={showInEditor}>
                Show in the YAML editor
              </button>
            )}
          </div>
          {/* Always rendered: a live region announces changes, not its own appearance. */}
          <p className="fit-applied" role="status">
            {applied ?? ""}
          </p>
          <FitTables fit={outcome.fit} />
          <details className="fit-yaml">
            <summary>The fitted faults: block (YAML)</summary>
            <ScrollRegion label="The fitted faults: block (YAML, scrolls)">
              <pre>{outcome.yaml}</pre>
            </ScrollRegion>
          </details>
        </div>
      )}
    </section>
  );
}
