/**
 * The verdict table: one row per objective, one column per topology; each cell says MET, MISSED
 * or INCONCLUSIVE in words (colour is never the only cue), with the estimate, its confidence
 * interval (∞ when unbounded; one unit per row), the model's note (no events observed, outages censored at the
 * horizon) and, when inconclusive, the replications estimated to settle it.
 */

import {
  formatMetricValue,
  formatNumber,
  statusWord,
  verdictColor,
  verdictTableData,
} from "@resilab/reports";
import type { ExperimentResult, ObjectiveVerdict, Verdict } from "@resilab/sim-core";
import { type RowReading, rowReadings } from "./row-units";
import { ScrollRegion } from "./ScrollRegion";

const TINT: Record<Verdict, string> = { met: "#E6F4EF", missed: "#FBEAE0", inconclusive: "#FCF3DE" };

function Status({ verdict, children }: { verdict: Verdict | null; children?: React.ReactNode }) {
  const style =
    verdict === null ? {} : { background: TINT[verdict], borderLeft: `5px solid ${verdictColor(verdict)}` };
  return (
    <td className={`verdict verdict-${verdict ?? "none"}`} style={style}>
      <strong>{statusWord(verdict)}</strong>
      {children}
    </td>
  );
}

function Cell({
  verdict,
  reading,
}: {
  verdict: ObjectiveVerdict | undefined;
  reading: RowReading | undefined;
}) {
  if (verdict === undefined || reading === undefined)
    return <td className="verdict verdict-none">not evaluated</td>;
  // No estimate (no events) is never shown as a number: the note says what was observed.
  const { interval: f, note } = reading;
  return (
    <Status verdict={verdict.verdict}>
      {f !== null && <span className="estimate">{f.estimate}</span>}
      {f !== null && (
        <span className="interval">
          {f.level} CI {f.range}
        </span>
      )}
      {note !== null && <span className="interval note">{note}</span>}
      {verdict.verdict === "inconclusive" && verdict.replicationsNeeded !== null && (
        <span className="interval">
          ≈ {formatNumber(verdict.replicationsNeeded)} replications would settle it
        </span>
      )}
    </Status>
  );
}

/** The table of verdicts of `result`. */
export function VerdictTable({ result }: { result: ExperimentResult }) {
  const data = verdictTableData(result);
  if (data.objectives.length === 0) {
    return (
      <p className="muted">The scenario sets no service-level objectives, so there is nothing to judge.</p>
    );
  }
  return (
    <ScrollRegion label={"Service-level verdicts table (scrolls sideways)"}>
      <table className="verdict-table">
        <caption>
          Service-level verdicts over {result.replications} replications: met or missed when the whole 95 %
          interval is on one side of the target, inconclusive when it straddles it.
        </caption>
        <thead>
          <tr>
            <th scope="col">Objective</th>
            {data.topologies.map((t) => (
              <th key={t} scope="col">
                {t}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.objectives.map((o) => {
            const op = o.objective.op === "<=" ? "≤" : "≥";
            const stat = o.objective.stat && o.objective.stat !== "mean" ? `${o.objective.stat} ` : "";
            const cells = data.topologies.map((t) =>
              data.verdicts.find((v) => v.name === o.name && v.topology === t),
            );
            const row = rowReadings(
              cells.filter((v) => v !== undefined),
              o.objective.metric,
              o.objective.target,
            );
            return (
              <tr key={o.name}>
                <th scope="row">
                  {o.name}
                  <span className="target">
                    target: {stat}
                    {op} {row.target ?? formatMetricValue(o.objective.metric, o.objective.target)}
                  </span>
                </th>
                {cells.map((v, i) => (
                  <Cell key={data.topologies[i]} verdict={v} reading={v && row.readings.get(v)} />
                ))}
              </tr>
            );
          })}
          <tr className="overall">
            <th scope="row">Every objective</th>
            {data.overall.map((s, i) => (
              <Status key={data.topologies[i]} verdict={s} />
            ))}
          </tr>
        </tbody>
      </table>
    </ScrollRegion>
  );
}
