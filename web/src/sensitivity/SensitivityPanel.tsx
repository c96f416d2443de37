/**
 * "Sensitivity": which assumptions decide the verdicts, as `resilab sensitivity` computes it
 * (docs/sensitivity.md). Shows the parameters that will be varied (the scenario's `assumptions:`
 * or the default set) and the runs the study costs before anything runs; a heavy study asks to be
 * confirmed. The runs go to the lab's simulation workers (the same `TaskPool` and `sim.worker`
 * the comparison's job worker uses, a pool of this panel's own so the two never cancel each
 * other); Cancel ends the busy workers at once. Then the ranking, the flips and the tornadoes.
 */
import { estimateEvents, type Scenario, type SensitivityResult } from "@resilab/sim-core";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { TextTableView } from "../charts/TextTableView";
import { browserEndpoint, workerCount } from "../run/browser-endpoint";
import { inProcessEndpoint } from "../run/endpoint";
import { TaskPool } from "../run/task-pool";
import { formatEvents, HEAVY } from "../state/run-cost";
import { SensitivityResults } from "./SensitivityResults";
import {
  planStudy,
  runStudy,
  StudyCancelled,
  type StudyPlan,
  type StudyRun,
  studyErrorText,
} from "./sensitivity-study";
import { parameterTable } from "./sensitivity-tables";
import { DEFAULT_TEXT, LABELS, readSettings, type SettingsText } from "./study-settings";
import "./sensitivity.css";

/** Props of the panel. */
export interface SensitivityPanelProps {
  /** The lab's current valid scenario (null while the YAML is invalid). */
  scenario: Scenario | null;
}

type Phase =
  | { kind: "idle" }
  | { kind: "confirming" }
  | { kind: "running"; done: number; total: number; round: number }
  | { kind: "done"; result: SensitivityResult; scenario: Scenario; seconds: number; study: number }
  | { kind: "cancelled"; done: number; total: number }
  | { kind: "failed"; message: string };

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

/** What the study costs, in one sentence. */
function costText(plan: StudyPlan, events: number, bisect: number): string {
  const t = plan.scenario.topologies.length;
  const r = plan.scenario.replications;
  const what = `${plan.points} points × ${t} ${t === 1 ? "topology" : "topologies"} × ${r} ${r === 1 ? "replication" : "replications"} = ${plan.runs.toLocaleString("en-US")} runs`;
  const more =
    plan.runsPerFlipRound > 0
      ? `, then up to ${bisect} bisection rounds of ${plan.runsPerFlipRound} runs per verdict flip`
      : "";
  return `${what}${more}; about ${formatEvents(events)} simulated events.`;
}

/** The panel. */
export function SensitivityPanel({ scenario }: SensitivityPanelProps) {
  const id = useId();
  const [fields, setFields] = useState<SettingsText>(DEFAULT_TEXT);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const pool = useRef<TaskPool | null>(null);
  const current = useRef<StudyRun | null>(null);
  const studies = useRef(0);
  const workers = useMemo(workerCount, []);
  useEffect(
    () => () => {
      current.current?.cancel();
      pool.current?.dispose();
    },
    [],
  );

  const { settings, problems } = useMemo(() => readSettings(fields), [fields]);
  const planned = useMemo((): { plan: StudyPlan; events: number } | { error: string } | null => {
    if (scenario === null) return null;
    try {
      const plan = planStudy(scenario, settings);
      return { plan, events: plan.runs * estimateEvents(plan.scenario) };
    } catch (error) {
      return { error: studyErrorText(error) };
    }
  }, [scenario, settings]);
  const plan = planned !== null && "plan" in planned ? planned : null;
  const heavy = plan !== null && (plan.plan.runs > HEAVY.runs || plan.events > HEAVY.events);
  const running = phase.kind === "running";
  const canRun = plan !== null && Object.keys(problems).length === 0 && !running;

  const start = () => {
    if (plan === null || !canRun) return;
    current.current?.cancel();
    pool.current ??= new TaskPool(typeof Worker === "undefined" ? inProcessEndpoint : browserEndpoint, {
      size: workers,
      // Cancel ends busy workers at once (fresh ones start with the next study).
      terminateAfterMs: 0,
    });
    const started = performance.now();
    const studied = scenario!;
    const study = ++studies.current;
    setPhase({ kind: "running", done: 0, total: plan.plan.runs, round: 0 });
    // The first progress report comes before `runStudy` returns: the run is told apart by its number.
    const run: StudyRun = runStudy(pool.current, plan.plan, settings, (done, total, round) => {
      if (studies.current === study && current.current !== null)
        setPhase({ kind: "running", done, total, round });
    });
    current.current = run;
    run.result.then(
      (result) => {
        if (current.current !== run) return;
        current.current = null;
        setPhase({ kind: "done", result, scenario: studied, seconds: performance.now() - started, study });
      },
      (error: unknown) => {
        if (current.current !== run) return;
        current.current = null;
        if (!(error instanceof StudyCancelled)) setPhase({ kind: "failed", message: studyErrorText(error) });
      },
    );
  };

  const cancel = () => {
    const run = current.current;
    if (run === null || phase.kind !== "running") return;
    current.current = null;
    run.cancel();
    setPhase({ kind: "cancelled", done: phase.done, total: phase.total });
  };

  const field = (key: "replications" | "trajectories" | "bisect", help: string) => (
    <div className="sensitivity-field">
      <label htmlFor={`${id}-${key}`}>{LABELS[key]}</label>
      <input
        id={`${id}-${key}`}
        type="text"
        inputMode="numeric"
        value={fields[key]}
        disabled={running}
        aria-invalid={problems[key] !== undefined}
        aria-describedby={`${id}-${key}-help`}
        onChange={(e) => setFields({ ...fields, [key]: e.target.value })}
      />
      <p id={`${id}-${key}-help`} className={problems[key] ? "help error" : "help"}>
        {problems[key] ?? help}
      </p>
    </div>
  );

  let status = "";
  if (phase.kind === "running")
    status = `Study running: ${phase.done} of ${phase.total} runs${phase.round > 0 ? ` (bisection round ${phase.round})` : ""} on ${workers} ${workers === 1 ? "worker" : "workers"}.`;
  else if (phase.kind === "done")
    status = `Study done: ${phase.result.runs} runs in ${seconds(phase.seconds)}.`;
  else if (phase.kind === "cancelled") status = `Study cancelled after ${phase.done} of ${phase.total} runs.`;
  else if (phase.kind === "failed") status = `Study failed: ${phase.message}`;

  return (
    <section className="sensitivity-panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Sensitivity of the verdicts</h2>
      <p className="help">
        Which assumptions move each objective of each topology most, and which would flip its verdict and at
        what value, as <code>resilab sensitivity</code> computes it: every point runs the same seeds, so a
        difference is the parameter's effect, not noise.
      </p>
      {scenario === null ? (
        <p>The study can be set up once the YAML describes a valid scenario.</p>
      ) : planned !== null && "error" in planned ? (
        <p role="alert" className="help error">
          This scenario cannot be studied: {planned.error}
        </p>
      ) : (
        plan !== null && (
          <>
            <h3 id={`${id}-params`}>Assumptions that will be varied</h3>
            <p className="help">
              {plan.plan.defaults
                ? "The scenario lists no assumptions: the default set, each at 0.5×–2× (every fault class's time between failures and time to repair, then platform timings). Add an assumptions: block to choose your own."
                : `The scenario's assumptions: block, ${plan.plan.parameters.length} parameter${plan.plan.parameters.length === 1 ? "" : "s"}.`}
            </p>
            <TextTableView
              className="sensitivity-table"
              table={parameterTable(plan.plan.parameters)}
              caption="Parameters and their ranges"
            />
          </>
        )
      )}
      <form
        className="sensitivity-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!canRun) return;
          if (heavy && phase.kind !== "confirming") setPhase({ kind: "confirming" });
          else start();
        }}
      >
        <div className="sensitivity-field">
          <label htmlFor={`${id}-method`}>{LABELS.method}</label>
          <select
            id={`${id}-method`}
            value={fields.method}
            disabled={running}
            aria-describedby={`${id}-method-help`}
            onChange={(e) => setFields({ ...fields, method: e.target.value })}
          >
            <option value="tornado">Tornado (one at a time, locates flips)</option>
            <option value="morris">Morris elementary effects</option>
          </select>
          <p id={`${id}-method-help`} className={problems.method ? "help error" : "help"}>
            {problems.method ?? "Tornado: the base, then each parameter at its low and high end."}
          </p>
        </div>
        {field("replications", "Runs per topology at each point (the CLI's --replications).")}
        {fields.method === "morris"
          ? field("trajectories", "Seeded one-at-a-time paths; each costs (parameters + 1) points.")
          : field("bisect", "Rounds that narrow where each flip lies; 0: interpolate only.")}
        <p className="sensitivity-cost" id={`${id}-cost`}>
          {plan !== null ? costText(plan.plan, plan.events, settings.bisect) : ""}
        </p>
        {phase.kind === "confirming" && plan !== null && (
          <p className="heavy-note" role="alert">
            {`Heavy study: ${plan.plan.runs.toLocaleString("en-US")} runs, about ${formatEvents(plan.events)} simulated events. It may take minutes; the lab stays usable and Cancel stops it. Start it?`}
          </p>
        )}
        <div className="sensitivity-actions">
          <button type="submit" className="primary" disabled={!canRun} aria-describedby={`${id}-cost`}>
            {phase.kind === "confirming" ? "Start heavy study" : "Run study"}
          </button>
          {phase.kind === "confirming" && (
            <button type="button" onClick={() => setPhase({ kind: "idle" })}>
              Not now
            </button>
          )}
          <button type="button" onClick={cancel} disabled={!running}>
            Cancel study
          </button>
        </div>
      </form>
      <progress
        max={phase.kind === "running" || phase.kind === "cancelled" ? phase.total || 1 : 1}
        value={
          phase.kind === "running" || phase.kind === "cancelled" ? phase.done : phase.kind === "done" ? 1 : 0
        }
        aria-label="Sensitivity study progress"
      />
      <p
        className={phase.kind === "failed" ? "sensitivity-status error" : "sensitivity-status"}
        role="status"
      >
        {status}
      </p>
      {phase.kind === "done" && (
        <SensitivityResults key={phase.study} result={phase.result} stale={phase.scenario !== scenario} />
      )}
    </section>
  );
}
