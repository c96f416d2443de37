/**
 * A finished sensitivity study: the headline, the ranking of the assumptions (table and chart),
 * the verdicts that would flip, and per objective and topology (chosen in a select: a comparison
 * has up to objectives × topologies of them) its parameters by effect with the tornado chart.
 * Charts are `@resilab/reports`' SVG, the CLI report's, shown through SafeSvg.
 */
import { formatMetricValue, rankingChart, tornadoChart } from "@resilab/reports";
import type { SensitivityResult } from "@resilab/sim-core";
import { useId, useRef, useState } from "react";
import { ChartCard } from "../charts/ChartCard";
import { SafeSvg } from "../charts/SafeSvg";
import { TextTableView } from "../charts/TextTableView";
import { safeFileName } from "../ui/download";
import { effectTable, flipTable, objectiveLabel, rankingTable, studyHeadline } from "./sensitivity-tables";

/** A chart card whose export is the SVG as last drawn. */
function SvgCard(props: { title: string; caption: string; stem: string; markup(width: number): string }) {
  const last = useRef<string | null>(null);
  return (
    <ChartCard
      title={props.title}
      caption={props.caption}
      fileStem={props.stem}
      render={(width) => {
        last.current = props.markup(width);
        return <SafeSvg markup={last.current} />;
      }}
      exportSvg={() => last.current}
    />
  );
}

/** The objective shown first: one whose verdict flips, else one whose estimate moves, else the first. */
function firstShown(result: SensitivityResult): number {
  const flips = result.objectives.findIndex((os) => os.effects.some((e) => e.flip !== null));
  if (flips >= 0) return flips;
  return Math.max(
    0,
    result.objectives.findIndex((os) => os.effects.some((e) => e.swing > 0)),
  );
}

/** Props of the results view. */
export interface SensitivityResultsProps {
  result: SensitivityResult;
  /** The scenario changed since the study ran. */
  stale: boolean;
}

/** The results of a study. */
export function SensitivityResults({ result, stale }: SensitivityResultsProps) {
  const id = useId();
  const [chosen, setChosen] = useState(() => firstShown(result));
  const os = result.objectives[chosen] ?? result.objectives[0];
  const stem = `${safeFileName(result.scenario.name)}-sensitivity`;
  const flips = flipTable(result);
  const method =
    result.method === "tornado"
      ? "one at a time (tornado), each parameter at its low and high end with the others at base"
      : `Morris elementary effects over ${result.trajectories} trajectories`;
  return (
    <div className={stale ? "sensitivity-results stale" : "sensitivity-results"}>
      <p className="headline">{studyHeadline(result)}</p>
      <p className="help">
        {`Method: ${method}; ${result.replications} replications per point on common random numbers, ${result.runs} runs in all.`}
        {stale && " The scenario changed since this study ran; run it again to update."}
      </p>

      <h3 id={`${id}-ranking`}>Which assumptions decide the verdicts</h3>
      <TextTableView
        className="sensitivity-table"
        table={rankingTable(result)}
        caption="Parameters ranked: verdicts flipped, then mean effect"
      />
      <SvgCard
        title="Ranking of the assumptions"
        caption="Bar: the parameter's effect relative to the largest on each objective and topology, averaged; red: it flips at least one verdict within its range."
        stem={`${stem}-ranking`}
        markup={(width) => rankingChart(result, { width })}
      />

      <h3 id={`${id}-flips`}>Verdicts that would flip</h3>
      {flips.rows.length === 0 ? (
        <p>
          {result.method === "morris"
            ? "Morris ranks the parameters; the tornado method locates verdict flips."
            : "None within the ranges studied."}
        </p>
      ) : (
        <TextTableView
          className="sensitivity-table"
          table={flips}
          caption="Verdicts that flip within a parameter's range, and where"
        />
      )}

      {os !== undefined && (
        <>
          <h3 id={`${id}-objective`}>Per objective and topology</h3>
          <div className="sensitivity-choose">
            <label htmlFor={`${id}-os`}>Objective and topology</label>{" "}
            <select id={`${id}-os`} value={chosen} onChange={(e) => setChosen(Number(e.target.value))}>
              {result.objectives.map((o, i) => (
                <option key={objectiveLabel(o)} value={i}>
                  {objectiveLabel(o)}
                </option>
              ))}
            </select>
          </div>
          <p className="help">
            {`Base estimate ${formatMetricValue(os.metric, os.base.value)} (${formatMetricValue(os.metric, os.base.lower)} – ${formatMetricValue(os.metric, os.base.upper)}), ${os.base.verdict}; target ${formatMetricValue(os.metric, os.target)}.`}
          </p>
          <TextTableView
            className="sensitivity-table"
            table={effectTable(os, result.parameters)}
            caption={`Effects on ${objectiveLabel(os)}`}
          />
          {result.method === "tornado" && (
            <SvgCard
              key={chosen}
              title={`Tornado: ${objectiveLabel(os)}`}
              caption={`Bars: the estimate with one parameter at its low (light) and high (dark) end; solid line: base; dashed: target ${formatMetricValue(os.metric, os.target)}.`}
              stem={`${stem}-${safeFileName(objectiveLabel(os))}-tornado`}
              markup={(width) => tornadoChart(os, result.parameters, { width })}
            />
          )}
        </>
      )}
    </div>
  );
}
