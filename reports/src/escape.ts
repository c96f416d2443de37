/**
 * The one escaping helper for every markup output (SVG, HTML, JUnit XML, and the HTML layer of
 * Markdown). Scenario text is untrusted: it may come from a shared link or an uploaded file, so
 * every string that did not originate in this package goes through `escapeXml` before it is
 * concatenated into markup.
 */

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

// XML 1.0 forbids most C0 controls (even as character references), lone surrogates and
// U+FFFE/U+FFFF; a JUnit consumer would reject the whole file, so they become U+FFFD.
const INVALID_XML_CHARS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the control characters XML forbids is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes text for XML or HTML content and for double- or single-quoted attribute values:
 * `& < > " '` become entities and characters XML cannot carry become U+FFFD.
 * Accepts any value; non-strings are converted with `String()` first.
 */
export function escapeXml(value: unknown): string {
  return String(value)
    .replace(INVALID_XML_CHARS, "\uFFFD")
    .replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/** The same function as {@link escapeXml}: HTML text and attributes need exactly these escapes. */
export const escapeHtml = escapeXml;

// Punctuation that starts emphasis, code, links, tables or strikethrough anywhere in a line.
const MARKDOWN_INLINE = /[\\`*_[\]|~]/g;
// Constructs that only count at the start of a block: headings, lists, quotes, rules.
const MARKDOWN_BLOCK_START = /^(\s*)(\d*)([#>+=.)-])/;

/**
 * Escapes text for Markdown inline content (a table cell, a heading, mid-paragraph): folds line
 * breaks into spaces (a newline would end a table row), backslash-escapes inline punctuation (so
 * `|` cannot split a table cell and `[x](y)` cannot become a link), then HTML-escapes the result
 * (GitHub renders inline HTML). With `lineStart`, the text begins a line, so a block marker there
 * (`#`, `-`, `>`, `1.`) is escaped too. Markdown first, then entities: the other way round would
 * break the `#` inside `&#39;`.
 */
export function escapeMarkdown(value: unknown, lineStart = false): string {
  const folded = String(value).replace(/\r\n|\r|\n/g, " ");
  const inline = folded.replace(MARKDOWN_INLINE, (ch) => `\\${ch}`);
  if (!lineStart) return escapeXml(inline);
  // "1." becomes "1\." (a backslash before a digit would be literal, not an escape).
  const block = inline.replace(MARKDOWN_BLOCK_START, (whole, space: string, digits: string, mark: string) =>
    digits === "" && (mark === "." || mark === ")") ? whole : `${space}${digits}\\${mark}`,
  );
  return escapeXml(block);
}

/** Shortens `value` to at most `max` characters (ending in "…"); use before escaping, never after. */
export function truncate(value: string, max: number): string {
  const chars = Array.from(value);
  return chars.length <= max ? value : `${chars.slice(0, Math.max(1, max - 1)).join("")}…`;
}
