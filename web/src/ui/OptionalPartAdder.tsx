/**
 * "Add to this topology": switches on an optional part a topology lacks (boot growth, restart
 * storm, backups, region recovery) so its knobs appear; see `scenario/optional-parts.ts`.
 */
import type { TopologyConfig } from "@resilab/sim-core";
import { useState } from "react";
import { addPart, missingParts } from "../scenario/optional-parts";

/** The add row of topology `index`; nothing when it has every part. */
export function OptionalPartAdder(props: {
  config: TopologyConfig;
  index: number;
  edit(change: (text: string) => string): void;
}) {
  const missing = missingParts(props.config);
  const [chosen, setChosen] = useState("");
  if (missing.length === 0) return null;
  const part = missing.find((p) => p.id === chosen);
  return (
    <div className="add-row">
      <label>
        Add to {props.config.name}{" "}
        <select value={part === undefined ? "" : chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">choose a part…</option>
          {missing.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        disabled={part === undefined}
        onClick={() => {
          if (part === undefined) return;
          props.edit((t) => addPart(t, props.index, part));
          setChosen("");
        }}
      >
        Add part
      </button>
    </div>
  );
}
