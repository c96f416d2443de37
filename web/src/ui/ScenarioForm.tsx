/**
 * The form for the knobs that matter: the experiment, the workload, failures per layer, the
 * on-call people and planned changes (row editors, `PlannedFieldsets`), each topology (preset,
 * controllers, executors, buffers, failover, in-flight and trigger policies, optional parts) and
 * the service-level objectives. Every change is a targeted edit of the YAML text, so the
 * text stays the single source of truth and keeps its comments.
 */
import { PRESETS } from "@resilab/scenarios";
import { expandTopology, formatDistribution, type Scenario } from "@resilab/sim-core";
import { useMemo, useState } from "react";
import { pageRange } from "../charts/topology-page";
import {
  experimentKnobs,
  FAILURE_CLASS_LABEL,
  FAILURE_CLASSES,
  type FailureClass,
  failureKnobs,
  workloadKnobs,
} from "../scenario/knobs";
import { yamlLine } from "../scenario/list-edits";
import { appendItem, removeItem, setScalar, yamlScalar } from "../yaml/yaml-edit";
import { nodeAt, type YPath } from "../yaml/yaml-nodes";
import { readYaml } from "../yaml/yaml-tree";
import { TextItem } from "./form-fields";
import { TextInvalidContext } from "./form-validity";
import { KnobField, typedScalar } from "./KnobField";
import { Pager } from "./Pager";
import { MaintenanceFieldset, PeopleFieldset } from "./PlannedFieldsets";
import { YamlOnlyValue } from "./RowFieldInput";
import { TopologyCard } from "./TopologyCard";

/** Failure modes that may have their own repair distribution (`faults.<class>.repairByMode`). */
const REPAIR_MODES = ["crash", "hang", "slow"] as const;

/** Props of the form. */
export interface ScenarioFormProps {
  text: string;
  /** The scenario whose values the form shows (the last valid one while the text has errors). */
  scenario: Scenario;
  /** Problems in the current text (the form says so, but stays usable to fix them). */
  problems: number;
  edit(change: (text: string) => string, how?: "commit" | "slider"): void;
}

function uniqueName(scenario: Scenario, preset: string): string | null {
  const names = scenario.topologies.map((t, i) => expandTopology(t, i).name);
  if (!names.includes(preset)) return null;
  for (let k = 2; ; k++) if (!names.includes(`${preset}-${k}`)) return `${preset}-${k}`;
}

/** The scenario form. */
export function ScenarioForm({ text, scenario, problems, edit }: ScenarioFormProps) {
  const tree = useMemo(() => readYaml(text), [text]);
  const [newPreset, setNewPreset] = useState<string>("resilient-decoupled");
  // Hundreds of topologies are edited a page at a time (the YAML has them all).
  const [topologyPage, setTopologyPage] = useState(0);
  const shownTopologies = pageRange(scenario.topologies.length, topologyPage);
  const [newClass, setNewClass] = useState<FailureClass | "">("");
  const write =
    (path: YPath) =>
    (raw: string, how: "commit" | "slider" = "commit") =>
      edit((t) => setScalar(t, path, raw), how);
  const classes = FAILURE_CLASSES.filter((c) => scenario.faults[c] !== undefined);
  const missingClasses = FAILURE_CLASSES.filter((c) => scenario.faults[c] === undefined);
  const slo = nodeAt(tree, ["slo"]);
  const objectives = slo?.kind === "seq" ? slo.items : [];

  if (tree === null) {
    return (
      <div className="form-unavailable" role="status">
        <p>
          <strong>The form is paused.</strong> The text is not well-formed YAML yet, or it uses YAML features
          the form does not edit (anchors, aliases, tags, several documents). Edit the text directly; the form
          comes back when it can place its changes safely.
        </p>
      </div>
    );
  }

  return (
    <TextInvalidContext.Provider value={problems > 0}>
      <form className="scenario-form" onSubmit={(e) => e.preventDefault()} aria-label="Scenario form">
        {problems > 0 && (
          <p className="form-warning" role="status">
            The YAML has {problems === 1 ? "a problem" : `${problems} problems`}; the form shows the last
            valid values.
          </p>
        )}
        <fieldset>
          <legend>Experiment</legend>
          <div className="knob">
            <label htmlFor="seed-input" className="knob-label">
              Seed
            </label>
            <input
              id="seed-input"
              type="number"
              min={0}
              step={1}
              value={scenario.seed}
              onChange={(e) => {
                const v = Number(e.target.value);
                if (Number.isInteger(v) && v >= 0) write(["seed"])(String(v));
              }}
            />
            <p className="help">Equal seeds give byte-identical results, here and in the CLI.</p>
          </div>
          {experimentKnobs().map((k) => (
            <KnobField key={k.id} knob={k} scenario={scenario} onWrite={write(k.path)} />
          ))}
        </fieldset>

        <fieldset>
          <legend>Workload</legend>
          {workloadKnobs(scenario).map((k) => (
            <KnobField key={k.id} knob={k} scenario={scenario} onWrite={write(k.path)} />
          ))}
        </fieldset>

        <fieldset>
          <legend>Failures per layer</legend>
          {classes.length === 0 && <p className="help">No failure classes: only scripted chaos, if any.</p>}
          {classes.map((c) => (
            <div key={c} className="knob-group">
              <h3 className="group-title">{FAILURE_CLASS_LABEL[c]}</h3>
              {failureKnobs(c).map((k) => (
                <KnobField
                  key={k.id}
                  knob={{ ...k, label: k.label.replace(/^.*?: /, "") }}
                  scenario={scenario}
                  onWrite={write(k.path)}
                />
              ))}
              {REPAIR_MODES.map((mode) => {
                const spec = scenario.faults[c]?.repairByMode?.[mode];
                return spec === undefined ? null : (
                  <YamlOnlyValue
                    key={mode}
                    label={`Repair after a ${mode}`}
                    value={formatDistribution(spec)}
                    line={yamlLine(text, ["faults", c, "repairByMode", mode])}
                  />
                );
              })}
            </div>
          ))}
          {missingClasses.length > 0 && (
            <div className="add-row">
              <label>
                Add failures of{" "}
                <select value={newClass} onChange={(e) => setNewClass(e.target.value as FailureClass | "")}>
                  <option value="">choose a layer…</option>
                  {missingClasses.map((c) => (
                    <option key={c} value={c}>
                      {FAILURE_CLASS_LABEL[c]}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                disabled={newClass === ""}
                onClick={() => {
                  if (newClass === "") return;
                  edit((t) =>
                    setScalar(
                      setScalar(t, ["faults", newClass, "mtbf"], "30d"),
                      ["faults", newClass, "mttr"],
                      "1h",
                    ),
                  );
                  setNewClass("");
                }}
              >
                Add
              </button>
            </div>
          )}
        </fieldset>

        <PeopleFieldset text={text} scenario={scenario} edit={edit} />
        <MaintenanceFieldset text={text} scenario={scenario} edit={edit} />

        <fieldset>
          <legend>Topologies</legend>
          <Pager
            label="Topologies in the form"
            count={scenario.topologies.length}
            page={topologyPage}
            onPage={setTopologyPage}
          />
          {scenario.topologies.slice(shownTopologies.from, shownTopologies.to).map((spec, k) => {
            const i = shownTopologies.from + k;
            return (
              <TopologyCard
                key={expandTopology(spec, i).name}
                scenario={scenario}
                index={i}
                edit={edit}
                write={write}
              />
            );
          })}
          <div className="add-row">
            <label>
              Add a topology{" "}
              <select value={newPreset} onChange={(e) => setNewPreset(e.target.value)}>
                {PRESETS.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              onClick={() => {
                const name = uniqueName(scenario, newPreset);
                edit((t) =>
                  appendItem(
                    t,
                    ["topologies"],
                    name === null ? `preset: ${newPreset}` : `name: ${name}\npreset: ${newPreset}`,
                  ),
                );
              }}
            >
              Add
            </button>
          </div>
        </fieldset>

        <fieldset>
          <legend>Service level</legend>
          <p className="help">
            One objective per line, e.g. <code>p99 outageDuration &lt;= 5m</code> (a team's service down),{" "}
            <code>p99 interruptionRecovery &lt;= 2m</code> (interrupted work running again) or{" "}
            <code>availability &gt;= 99.9%</code>.
          </p>
          {objectives.map((item, i) =>
            item.value?.kind === "scalar" ? (
              <TextItem
                key={item.start}
                label={`Objective ${i + 1}`}
                value={item.value.value}
                onCommit={(v) => edit((t) => setScalar(t, ["slo", i], typedScalar(v)))}
                onRemove={() => edit((t) => removeItem(t, ["slo"], i))}
              />
            ) : (
              <p key={item.start} className="help">
                Objective {i + 1} is written as a mapping; edit it in the YAML.
              </p>
            ),
          )}
          <button
            type="button"
            onClick={() => edit((t) => appendItem(t, ["slo"], yamlScalar("p99 outageDuration <= 5m")))}
            disabled={slo?.kind !== "seq"}
          >
            Add an objective
          </button>
        </fieldset>
      </form>
    </TextInvalidContext.Provider>
  );
}
