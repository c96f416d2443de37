/**
 * "What differs between the topologies": the settings whose values are not the same in every
 * topology of the comparison, one row per setting and one column per topology, from the result
 * (so the table matches what ran, not the editor's current text). React escapes every cell.
 * Nothing is shown when the topologies do not differ (or a result carries no such table).
 */

import {
  TOPOLOGY_DIFFERENCES_INTRO,
  TOPOLOGY_DIFFERENCES_TITLE,
  topologyDifferenceRows,
} from "@resilab/reports";
import type { ExperimentResult } from "@resilab/sim-core";
import { ScrollRegion } from "./ScrollRegion";

/** The section with its table, or nothing. */
export function TopologyDifferences({ result }: { result: ExperimentResult }) {
  const { names, rows } = topologyDifferenceRows(result);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="what-differs-h" id="what-differs">
      <h2 id="what-differs-h">{TOPOLOGY_DIFFERENCES_TITLE}</h2>
      <ScrollRegion label={"What differs between the topologies (scrolls sideways)"}>
        <table className="verdict-table differences-table">
          <caption>{TOPOLOGY_DIFFERENCES_INTRO}</caption>
          <thead>
            <tr>
              <th scope="col">Setting</th>
              {names.map((n) => (
                // Topology names are unique in a scenario.
                <th key={n} scope="col">
                  {n}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.setting}>
                <th scope="row">
                  <code>{r.setting}</code>
                </th>
                {names.map((n, i) => (
                  <td key={n}>{r.values[i]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
