/**
 * Inert terminal text. Scenario, topology and objective names, file names and paths reach the
 * terminal inside messages and tables; a raw ESC, OSC 8 or carriage return in them could clear
 * the screen, forge a link, or hide and overwrite text, and a bidi override could reorder what is
 * shown. Every byte the CLI prints passes through `inertTerminalText` at the io boundary.
 */

/**
 * C0 controls except tab and newline, DEL, the C1 controls, and the bidirectional embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` with every unsafe character written as a visible `\uXXXX` escape. The escape is also
 * JSON's own, so a JSON document printed on stdout parses to the very same value (JSON.stringify
 * already escapes C0 controls, so a normal document's bytes do not change at all).
 */
export function inertTerminalText(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
