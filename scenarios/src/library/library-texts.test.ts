import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LIBRARY_TEXTS_FILE, libraryTextsSource, readLibraryFiles } from "../generate";
import { LIBRARY_TEXTS } from "./library-texts";

describe("library-texts.ts", () => {
  it("is up to date with scenarios/library/*.yaml (regenerate: pnpm --filter @resilab/scenarios run generate)", () => {
    expect(readFileSync(LIBRARY_TEXTS_FILE, "utf8")).toBe(libraryTextsSource(readLibraryFiles()));
  });

  it("embeds every file byte for byte", () => {
    for (const [name, text] of readLibraryFiles()) expect(LIBRARY_TEXTS[name]).toBe(text);
    expect(Object.keys(LIBRARY_TEXTS).length).toBe(readLibraryFiles().length);
  });
});
