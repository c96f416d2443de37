/**
 * The fit panel's result: the per-class summary table, then per class and quantity a disclosure
 * with every candidate and the Q–Q plot (drawn by `@resilab/reports` as in the CLI's fit
 * report, shown through SafeSvg; only when opened, as a history may have 15 classes).
 */
import { qqPlotChart, qqPlotData } from "@resilab/reports";
import type { IncidentFit, SampleFit } from "@resilab/sim-core";
import { useRef, useState } from "react";
import { ChartCard } from "../charts/ChartCard";
import { SafeSvg } from "../charts/SafeSvg";
import { TextTableView } from "../charts/TextTableView";
import { safeFileName } from "../ui/download";
import { type CellTable, candidatesTable, fitSummaryTable, QUANTITIES } from "./fit-table";

/** A fit table (cells are text: React escapes them). */
export function CellTableView({ table, caption }: { table: CellTable; caption: string }) {
  return <TextTableView table={table} caption={caption} className="fit-table" />;
}

function QqCard({ sample, title, stem }: { sample: SampleFit; title: string; stem: string }) {
  const last = useRef<string | null>(null);
  return (
    <ChartCard
      title={title}
      caption="Each observed time against each candidate's quantile at the same Kaplan–Meier probability, log–log; points on the dashed line fit. Filled markers: the chosen candidate."
      fileStem={stem}
      render={(width) => {
        last.current = qqPlotChart(qqPlotData(sample), { width: Math.min(width, 560), title });
        return <SafeSvg markup={last.current} />;
      }}
      exportSvg={() => last.current}
    />
  );
}

function SampleDetails({ sample, title, stem }: { sample: SampleFit; title: string; stem: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="fit-sample" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {title}: {sample.candidates.length} candidate{sample.candidates.length === 1 ? "" : "s"} and Q–Q plot
      </summary>
      {open && (
        <>
          <CellTableView table={candidatesTable(sample)} caption={`Candidates for ${title}`} />
          {sample.candidates.length > 0 && (
            <QqCard sample={sample} title={`Q–Q plot: ${title}`} stem={stem} />
          )}
        </>
      )}
    </details>
  );
}

/** The summary table and the per-sample details of a fit. */
export function FitTables({ fit }: { fit: IncidentFit }) {
  const stem = safeFileName(`fit-${fit.source.replace(/\.(csv|json)$/i, "")}`);
  return (
    <>
      <CellTableView
        table={fitSummaryTable(fit)}
        caption="Chosen distribution per fault class (lowest AIC, the simplest within 2 of it), with 95 % intervals"
      />
      <div className="fit-details">
        {fit.classes.flatMap((c) =>
          QUANTITIES.map((q) => (
            <SampleDetails
              key={`${c.cls}-${q.key}`}
              sample={c[q.key]}
              title={`${c.cls} ${q.label}`}
              stem={`${stem}-${c.cls}-${q.key}-qq`}
            />
          )),
        )}
      </div>
    </>
  );
}
