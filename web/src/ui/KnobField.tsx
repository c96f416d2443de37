/**
 * One knob: a slider for what-if moves and a text field for exact values in the scenario
 * format's own words ("45m", "99.5%", "unlimited"). Both write the YAML; what they show is read
 * back from the validated scenario, so the form never disagrees with the text.
 */
import type { Scenario } from "@resilab/sim-core";
import { useContext, useEffect, useId, useState } from "react";
import {
  formatKnobValue,
  type NumericKnob,
  positionOf,
  SLIDER_STEPS,
  valueForMove,
} from "../scenario/knob-values";
import { yamlScalar } from "../yaml/yaml-edit";
import { readYaml } from "../yaml/yaml-tree";
import { TextInvalidContext } from "./form-validity";

/** Typed text as YAML: verbatim when it reads back as a plain scalar, quoted otherwise. */
export function typedScalar(text: string): string {
  const trimmed = text.trim();
  const root = readYaml(`k: ${trimmed}\n`);
  const node = root?.kind === "map" ? root.pairs[0]?.value : undefined;
  return node?.kind === "scalar" && node.style === "plain" && node.value === trimmed
    ? trimmed
    : yamlScalar(trimmed);
}

/** Props of a knob field. */
export interface KnobFieldProps {
  knob: NumericKnob;
  scenario: Scenario;
  /** Writes `raw` YAML at the knob's path. */
  /** Writes `raw` YAML at the knob's path; `slider` while a slider moves (the re-run waits a moment). */
  onWrite(raw: string, how?: "commit" | "slider"): void;
}

/** Slider + text field for a numeric knob. */
export function KnobField({ knob, scenario, onWrite }: KnobFieldProps) {
  const id = useId();
  const value = knob.read(scenario);
  const shown = value === undefined ? "" : formatKnobValue(knob.unit, value);
  const [draft, setDraft] = useState(shown);
  const [editing, setEditing] = useState(false);
  // What this field last wrote, while the YAML is invalid: the form shows the last valid
  // scenario then, and the field keeps what was typed (marked invalid) instead of snapping back.
  const textInvalid = useContext(TextInvalidContext);
  const [written, setWritten] = useState<string | null>(null);
  const pending = textInvalid ? written : null;
  useEffect(() => {
    if (!textInvalid) setWritten(null);
  }, [textInvalid]);
  useEffect(() => {
    if (!editing) setDraft(pending ?? shown);
  }, [shown, editing, pending]);
  if (value === undefined) return null;
  const commit = () => {
    setEditing(false);
    if (draft.trim() !== "" && draft !== shown) {
      setWritten(draft);
      onWrite(typedScalar(draft));
    } else setDraft(shown);
  };
  return (
    <div className="knob">
      <label htmlFor={`${id}-range`} className="knob-label">
        {knob.label}
      </label>
      <div className="knob-inputs">
        <input
          id={`${id}-range`}
          type="range"
          min={0}
          max={SLIDER_STEPS}
          step={1}
          value={positionOf(knob, value)}
          aria-valuetext={shown}
          aria-describedby={`${id}-help`}
          onChange={(e) => {
            const to = Number(e.target.value);
            const v = valueForMove(knob, value, positionOf(knob, value), to);
            onWrite(
              formatKnobValue(
                knob.unit,
                knob.unlimited && to === SLIDER_STEPS ? Number.POSITIVE_INFINITY : v,
              ),
              "slider",
            );
          }}
        />
        <input
          type="text"
          className="knob-text"
          aria-label={`${knob.label}, exact value`}
          value={draft}
          aria-invalid={pending !== null && draft === pending}
          title={
            pending !== null && draft === pending
              ? "Not applied: the YAML lists the problem with this value"
              : undefined
          }
          spellCheck={false}
          onFocus={() => setEditing(true)}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === "Enter") commit();
            if (e.key === "Escape") {
              setDraft(shown);
              setEditing(false);
            }
          }}
        />
      </div>
      <p id={`${id}-help`} className="help">
        {knob.help}
      </p>
    </div>
  );
}
