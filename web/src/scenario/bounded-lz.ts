/**
 * lz-string's `decompressFromEncodedURIComponent` with a hard limit on the output. A link is
 * untrusted: LZ78-style codes can each repeat everything decoded so far, so ~230 KB of link text
 * can expand to gigabytes and take the tab down before any size check on the result could run.
 * This decoder counts the characters it has produced and stops as soon as the next entry would
 * pass `maxChars`, before concatenating anything. Same format and results as lz-string 1.5.0
 * (MIT, Pieroxy), which it follows step by step; `bounded-lz.test.ts` checks that.
 */

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";
const VALUE = new Map([...ALPHABET].map((ch, i) => [ch, i]));

/** What a decoding gives: the text, a damaged stream, or a text past the limit. */
export type BoundedText = { kind: "text"; text: string } | { kind: "damaged" } | { kind: "too-large" };

/** Decodes `input` (the URI-safe alphabet, 6 bits a character), producing at most `maxChars` characters. */
export function decompressUriSafe(input: string, maxChars: number): BoundedText {
  if (input === "") return { kind: "damaged" };
  const source = input.replace(/ /g, "+");
  const length = source.length;
  // Unknown characters read as 0, as in lz-string.
  const valueAt = (index: number) => VALUE.get(source.charAt(index)) ?? 0;
  const resetValue = 32;
  let val = valueAt(0);
  let position = resetValue;
  let index = 1;
  const readBits = (count: number): number => {
    let bits = 0;
    for (let power = 1, n = 0; n < count; n++, power *= 2) {
      const bit = val & position;
      position >>= 1;
      if (position === 0) {
        position = resetValue;
        val = valueAt(index++);
      }
      if (bit > 0) bits += power;
    }
    return bits;
  };

  const dictionary: (string | number)[] = [0, 1, 2];
  let dictSize = 4;
  let enlargeIn = 4;
  let numBits = 3;
  const result: string[] = [];
  let produced = 0;

  let c: string;
  switch (readBits(2)) {
    case 0:
      c = String.fromCharCode(readBits(8));
      break;
    case 1:
      c = String.fromCharCode(readBits(16));
      break;
    case 2:
      return { kind: "damaged" };
    default:
      return { kind: "damaged" };
  }
  dictionary[3] = c;
  let w = c;
  result.push(c);
  produced = 1;
  if (produced > maxChars) return { kind: "too-large" };
  for (;;) {
    if (index > length) return { kind: "damaged" };
    let code = readBits(numBits);
    if (code === 0 || code === 1) {
      dictionary[dictSize++] = String.fromCharCode(readBits(code === 0 ? 8 : 16));
      code = dictSize - 1;
      enlargeIn--;
    } else if (code === 2) {
      return { kind: "text", text: result.join("") };
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    const known = dictionary[code];
    let entry: string;
    if (typeof known === "string" && known !== "") entry = known;
    else if (code === dictSize) entry = w + w.charAt(0);
    else return { kind: "damaged" };
    // Every entry is at most one character longer than what was produced so far, so checking
    // the running total before appending bounds both the output and the dictionary's strings.
    produced += entry.length;
    if (produced > maxChars) return { kind: "too-large" };
    result.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
