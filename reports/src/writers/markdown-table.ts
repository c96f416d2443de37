/**
 * GitHub-flavoured Markdown tables. Cells are markup the caller built from escaped pieces (see
 * `md()`), because a cell may mix bold status words with escaped scenario text.
 */
import { escapeMarkdown } from "../escape";

/** Escaped Markdown inline text (scenario text, numbers with units) for cells, headings and mid-line. */
export function md(value: unknown): string {
  return escapeMarkdown(value);
}

/** Escaped Markdown text that starts a paragraph (a leading "#" or "1." must not become a heading or list). */
export function mdParagraph(value: unknown): string {
  return escapeMarkdown(value, true);
}

/** A table from header cells and rows of cells (already Markdown). */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly ("left" | "right")[],
): string {
  const rule = header.map((_, i) => (align?.[i] === "right" ? "---:" : "---"));
  return [header, rule, ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
}
