/**
 * Scenario files are UTF-8. Bytes that are not (a Latin-1 "é", a truncated sequence, binary
 * junk) would silently become U+FFFD "�" when the file is read as text; these helpers find them
 * and say where, so a name or a note does not change behind the user's back. Lines and columns
 * are 1-based, columns counted in UTF-16 units of the decoded text like the loader's other
 * positions (`yaml-positions.ts`).
 */

/** One place where the text is not what the file said. */
export interface TextWarning {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Most warnings listed one by one; the rest are counted in the last one. */
export const MAX_TEXT_WARNINGS = 10;

/** `file:line:column: warning: message`. */
export function formatTextWarning(w: TextWarning): string {
  return `${w.file}:${w.line}:${w.column}: warning: ${w.message}`;
}

/** The decoded text of a scenario file's bytes and a warning for each invalid UTF-8 sequence. */
export interface DecodedText {
  text: string;
  warnings: TextWarning[];
}

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`;

/** How many continuation bytes a lead byte needs, and the range its first continuation must be in. */
function lead(b: number): [number, number, number] | null {
  if (b >= 0xc2 && b <= 0xdf) return [1, 0x80, 0xbf];
  if (b === 0xe0) return [2, 0xa0, 0xbf];
  if (b === 0xed) return [2, 0x80, 0x9f]; // no UTF-16 surrogates
  if (b >= 0xe1 && b <= 0xef) return [2, 0x80, 0xbf];
  if (b === 0xf0) return [3, 0x90, 0xbf];
  if (b >= 0xf1 && b <= 0xf3) return [3, 0x80, 0xbf];
  if (b === 0xf4) return [3, 0x80, 0x8f]; // ≤ U+10FFFF
  return null;
}

/**
 * Decodes UTF-8 `bytes` as the WHATWG decoder does (a UTF-8 byte order mark is dropped; each
 * maximal invalid subsequence becomes one U+FFFD) and lists where that happened.
 */
export function decodeScenarioBytes(bytes: Uint8Array, file: string): DecodedText {
  const text = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false }).decode(bytes);
  const bad: { line: number; column: number; bytes: number[] }[] = [];
  let line = 1;
  let column = 1;
  let i = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let total = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      if (b === 0x0a) {
        line++;
        column = 1;
      } else column++;
      continue;
    }
    const spec = lead(b);
    let n = 1;
    let ok = spec !== null;
    if (spec !== null) {
      const [need, lo, hi] = spec;
      for (let k = 1; k <= need; k++) {
        const c = bytes[i + k];
        const inRange = c !== undefined && (k === 1 ? c >= lo && c <= hi : c >= 0x80 && c <= 0xbf);
        if (!inRange) {
          ok = false;
          break;
        }
        n++;
      }
    }
    if (ok) {
      column += spec![0] === 3 ? 2 : 1; // astral characters are two UTF-16 units
    } else {
      total++;
      if (bad.length < MAX_TEXT_WARNINGS)
        bad.push({ line, column, bytes: Array.from(bytes.subarray(i, i + n)) });
      column++;
    }
    i += n;
  }
  const warnings = bad.map(
    (x, k): TextWarning => ({
      file,
      line: x.line,
      column: x.column,
      message:
        `byte${x.bytes.length > 1 ? "s" : ""} ${x.bytes.map(hex).join(" ")} ${x.bytes.length > 1 ? "are" : "is"} not UTF-8 and ` +
        `${x.bytes.length > 1 ? "were" : "was"} read as U+FFFD (�); save the file as UTF-8` +
        (k === bad.length - 1 && total > bad.length ? ` (and ${total - bad.length} more such places)` : ""),
    }),
  );
  return { text, warnings };
}

/**
 * Warnings for U+FFFD characters in text that was already decoded (e.g. read with Node's
 * `readFileSync(path, "utf8")`, which replaces invalid bytes silently). A U+FFFD typed on purpose
 * is flagged too: nobody writes one into a scenario.
 */
export function replacementCharacterWarnings(text: string, file: string): TextWarning[] {
  const warnings: TextWarning[] = [];
  let line = 1;
  let column = 1;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      column = 1;
      continue;
    }
    if (c === 0xfffd) {
      total++;
      if (warnings.length < MAX_TEXT_WARNINGS)
        warnings.push({
          file,
          line,
          column,
          message: "U+FFFD (�): the file has bytes that are not UTF-8 here; save it as UTF-8",
        });
    }
    column++;
  }
  const last = warnings[warnings.length - 1];
  if (last !== undefined && total > warnings.length)
    last.message += ` (and ${total - warnings.length} more such places)`;
  return warnings;
}
