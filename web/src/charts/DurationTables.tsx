/**
 * Service outages and interruption recoveries in numbers: per topology the censoring-aware
 * (Kaplan–Meier) p50 and p99 with their intervals and how many events were censored or never
 * recovered, and per class of the failure that started them, which class drives the tail. The
 * cells come from `@resilab/reports`, so the lab shows what the CLI's report shows.
 */

import {
  classBreakdownTable,
  DURATION_INFO,
  DURATION_KINDS,
  durationSummaryTable,
  type TextTable,
} from "@resilab/reports";
import type { ExperimentResult } from "@resilab/sim-core";
import { ScrollRegion } from "./ScrollRegion";

function Table({ table, caption, rowHeaders }: { table: TextTable; caption: string; rowHeaders: number }) {
  return (
    <ScrollRegion label={`${caption} (table)`}>
      <table className="verdict-table duration-table">
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
            // Rows are fixed for a result; the index is a stable key.
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their position
            <tr key={r}>
              {row.map((cell, i) =>
                i < rowHeaders ? (
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

/** The outage / interruption summary per topology, then the per-class breakdown of each. */
export function DurationTables({ result }: { result: ExperimentResult }) {
  return (
    <>
      <Table
        table={durationSummaryTable(result)}
        caption="Kaplan–Meier p50 and p99 with 95 % bootstrap-over-replications intervals; censored: still open at the horizon; never: the interrupted work never ran again; ∞: unbounded."
        rowHeaders={1}
      />
      {DURATION_KINDS.map((kind) => (
        <Table
          key={kind}
          table={classBreakdownTable(result, kind)}
          caption={`${DURATION_INFO[kind].title} by class of the failure that started them, largest share of event time first.`}
          rowHeaders={2}
        />
      ))}
    </>
  );
}
