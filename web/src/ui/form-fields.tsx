/**
 * Small form fields of the scenario form: a choice knob's select and a text item committed on
 * Enter or blur. Both write through the YAML text, like every other control.
 */
import type { Scenario } from "@resilab/sim-core";
import { useId, useState } from "react";
import type { ChoiceKnob } from "../scenario/knobs";

/** A select for a choice knob, showing the composed value (preset defaults included). */
export function ChoiceField({
  knob,
  scenario,
  write,
}: {
  knob: ChoiceKnob;
  scenario: Scenario;
  write: (raw: string) => void;
}) {
  const id = useId();
  const value = knob.read(scenario);
  if (value === undefined) return null;
  return (
    <div className="knob">
      <label htmlFor={id} className="knob-label">
        {knob.label}
      </label>
      <select id={id} value={value} onChange={(e) => write(e.target.value)} aria-describedby={`${id}-help`}>
        {knob.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
      <p id={`${id}-help`} className="help">
        {knob.help}
      </p>
    </div>
  );
}

/** A text field committed on Enter or blur (Escape reverts), with an optional Remove button. */
export function TextItem(props: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  onRemove?: () => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft.trim() !== "" && draft !== props.value) props.onCommit(draft.trim());
    setDraft(null);
  };
  return (
    <div className="text-item">
      <input
        type="text"
        aria-label={props.label}
        value={draft ?? props.value}
        spellCheck={false}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
          if (e.key === "Escape") setDraft(null);
        }}
      />
      {props.onRemove && (
        <button type="button" onClick={props.onRemove} aria-label={`Remove ${props.label}`}>
          Remove
        </button>
      )}
    </div>
  );
}
