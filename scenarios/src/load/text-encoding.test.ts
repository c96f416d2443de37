import { describe, expect, it } from "vitest";
import { loadScenario } from "./load-scenario";
import { VALID_SCENARIO } from "./test-scenario";
import { decodeScenarioBytes, formatTextWarning, replacementCharacterWarnings } from "./text-encoding";

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]) => {
  const out: number[] = [];
  for (const p of parts) out.push(...p);
  return new Uint8Array(out);
};

describe("decodeScenarioBytes", () => {
  it("passes valid UTF-8 (accents, emoji, a byte order mark) with no warning", () => {
    const bytes = concat([0xef, 0xbb, 0xbf], utf8("name: café 🚀\nseed: 1\n"));
    const { text, warnings } = decodeScenarioBytes(bytes, "s.yaml");
    expect(text).toBe("name: café 🚀\nseed: 1\n");
    expect(warnings).toEqual([]);
  });

  it("names the line and column of a Latin-1 byte, as the decoded text has it", () => {
    // "name: caf\xE9 x" on line 2: é in Latin-1 is the lone byte 0xE9.
    const bytes = concat(utf8("version: 1\nname: caf"), [0xe9], utf8(" x\n"));
    const { text, warnings } = decodeScenarioBytes(bytes, "s.yaml");
    expect(text).toBe("version: 1\nname: caf\uFFFD x\n");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: "s.yaml", line: 2, column: 10 });
    expect(text.split("\n")[1]![9]).toBe("\uFFFD"); // column 10 is that character
    expect(formatTextWarning(warnings[0]!)).toBe(
      "s.yaml:2:10: warning: byte 0xE9 is not UTF-8 and was read as U+FFFD (�); save the file as UTF-8",
    );
  });

  it("counts columns after astral characters in UTF-16 units and flags truncated and overlong sequences", () => {
    const bytes = concat(utf8("a🚀"), [0xe2, 0x82], utf8("\n"), [0xc0, 0xaf], utf8("\n"), [0xed, 0xa0, 0x80]);
    const { text, warnings } = decodeScenarioBytes(bytes, "f");
    expect(warnings.map((w) => [w.line, w.column])).toEqual([
      [1, 4],
      [2, 1],
      [2, 2],
      [3, 1],
      [3, 2],
      [3, 3],
    ]);
    // Each warning points at a U+FFFD of the text the decoder produced.
    const lines = text.split("\n");
    for (const w of warnings) expect(lines[w.line - 1]![w.column - 1]).toBe("\uFFFD");
  });

  it("lists at most 10 places and counts the rest", () => {
    const { warnings } = decodeScenarioBytes(new Uint8Array(25).fill(0xff), "f");
    expect(warnings).toHaveLength(10);
    expect(warnings[9]!.message).toContain("and 15 more such places");
  });
});

describe("replacementCharacterWarnings", () => {
  it("finds the U+FFFD a lenient read left in the text, by line and column", () => {
    const text = new TextDecoder().decode(concat(utf8(VALID_SCENARIO.replace("name: demo", "name: d")), []));
    expect(replacementCharacterWarnings(text, "s.yaml")).toEqual([]);
    const bad = VALID_SCENARIO.replace("name: demo", "name: d\uFFFDmo");
    expect(replacementCharacterWarnings(bad, "s.yaml")).toEqual([
      expect.objectContaining({ file: "s.yaml", line: 2, column: 8 }),
    ]);
    // The scenario itself still loads: the warning is the only sign.
    expect(loadScenario(bad).name).toBe("d\uFFFDmo");
  });
});
