/**
 * Unsaved edits survive a reload: the editor's text is kept in `localStorage` under one key.
 * Storage may be missing, full or disabled (private windows); then drafts are simply not kept.
 */

/** The storage key of the draft. */
export const DRAFT_KEY = "resilab-lab.draft.v1";

/** A stored draft. */
export interface Draft {
  text: string;
  /** Where the text came from, e.g. `default-comparison.yaml` or an uploaded file's name. */
  fileName: string;
}

/** The part of the Web Storage API drafts need (`window.localStorage` fits). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The stored draft, or null when there is none or it is unreadable. */
export function loadDraft(storage: DraftStorage | null): Draft | null {
  if (storage === null) return null;
  try {
    const raw = storage.getItem(DRAFT_KEY);
    if (raw === null) return null;
    const data = JSON.parse(raw) as unknown;
    if (typeof data !== "object" || data === null) return null;
    const { text, fileName } = data as Record<string, unknown>;
    if (typeof text !== "string" || typeof fileName !== "string") return null;
    return { text, fileName };
  } catch {
    return null;
  }
}

/** Stores the draft; returns false when storage refused it. */
export function saveDraft(storage: DraftStorage | null, draft: Draft): boolean {
  if (storage === null) return false;
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify({ text: draft.text, fileName: draft.fileName }));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the draft. */
export function clearDraft(storage: DraftStorage | null): void {
  try {
    storage?.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to forget when storage is unavailable.
  }
}
