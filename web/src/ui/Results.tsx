/**
 * The results of a comparison: the headline (the cheapest design that meets the service level),
 * the verdict table and the charts. Report charts come from `@resilab/reports` (drawn through the
 * allow-listing SVG reader); the timeline and queue chart are drawn by the lab itself.
 */
import {
  availabilityOverTimeChart,
  availabilityOverTimeData,
  cheapestMeeting,
  costVsAvailabilityChart,
  costVsAvailabilityData,
  type DurationKind,
  formatMetricValue,
  incidentTimelineData,
  interruptionDistributionChart,
  interruptionDistributionData,
  leadTimeDistributionChart,
  leadTimeDistributionData,
  metricInfo,
  outageDistributionChart,
  outageDistributionData,
  pairedDifferencesChart,
  provenanceLine,
} from "@resilab/reports";
import type { ExperimentResult } from "@resilab/sim-core";
import { useMemo, useRef, useState } from "react";
import { ChartCard } from "../charts/ChartCard";
import { withProvenance } from "../charts/chart-export";
import { DurationTables } from "../charts/DurationTables";
import { IncidentTimeline } from "../charts/IncidentTimeline";
import { QueueChart } from "../charts/QueueChart";
import { SafeSvg } from "../charts/SafeSvg";
import { TimelineControls, useTimelineZoom } from "../charts/TimelineControls";
import { TopologyDifferences } from "../charts/TopologyDifferences";
import { pageRange, resultForTopologies } from "../charts/topology-page";
import { VerdictTable } from "../charts/VerdictTable";
import type { Picture } from "../run/stream";
import { safeFileName } from "./download";
import { Pager } from "./Pager";

/** The lab's own charts get the provenance line the report charts carry. */
function withNote(markup: string | null, note: string): string | null {
  return markup === null ? null : withProvenance(markup, note);
}

function serialize(svg: SVGSVGElement | null): string | null {
  return svg === null ? null : new XMLSerializer().serializeToString(svg);
}

/** A report chart: rendered at the card's width, exported with the provenance note. */
function ReportChart(props: {
  title: string;
  caption: string;
  stem: string;
  draw: (width: number) => string;
  controls?: React.ReactNode;
  /** The result drawn: a new one is drawn in a turn of its own (see ChartCard). */
  drawKey: unknown;
}) {
  const last = useRef<string | null>(null);
  return (
    <ChartCard
      title={props.title}
      caption={props.caption}
      fileStem={props.stem}
      controls={props.controls}
      drawKey={props.drawKey}
      render={(width) => {
        const markup = props.draw(width);
        last.current = markup;
        return <SafeSvg markup={markup} />;
      }}
      exportSvg={() => last.current}
    />
  );
}

/**
 * Costs are in whatever currency the scenario's unit prices (`costs`) are written in: the
 * format has no currency field, so the lab says so rather than printing a bare "/h".
 */
function CostUnit() {
  return <span className="muted">(in the currency of the scenario's unit prices)</span>;
}

function Headline({ result }: { result: ExperimentResult }) {
  const cheapest = cheapestMeeting(result);
  if (result.verdicts.length === 0)
    return <p className="headline">The scenario sets no service-level objectives.</p>;
  if (cheapest === null) {
    return (
      <p className="headline headline-missed">
        No design meets every objective (yet: intervals narrow as replications finish).
      </p>
    );
  }
  return (
    <p className="headline headline-met">
      Cheapest design meeting every objective: <strong>{cheapest.topology}</strong> at{" "}
      {formatMetricValue("cost", cheapest.costPerHour)} <CostUnit />.
    </p>
  );
}

/** Everything drawn from one picture of a comparison. */
export function Results({ picture, stale }: { picture: Picture<ExperimentResult>; stale: boolean }) {
  const full = picture.result;
  // Many topologies are drawn a page at a time; the headline still looks at all of them.
  const [topologyPage, setTopologyPage] = useState(0);
  const range = pageRange(full.topologies.length, topologyPage);
  const result = useMemo(() => resultForTopologies(full, range.from, range.to), [full, range.from, range.to]);
  const note = provenanceLine(full);
  const stem = safeFileName(result.scenario.name);
  const metrics = useMemo(() => [...new Set(result.differences.map((d) => d.metric))], [result]);
  const [metric, setMetric] = useState("outageDuration");
  const [durationKind, setDurationKind] = useState<DurationKind>("outages");
  const shownMetric = metrics.includes(metric as never) ? metric : (metrics[0] ?? metric);
  const timeline = useMemo(() => incidentTimelineData(result), [result]);
  const zoom = useTimelineZoom(timeline);
  const timelineSvg = useRef<SVGSVGElement>(null);
  const queueSvg = useRef<SVGSVGElement>(null);
  const differences = result.differences.filter((d) => d.metric === shownMetric);
  // Captions mention a service-level line only where the scenario sets that objective.
  const objectiveOn = useMemo(() => new Set(full.verdicts.map((v) => v.objective.metric)), [full]);

  return (
    <div className={stale ? "results-body stale" : "results-body"} aria-busy={!picture.final}>
      {stale && (
        <p className="notice-inline" role="status">
          These results are for an earlier version of the scenario. Run again to update them.
        </p>
      )}
      <Headline result={full} />
      <Pager
        label="Topologies shown"
        count={full.topologies.length}
        page={range.page}
        onPage={setTopologyPage}
      />
      <section aria-labelledby="verdicts-h" id="verdicts">
        <h2 id="verdicts-h">Service-level verdicts</h2>
        <VerdictTable result={result} />
      </section>
      <TopologyDifferences result={result} />
      <section aria-labelledby="durations-h" id="durations">
        <h2 id="durations-h">Service outages and interruption recovery</h2>
        <DurationTables result={result} />
      </section>
      <section aria-labelledby="charts-h" id="charts" className="charts">
        <h2 id="charts-h" className="visually-hidden">
          Charts
        </h2>
        <ReportChart
          drawKey={result}
          title={
            durationKind === "outages"
              ? "Service outages against the service level"
              : "Interruption recovery against the service level"
          }
          caption={
            durationKind === "outages"
              ? `How long a team shard stops accepting triggers or showing state, whatever caused it, pooled over replications, on a log scale${objectiveOn.has("outageDuration") ? "; the dashed line is the agreed service level" : " (the scenario sets no outage objective, so no service-level line)"}. Dotted: median, solid: p99 (Kaplan–Meier: outages still open at the horizon count as censored).`
              : `From each failure that interrupted running work until all that work runs again, pooled over replications, on a log scale${objectiveOn.has("interruptionRecovery") ? "; the dashed line is the agreed service level" : ""}. Work that never ran again counts as never recovered. Dotted: median, solid: p99.`
          }
          stem={`${stem}-${durationKind}`}
          controls={
            <label>
              Show{" "}
              <select value={durationKind} onChange={(e) => setDurationKind(e.target.value as DurationKind)}>
                <option value="outages">Service outages</option>
                <option value="interruptions">Interruption recovery</option>
              </select>
            </label>
          }
          draw={(width) =>
            durationKind === "outages"
              ? outageDistributionChart(outageDistributionData(result), { width, note })
              : interruptionDistributionChart(interruptionDistributionData(result), { width, note })
          }
        />
        <ReportChart
          drawKey={result}
          title="Paired differences between topologies"
          caption="a − b on the same workload and fault trace (common random numbers): an interval that excludes zero is a real difference. Green: a is better; vermillion: a is worse."
          stem={`${stem}-differences-${safeFileName(shownMetric)}`}
          controls={
            <label>
              Metric{" "}
              <select value={shownMetric} onChange={(e) => setMetric(e.target.value)}>
                {metrics.map((m) => (
                  <option key={m} value={m}>
                    {metricInfo(m).label}
                  </option>
                ))}
              </select>
            </label>
          }
          draw={(width) =>
            pairedDifferencesChart(
              { differences },
              { width, note, title: `Paired differences: ${metricInfo(shownMetric).label.toLowerCase()}` },
            )
          }
        />
        <ChartCard
          drawKey={result}
          title="Incident timeline"
          caption="Replication 0 of each topology under the same fault trace. Triangles mark failures; shaded bars are recovery spans. Zoom with the buttons, the keys + − ← → 0 (click the chart first) or by dragging across it; double-click zooms out."
          fileStem={`${stem}-timeline`}
          controls={<TimelineControls zoom={zoom} horizon={timeline.horizon} />}
          render={(width) => (
            <IncidentTimeline
              data={timeline}
              width={width}
              svgRef={timelineSvg}
              title="Incident timeline"
              zoom={zoom}
            />
          )}
          exportSvg={() => withNote(serialize(timelineSvg.current), note)}
        />
        <ChartCard
          drawKey={result}
          title="Queue length over time"
          caption="Pipelines waiting to start, per time bucket, averaged over replications: outages show up as queues."
          fileStem={`${stem}-queue`}
          render={(width) => (
            <QueueChart result={result} width={width} svgRef={queueSvg} title="Queue length over time" />
          )}
          exportSvg={() => withNote(serialize(queueSvg.current), note)}
        />
        <ReportChart
          drawKey={result}
          title="Availability over time"
          caption={`Share of each time bucket in which triggers were accepted, averaged over replications${objectiveOn.has("availability") ? "; the dashed line is the availability objective" : ""}.`}
          stem={`${stem}-availability`}
          draw={(width) => availabilityOverTimeChart(availabilityOverTimeData(result), { width, note })}
        />
        <ReportChart
          drawKey={result}
          title="Cost against availability"
          caption="Mean cost per hour against availability, with confidence intervals; the ringed design is the cheapest that meets every objective."
          stem={`${stem}-cost`}
          draw={(width) => costVsAvailabilityChart(costVsAvailabilityData(result), { width, note })}
        />
        <ReportChart
          drawKey={result}
          title="Lead time"
          caption="Time from trigger to done for every pipeline, pooled over replications, on a log scale."
          stem={`${stem}-lead-time`}
          draw={(width) => leadTimeDistributionChart(leadTimeDistributionData(result), { width, note })}
        />
      </section>
    </div>
  );
}
