/**
 * Shareable links: the scenario's YAML text, lz-string-compressed into the URL fragment
 * (`#s=…`), so a link carries the whole scenario and never reaches a server. What a link holds
 * is untrusted text: decoding only yields a string (size-capped), which then goes through the
 * same validation as a typed or uploaded file.
 */
import { MAX_SCENARIO_BYTES } from "@resilab/scenarios";
import LZString from "lz-string";
import { decompressUriSafe } from "./bounded-lz";

/** The fragment key of the scenario. */
export const SHARE_KEY = "s";

/**
 * Longest fragment accepted (characters); compressed text beyond it is refused before
 * decompressing. The lab writes links of at most 64 KB (`MAX_FRAGMENT` in ui/use-lab.ts); 512 KB
 * leaves room for links made by other tools while keeping the work on a hostile one short.
 */
export const MAX_SHARE_CHARS = 512 * 1024;

/** The fragment (without `#`) that carries `text`. */
export function encodeShare(text: string): string {
  return `${SHARE_KEY}=${LZString.compressToEncodedURIComponent(text)}`;
}

/** What a fragment holds: nothing for us, a scenario text, or a damaged link (with why). */
export type SharedScenario =
  | { kind: "none" }
  | { kind: "text"; text: string }
  | { kind: "damaged"; reason: string };

/**
 * Reads a scenario text from a URL fragment (`#s=…` or `s=…`). `maxText` caps the decompressed
 * text (characters); default the loader's 5 MB.
 */
export function decodeShare(hash: string, maxText = MAX_SCENARIO_BYTES): SharedScenario {
  const fragment = hash.startsWith("#") ? hash.slice(1) : hash;
  const params = new URLSearchParams(fragment);
  // URLSearchParams turns "+" into " "; the compressed alphabet uses "+", so read the raw value.
  const raw = fragment
    .split("&")
    .find((part) => part.startsWith(`${SHARE_KEY}=`))
    ?.slice(SHARE_KEY.length + 1);
  if (raw === undefined || !params.has(SHARE_KEY)) return { kind: "none" };
  if (raw.length === 0) return { kind: "damaged", reason: "the link holds no scenario" };
  if (raw.length > MAX_SHARE_CHARS)
    return { kind: "damaged", reason: "the link is longer than any scenario can be" };
  let compressed = raw;
  try {
    // A messenger may have percent-encoded the link; the compressed alphabet never needs it.
    compressed = decodeURIComponent(raw).replace(/ /g, "+");
  } catch {
    // Not percent-encoded: use it as it is.
  }
  // Bounded: a hostile link cannot make the decoder produce more than the limit (a "bomb").
  const decoded = decompressUriSafe(compressed, maxText);
  if (decoded.kind === "too-large") {
    const limit = maxText === MAX_SCENARIO_BYTES ? "5 MB" : `${maxText} characters`;
    return { kind: "damaged", reason: `the scenario in the link is larger than ${limit}` };
  }
  // lz-string turns almost any string into some text; compression is deterministic, so a real
  // link compresses back to itself and a damaged or made-up one does not.
  const text = decoded.kind === "text" ? decoded.text : "";
  if (text === "" || LZString.compressToEncodedURIComponent(text) !== compressed) {
    return { kind: "damaged", reason: "the scenario in the link is damaged or incomplete" };
  }
  return { kind: "text", text };
}
