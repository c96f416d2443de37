/** Plain-text tables for the terminal: text columns left-aligned, number columns right-aligned. */

/** Column alignment: "l" left (text), "r" right (numbers). */
export type Align = "l" | "r";

/**
 * Renders rows under a header with two spaces between columns, indented by two spaces.
 * `align` defaults to left for the first column and right for the others.
 */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly Align[],
): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => [...(row[c] ?? "")].length)));
  const alignOf = (c: number): Align => align?.[c] ?? (c === 0 ? "l" : "r");
  const line = (row: readonly string[]) =>
    header
      .map((_, c) => {
        const cell = row[c] ?? "";
        const pad = " ".repeat(widths[c]! - [...cell].length);
        return alignOf(c) === "l" ? cell + pad : pad + cell;
      })
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)].map((l) => `  ${l}`).join("\n");
}
