/** A text table in a keyboard-scrollable region; cells are text, which React escapes. */
import { ScrollRegion } from "./ScrollRegion";
import type { TextTable } from "./text-table";

/** `className` adds to the shared table style (e.g. "fit-table"). */
export function TextTableView({
  table,
  caption,
  className,
}: {
  table: TextTable;
  caption: string;
  className: string;
}) {
  return (
    <ScrollRegion label={`${caption} (table)`}>
      <table className={`verdict-table ${className}`}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.header.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their position
            <tr key={r}>
              {row.map((cell, i) =>
                i < table.rowHeaders ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells have no identity beyond their position
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells have no identity beyond their position
                  <td key={i}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
