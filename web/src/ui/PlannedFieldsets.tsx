/**
 * The form's groups for the scenario-wide blocks added with on-call people and planned changes:
 * `people` (week start, response, the on-call shifts) and `maintenance` (the weekly window and
 * the planned changes). The two lists are edited with small row editors — each row's scalars as
 * checked text fields, add and remove buttons — because their rows are short and their fields
 * plain values; a row's distribution (a shift's response) is shown with its YAML line and edited
 * there, since a distribution has a dozen shapes the text writes better than a form.
 */
import { formatDistribution, type PlannedChange, type Scenario } from "@resilab/sim-core";
import { type ReactNode, useId, useState } from "react";
import {
  addChange,
  addPeople,
  addShift,
  addWindow,
  CHANGES_PATH,
  removeRow,
  rowKeys,
  SCHEDULE_PATH,
  WINDOW_PATH,
  writeRowField,
  yamlLine,
} from "../scenario/list-edits";
import {
  CHANGE_STRATEGIES,
  CONTROLLER_CHANGE_KINDS,
  changeFields,
  changeValues,
  SHIFT_FIELDS,
  shiftValues,
  WEEK_START_FIELD,
  WINDOW_FIELDS,
  weekStartText,
  windowValues,
} from "../scenario/list-rows";
import { setScalar } from "../yaml/yaml-edit";
import { RowFieldInput, YamlOnlyValue } from "./RowFieldInput";

/** Props of both groups. */
export interface PlannedFieldsetProps {
  text: string;
  scenario: Scenario;
  edit(change: (text: string) => string): void;
}

/** A row of a list: a level-3 heading naming it, its fields grouped under that name. */
function Row(props: { title: string; children: ReactNode; onRemove?: () => void; removable: boolean }) {
  const id = useId();
  return (
    <div className="knob-group">
      <h3 className="group-title" id={id}>
        {props.title}
      </h3>
      {props.children}
      {props.onRemove && (
        <button type="button" onClick={props.onRemove} disabled={!props.removable}>
          Remove {props.title.toLowerCase()}
        </button>
      )}
    </div>
  );
}

/** `people`: who is paged, by time of the week. */
export function PeopleFieldset({ text, scenario, edit }: PlannedFieldsetProps) {
  const people = scenario.people;
  const shiftKeys = rowKeys(text, SCHEDULE_PATH, people?.schedule?.length ?? 0);
  return (
    <fieldset>
      <legend>People on call</legend>
      {people === undefined ? (
        <>
          <p className="help">
            No on-call people: repairs start at once (a manual failover pages the default schedule).
          </p>
          <button type="button" onClick={() => edit(addPeople)}>
            Add on-call people
          </button>
        </>
      ) : (
        <>
          <RowFieldInput
            field={WEEK_START_FIELD}
            label="Week starts at (day and time at simulation time 0)"
            path="people.weekStart"
            value={weekStartText(people.weekStart ?? 0)}
            onWrite={(raw) => edit((t) => writeRowField(t, ["people"], WEEK_START_FIELD, raw))}
          />
          <YamlOnlyValue
            label="Response outside every shift"
            value={formatDistribution(people.response)}
            line={yamlLine(text, ["people", "response"])}
          />
          {(people.schedule ?? []).map((shift, i) => {
            const at = [...SCHEDULE_PATH, i];
            const values = shiftValues(shift);
            return (
              <Row
                key={shiftKeys[i]}
                title={`Shift ${i + 1}`}
                removable
                onRemove={() => edit((t) => removeRow(t, SCHEDULE_PATH, i))}
              >
                {SHIFT_FIELDS.map((f) => (
                  <RowFieldInput
                    key={f.key}
                    field={f}
                    label={f.label}
                    context={`Shift ${i + 1}`}
                    path={[...at, f.key].join(".")}
                    value={values[f.key] ?? ""}
                    onWrite={(raw) => edit((t) => writeRowField(t, at, f, raw))}
                  />
                ))}
                <YamlOnlyValue
                  label="Response"
                  value={formatDistribution(shift.response)}
                  line={yamlLine(text, [...at, "response"])}
                />
              </Row>
            );
          })}
          <button type="button" onClick={() => edit(addShift)}>
            Add a shift
          </button>
        </>
      )}
    </fieldset>
  );
}

const KINDS: readonly PlannedChange["kind"][] = ["plugin-update", "controller-upgrade", "node-drain"];

/** A controller change's kind and rollout strategy (a node drain has neither choice). */
function ChangeChoices({
  change,
  index,
  edit,
}: {
  change: PlannedChange;
  index: number;
  edit: PlannedFieldsetProps["edit"];
}) {
  const id = useId();
  if (change.kind === "node-drain")
    return <p className="help">Kind: node-drain (platform nodes drained and rebooted).</p>;
  const at = [...CHANGES_PATH, index];
  return (
    <>
      <div className="knob">
        <label htmlFor={`${id}-kind`} className="knob-label">
          Kind
        </label>
        <select
          id={`${id}-kind`}
          value={change.kind}
          onChange={(e) => edit((t) => setScalar(t, [...at, "kind"], e.target.value))}
        >
          {CONTROLLER_CHANGE_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </div>
      <div className="knob">
        <label htmlFor={`${id}-strategy`} className="knob-label">
          Rolled out
        </label>
        <select
          id={`${id}-strategy`}
          value={change.strategy ?? ""}
          aria-describedby={`${id}-strategy-help`}
          onChange={(e) => edit((t) => setScalar(t, [...at, "strategy"], e.target.value))}
        >
          {change.strategy === undefined && <option value="">each topology's own strategy</option>}
          {CHANGE_STRATEGIES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <p id={`${id}-strategy-help`} className="help">
          blue-green needs a cutover below.
        </p>
      </div>
    </>
  );
}

/** `maintenance`: the weekly window and the planned changes. */
export function MaintenanceFieldset({ text, scenario, edit }: PlannedFieldsetProps) {
  const maintenance = scenario.maintenance;
  const changeKeys = rowKeys(text, CHANGES_PATH, maintenance?.changes.length ?? 0);
  const [kind, setKind] = useState<PlannedChange["kind"]>("plugin-update");
  return (
    <fieldset>
      <legend>Planned changes</legend>
      {maintenance === undefined && <p className="help">No planned changes: every outage is unplanned.</p>}
      {maintenance !== undefined &&
        (maintenance.window === undefined ? (
          <button type="button" onClick={() => edit(addWindow)}>
            Add a weekly maintenance window
          </button>
        ) : (
          <Row title="Maintenance window" removable={false}>
            {WINDOW_FIELDS.map((f) => (
              <RowFieldInput
                key={f.key}
                field={f}
                label={f.label}
                path={[...WINDOW_PATH, f.key].join(".")}
                value={windowValues(maintenance.window!)[f.key] ?? ""}
                onWrite={(raw) => edit((t) => writeRowField(t, WINDOW_PATH, f, raw))}
              />
            ))}
          </Row>
        ))}
      {maintenance?.changes.map((change, i) => {
        const at = [...CHANGES_PATH, i];
        const values = changeValues(change);
        return (
          <Row
            key={changeKeys[i]}
            title={`Change ${i + 1}`}
            removable={maintenance.changes.length > 1}
            onRemove={() => edit((t) => removeRow(t, CHANGES_PATH, i))}
          >
            <ChangeChoices change={change} index={i} edit={edit} />
            {changeFields(change).map((f) => (
              <RowFieldInput
                key={f.key}
                field={f}
                label={f.label}
                context={`Change ${i + 1}`}
                path={[...at, f.key].join(".")}
                value={values[f.key] ?? ""}
                onWrite={(raw) => edit((t) => writeRowField(t, at, f, raw))}
              />
            ))}
          </Row>
        );
      })}
      <div className="add-row">
        <label>
          Add a planned change{" "}
          <select value={kind} onChange={(e) => setKind(e.target.value as PlannedChange["kind"])}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => edit((t) => addChange(t, kind))}>
          Add
        </button>
      </div>
    </fieldset>
  );
}
