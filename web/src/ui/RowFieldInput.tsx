/**
 * Pieces of the row editors: a labelled text field that checks what was typed before writing it
 * (the message names the field, the value and what is allowed, announced to screen readers), and
 * a read-only line for a value the form leaves to the YAML (a distribution), saying where it is.
 */
import { useId, useState } from "react";
import { type RowField, rowWrite } from "../scenario/list-rows";

/** Props of a row field. */
export interface RowFieldInputProps {
  field: RowField;
  /** Visible label, e.g. "From hour". */
  label: string;
  /** The row, read before the label by screen readers ("Shift 1"), as several rows share labels. */
  context?: string;
  /** Dotted YAML path, named in the message of a bad value. */
  path: string;
  value: string;
  /** Writes the checked YAML. */
  onWrite(raw: string): void;
}

/** A text field committed on Enter or blur (Escape reverts); a bad value is not written. */
export function RowFieldInput({ field, label, context, path, value, onWrite }: RowFieldInputProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const commit = () => {
    if (draft === null || draft.trim() === value || draft.trim() === "") {
      setDraft(null);
      setProblem(null);
      return;
    }
    const w = rowWrite(field, path, draft);
    if (w.ok) {
      setDraft(null);
      setProblem(null);
      onWrite(w.raw);
    } else setProblem(w.message);
  };
  return (
    <div className="knob row-field">
      <label htmlFor={id} className="knob-label">
        {context !== undefined && <span className="visually-hidden">{context}: </span>}
        {label}
      </label>
      <input
        id={id}
        type="text"
        className="knob-text"
        value={draft ?? value}
        spellCheck={false}
        aria-invalid={problem !== null}
        aria-describedby={problem === null ? undefined : `${id}-problem`}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            commit();
          }
          if (e.key === "Escape") {
            setDraft(null);
            setProblem(null);
          }
        }}
      />
      {problem !== null && (
        <p id={`${id}-problem`} className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/** A value edited in the YAML only, shown with the line it is on. */
export function YamlOnlyValue({
  label,
  value,
  line,
}: {
  label: string;
  value: string;
  line?: number | undefined;
}) {
  return (
    <p className="help yaml-only">
      <span className="knob-label">{label}:</span> <code>{value}</code>
      {line === undefined ? " (edit it in the YAML)" : ` (edit it in the YAML, line ${line})`}
    </p>
  );
}
