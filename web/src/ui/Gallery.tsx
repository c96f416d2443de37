/**
 * The library gallery: every library scenario with the question it answers, plus a place to
 * paste a scenario. A native modal dialog (focus trapped, Escape closes).
 */
import { libraryText, listLibrary } from "@resilab/scenarios";
import { useEffect, useMemo, useRef, useState } from "react";

/** Props of the gallery. */
export interface GalleryProps {
  open: boolean;
  onClose(): void;
  onOpen(text: string, fileName: string): void;
}

/** The gallery dialog. */
export function Gallery({ open, onClose, onOpen }: GalleryProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const entries = useMemo(() => (open ? listLibrary() : []), [open]);
  const [pasted, setPasted] = useState("");
  useEffect(() => {
    const d = dialog.current;
    if (d === null) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="gallery" aria-labelledby="gallery-title" onClose={onClose}>
      <div className="gallery-head">
        <h2 id="gallery-title">Scenario library</h2>
        <button type="button" onClick={onClose} aria-label="Close the library">
          Close
        </button>
      </div>
      <p className="muted">
        Each scenario states the question it answers and the service level it is judged against.
      </p>
      <ul className="gallery-list">
        {entries.map((e) => (
          <li key={e.name}>
            <article className="gallery-card" aria-labelledby={`g-${e.name}`}>
              <h3 id={`g-${e.name}`}>{e.name}</h3>
              <p>{e.description}</p>
              <button
                type="button"
                className="primary"
                onClick={() => onOpen(libraryText(e.name), `${e.name}.yaml`)}
                aria-label={`Open ${e.name}`}
              >
                Open
              </button>
            </article>
          </li>
        ))}
      </ul>
      <section className="paste" aria-labelledby="paste-title">
        <h3 id="paste-title">Paste a scenario</h3>
        <textarea
          aria-labelledby="paste-title"
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          placeholder="version: 1&#10;name: my-platform&#10;…"
          spellCheck={false}
          rows={6}
        />
        <button
          type="button"
          disabled={pasted.trim() === ""}
          onClick={() => {
            onOpen(pasted, "pasted.yaml");
            setPasted("");
          }}
        >
          Open pasted text
        </button>
      </section>
    </dialog>
  );
}
