import { describe, expect, it } from "vitest";
import { clearDraft, DRAFT_KEY, type DraftStorage, loadDraft, saveDraft } from "./draft-store";

function memory(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe("drafts", () => {
  it("survive a save and load, and can be cleared", () => {
    const storage = memory();
    expect(loadDraft(storage)).toBeNull();
    expect(saveDraft(storage, { text: "name: x\n", fileName: "x.yaml" })).toBe(true);
    expect(loadDraft(storage)).toEqual({ text: "name: x\n", fileName: "x.yaml" });
    clearDraft(storage);
    expect(loadDraft(storage)).toBeNull();
  });

  it("treat unreadable or foreign data as no draft", () => {
    const storage = memory();
    storage.data.set(DRAFT_KEY, "{not json");
    expect(loadDraft(storage)).toBeNull();
    storage.data.set(DRAFT_KEY, JSON.stringify({ text: 3 }));
    expect(loadDraft(storage)).toBeNull();
    expect(loadDraft(null)).toBeNull();
  });

  it("report a full or disabled storage instead of throwing", () => {
    const full: DraftStorage = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => {
        throw new Error("SecurityError");
      },
    };
    expect(saveDraft(full, { text: "a", fileName: "b" })).toBe(false);
    expect(loadDraft(full)).toBeNull();
    expect(() => clearDraft(full)).not.toThrow();
    expect(saveDraft(null, { text: "a", fileName: "b" })).toBe(false);
  });
});
