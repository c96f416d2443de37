/**
 * Sweeps: pick any numeric knob, list its values, run the comparison at each value, and see each
 * objective's estimate per topology as curves against its target, with the cheapest design
 * that meets every objective. The sweep report exports exactly as the CLI writes it.
 */
import { formatNumber, sweepCurvesChart, sweepCurvesSets } from "@resilab/reports";
import type { Scenario, SweepSpec } from "@resilab/sim-core";
import { useMemo, useRef, useState } from "react";
import { ChartCard } from "../charts/ChartCard";
import { SafeSvg } from "../charts/SafeSvg";
import { sweepAxisData } from "../charts/sweep-axis";
import { formatKnobValue, type KnobUnit } from "../scenario/knob-values";
import { customKnob, sweepableKnobs, sweepParameter } from "../scenario/knobs";
import { parseSweepValues, suggestSweepValues } from "../scenario/sweep-values";
import type { SweepView } from "../state/lab-state";
import { safeFileName } from "./download";

/** Props of the sweep panel. */
export interface SweepPanelProps {
  scenario: Scenario | null;
  view: SweepView | null;
  running: boolean;
  onRun(spec: SweepSpec, knob: { label: string; unit: KnobUnit }): void;
  /** Downloads the finished sweep's report or result as `fileName` (written from the full result). */
  onExport(format: "json" | "html", fileName: string): void;
}

function SweepChart({
  markup,
  title,
  stem,
}: {
  markup: (width: number) => string;
  title: string;
  stem: string;
}) {
  const last = useRef<string | null>(null);
  return (
    <ChartCard
      title={title}
      caption="Lines: the estimate per topology at each swept value; bands: its confidence interval; dashed: the target."
      fileStem={stem}
      render={(width) => {
        last.current = markup(width);
        return <SafeSvg markup={last.current} />;
      }}
      exportSvg={() => last.current}
    />
  );
}

/** The sweep panel. */
export function SweepPanel({ scenario, view, running, onRun, onExport }: SweepPanelProps) {
  const knobs = useMemo(() => (scenario === null ? [] : sweepableKnobs(scenario)), [scenario]);
  const [knobId, setKnobId] = useState<string>("faults-controller-mttr");
  const [customPath, setCustomPath] = useState("workload.pipeline.stages.1.flakyProbability");
  const knob =
    knobId === "custom" ? customKnob(customPath.trim()) : (knobs.find((k) => k.id === knobId) ?? knobs[0]);
  const [valuesText, setValuesText] = useState<string | null>(null);
  const suggestion = knob && scenario ? suggestSweepValues(knob, knob.read(scenario) ?? knob.min) : "";
  const text = valuesText ?? suggestion;
  const parsed = knob ? parseSweepValues(knob, text) : null;
  const sweep = view?.picture.result ?? null;
  const stem = sweep ? `${safeFileName(sweep.scenario.name)}-sweep` : "sweep";
  const sets = useMemo(() => (sweep ? sweepCurvesSets(sweep) : []), [sweep]);
  const runs =
    scenario && parsed?.ok ? parsed.values.length * scenario.topologies.length * scenario.replications : 0;

  return (
    <section className="sweep" aria-labelledby="sweep-h" id="sweep">
      <h2 id="sweep-h">Sweep a parameter</h2>
      <p className="help">
        Runs the comparison at each value of one parameter and draws each objective's estimate per topology
        against its target, with the cheapest design that meets every objective.
      </p>
      <form
        className="sweep-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (knob && parsed?.ok)
            onRun(
              { parameter: sweepParameter(knob), values: parsed.values },
              { label: knob.label, unit: knob.unit },
            );
        }}
      >
        <label>
          Parameter{" "}
          <select
            value={knob?.id ?? ""}
            onChange={(e) => {
              setKnobId(e.target.value);
              setValuesText(null);
            }}
            disabled={knobs.length === 0}
          >
            {knobs.map((k) => (
              <option key={k.id} value={k.id}>
                {k.label}
              </option>
            ))}
            <option value="custom">Any numeric field (dotted path)…</option>
          </select>
        </label>
        {knobId === "custom" && (
          <label>
            Path{" "}
            <input
              type="text"
              className="path-input"
              value={customPath}
              spellCheck={false}
              onChange={(e) => {
                setCustomPath(e.target.value);
                setValuesText(null);
              }}
            />
          </label>
        )}
        <label>
          Values{" "}
          <input
            type="text"
            value={text}
            onChange={(e) => setValuesText(e.target.value)}
            aria-invalid={parsed?.ok === false}
            aria-describedby="sweep-values-help"
            spellCheck={false}
          />
        </label>
        <button type="submit" className="primary" disabled={!parsed?.ok || scenario === null}>
          Run sweep
        </button>
        <p id="sweep-values-help" className={parsed?.ok === false ? "help error" : "help"}>
          {parsed?.ok === false
            ? `Values: ${parsed.error}.`
            : `Comma-separated, ${knob?.unit === "number" ? "in sim-core units (seconds, fractions, per hour)" : "in the knob's unit"}. ${runs} runs${running ? " (replaces the running job)" : ""}.`}
        </p>
      </form>
      {view !== null && sweep !== null && (
        <div className="sweep-results" aria-busy={!view.picture.final}>
          <p className="headline">
            {sweep.cheapest
              ? `Cheapest design meeting every objective: ${sweep.cheapest.topology} at ${view.label} = ${formatKnobValue(view.unit, sweep.cheapest.value)} (${formatNumber(sweep.cheapest.costPerHour)} per hour, in the currency of the scenario's unit prices).`
              : `No design meets every objective at any value of ${view.label}.`}
            {!view.picture.final &&
              ` Based on ${view.picture.replications} of ${view.picture.of} replications so far.`}
          </p>
          <div className="export-row">
            <button
              type="button"
              disabled={!view.picture.final}
              onClick={() => onExport("html", `${stem}-report.html`)}
            >
              Export sweep report (HTML)
            </button>
            <button
              type="button"
              disabled={!view.picture.final}
              onClick={() => onExport("json", `${stem}-result.json`)}
            >
              Export sweep result (JSON)
            </button>
          </div>
          <div className="charts">
            {sets.map((d) => (
              <SweepChart
                key={`${d.metric}-${d.quantity}`}
                title={`${d.quantity} against ${view.label}`}
                stem={`${stem}-${safeFileName(d.quantity)}`}
                markup={(width) =>
                  // The knob's name and unit on the axis; the quantity alone as the title, so
                  // it fits (the card's heading says what it is plotted against).
                  sweepCurvesChart(sweepAxisData(d, view.label, view.unit), { width, title: d.quantity })
                }
              />
            ))}
          </div>
        </div>
      )}
    </section>
  );
}
