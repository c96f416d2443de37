import { libraryText } from "@resilab/scenarios";
import LZString from "lz-string";
import { describe, expect, it } from "vitest";
import { decompressUriSafe } from "./bounded-lz";
import { lzBomb } from "./lz-bomb";

describe("bounded lz-string decoding", () => {
  it("decodes exactly what lz-string decodes, for texts of every kind", () => {
    const texts = [
      "a",
      "ab",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "≤ 5 min — ✓ \u0000 \uffff 𝄞",
      libraryText("default-comparison"),
      libraryText("zone-outage").repeat(7),
    ];
    for (const text of texts) {
      const compressed = LZString.compressToEncodedURIComponent(text);
      expect(decompressUriSafe(compressed, 10_000_000)).toEqual({ kind: "text", text });
      expect(LZString.decompressFromEncodedURIComponent(compressed)).toBe(text);
    }
  });

  it("stops at the limit: one character more than allowed is refused", () => {
    const compressed = LZString.compressToEncodedURIComponent("x".repeat(5000));
    expect(decompressUriSafe(compressed, 5000)).toMatchObject({ kind: "text" });
    expect(decompressUriSafe(compressed, 4999)).toEqual({ kind: "too-large" });
  });

  it("reports truncated and made-up streams as damaged, as lz-string returns null or nothing", () => {
    const compressed = LZString.compressToEncodedURIComponent(libraryText("zone-outage"));
    expect(decompressUriSafe(compressed.slice(0, -10), 1e7)).toEqual({ kind: "damaged" });
    expect(decompressUriSafe("", 1e7)).toEqual({ kind: "damaged" });
  });

  it("refuses a 230 KB bomb that expands to gigabytes without building it", () => {
    const bomb = lzBomb(230_000);
    expect(bomb.length).toBeGreaterThan(229_000);
    // The bomb is real: a small one expands to about codes²/2 characters through lz-string itself.
    const small = lzBomb(200);
    const expanded = LZString.decompressFromEncodedURIComponent(`${small}`);
    expect(expanded === null || expanded === "").toBe(true); // unterminated: lz-string gives up at the end
    const partial = decompressUriSafe(small, 1_000_000);
    expect(partial).toEqual({ kind: "damaged" });
    expect(decompressUriSafe(small, 1000)).toEqual({ kind: "too-large" });
    expect(decompressUriSafe(bomb, 5 * 1024 * 1024)).toEqual({ kind: "too-large" });
  });
});
