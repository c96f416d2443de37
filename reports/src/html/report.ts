/**
 * The self-contained HTML report of an experiment: inline SVG charts and inline CSS, no scripts,
 * no network. Sections: verdicts, service-outage distribution against the service level with
 * censored counts and the per-class breakdown, interruption recovery, paired differences,
 * lead-time distribution, availability over time, incident timeline (whole run and a zoom on the
 * most telling incident), cost against availability, and every metric.
 */
import type { ExperimentResult } from "@resilab/sim-core";
import { cheapestMeeting } from "../analysis";
import { availabilityOverTimeChart, availabilityOverTimeData } from "../charts/availability-over-time";
import { costVsAvailabilityChart, costVsAvailabilityData } from "../charts/cost-vs-availability";
import { incidentTimelineChart } from "../charts/incident-timeline";
import { leadTimeDistributionChart, leadTimeDistributionData } from "../charts/lead-time-distribution";
import {
  interruptionDistributionChart,
  interruptionDistributionData,
  outageDistributionChart,
  outageDistributionData,
} from "../charts/outage-distribution";
import { pairedDifferencesChart, pairedDifferencesData } from "../charts/paired-differences";
import { incidentTimelineData, pipelinesInWindow, worstIncidentWindow } from "../charts/timeline-data";
import { verdictTableData, verdictTableHtml } from "../charts/verdict-table";
import { formatDuration, formatMetricValue } from "../format";
import {
  TOPOLOGY_DIFFERENCES_INTRO,
  TOPOLOGY_DIFFERENCES_TITLE,
  topologyDifferencesHtml,
} from "../topology-differences";
import { assertSchemaVersion } from "../writers/json";
import { classBreakdownHtml, durationSummaryHtml } from "./duration-tables";
import { metricsTableHtml } from "./metrics-table";
import { figure, type ReportSection, reportPage } from "./page";

/** Options for {@link renderHtmlReport}. */
export interface HtmlReportOptions {
  /** Chart width in pixels (they also scale down with the page), default 960. */
  chartWidth?: number;
}

function headline(result: ExperimentResult): string {
  const cheapest = cheapestMeeting(result);
  if (cheapest)
    return `Cheapest design meeting every objective: ${cheapest.topology} at ${formatMetricValue("cost", cheapest.costPerHour)}.`;
  return result.verdicts.length > 0
    ? "No design meets every objective."
    : "The scenario sets no service-level objectives.";
}

/** The zoomed timeline's caption: it names stage attempts only when sample pipelines run in the window. */
function zoomCaption(window: [number, number], pipelines: number): string {
  const span = `From ${formatDuration(window[0])} to ${formatDuration(window[1])}`;
  return pipelines > 0
    ? `${span}: the service-affecting incident that hit the most sample pipelines, with the stage attempts of the sample pipelines running then (up to 16 per topology).`
    : `${span}: the incident with the longest recovery. No sample pipeline runs then (the samples are a run's first pipelines), so no stage attempts are drawn.`;
}

function timelineSections(result: ExperimentResult, width: number): string {
  const data = incidentTimelineData(result);
  const whole = figure(
    incidentTimelineChart(data, { width }),
    "Replication 0 of each topology. Triangles mark failures; shaded bars are recovery spans (hover for details).",
  );
  const window = worstIncidentWindow(data);
  if (window === null) return whole;
  const zoom = figure(
    incidentTimelineChart(data, { width, window, pipelines: true, title: "Incident timeline, zoomed" }),
    zoomCaption(window, pipelinesInWindow(data, window)),
  );
  return whole + zoom;
}

/** The experiment as one HTML document (a string; write it to a `.html` file). */
export function renderHtmlReport(result: ExperimentResult, options: HtmlReportOptions = {}): string {
  assertSchemaVersion(result);
  const width = options.chartWidth ?? 960;
  const sections: ReportSection[] = [
    {
      id: "verdicts",
      title: "Service-level verdicts",
      intro:
        "Each objective per topology: met or missed when the whole confidence interval is on one side of the target, inconclusive when it straddles it.",
      body: htmlDiv(verdictTableHtml(verdictTableData(result))),
    },
    {
      id: "outages",
      title: "Service outages against the service level",
      intro:
        "How long a team shard stops accepting triggers or showing state, from going down to serving again whatever caused it, pooled over replications, on a log scale; the dashed line is the agreed service level. Outages still open at the horizon are censored: they count in the Kaplan–Meier median and p99, not in the bars.",
      body:
        figure(
          outageDistributionChart(outageDistributionData(result), { width }),
          "Bars: share of completed outages per time bucket. Dotted: median. Solid: p99 (Kaplan–Meier).",
        ) +
        durationSummaryHtml(result) +
        classBreakdownHtml(result, "outages"),
    },
    {
      id: "interruptions",
      title: "Interruption recovery",
      intro:
        "For each failure that interrupted running work: the time until all that work runs again, pooled over replications, on a log scale. Work that never ran again (its pipeline failed or was lost) counts as never recovered.",
      body:
        figure(
          interruptionDistributionChart(interruptionDistributionData(result), { width }),
          "Bars: share of interruptions per time bucket. Dotted: median. Solid: p99 (Kaplan–Meier).",
        ) + classBreakdownHtml(result, "interruptions"),
    },
    {
      id: "differences",
      title: "Paired differences",
      intro:
        "Differences between topologies measured on the same workload and fault trace (common random numbers); an interval that excludes zero is a real difference.",
      body: figure(
        pairedDifferencesChart(pairedDifferencesData(result), { width }),
        "Dot: mean difference a − b. Bar: its confidence interval.",
      ),
    },
    {
      id: "lead-time",
      title: "Lead time",
      intro: "Time from trigger to done for every pipeline, pooled over replications, on a log scale.",
      body: figure(
        leadTimeDistributionChart(leadTimeDistributionData(result), { width }),
        "Bars: share of pipelines per time bucket. Dotted: median. Solid: p99.",
      ),
    },
    {
      id: "availability",
      title: "Availability over time",
      intro: "Share of each time bucket in which triggers were accepted, averaged over replications.",
      body: figure(
        availabilityOverTimeChart(availabilityOverTimeData(result), { width }),
        "Dips are outages; the dashed line is the availability objective.",
      ),
    },
    {
      id: "timeline",
      title: "Incident timeline",
      intro:
        "The same fault trace hits every topology; what differs is how long each takes to recover and which pipelines it costs.",
      body: timelineSections(result, width),
    },
    {
      id: "cost",
      title: "Cost against availability",
      intro:
        "Mean cost per hour against availability, with confidence intervals; the ringed design is the cheapest that meets every objective.",
      body: figure(
        costVsAvailabilityChart(costVsAvailabilityData(result), { width }),
        "Status words: MET means every objective is met.",
      ),
    },
    {
      id: "metrics",
      title: "All metrics",
      intro: "Every metric per topology: the mean across replications and its confidence interval.",
      body: metricsTableHtml(result),
    },
  ];
  const differs = topologyDifferencesHtml(result);
  if (differs !== "") {
    // Right after the verdicts: what the comparison compares.
    const at = sections.findIndex((s) => s.id === "verdicts") + 1;
    sections.splice(at, 0, {
      id: "what-differs",
      title: TOPOLOGY_DIFFERENCES_TITLE,
      intro: TOPOLOGY_DIFFERENCES_INTRO,
      body: differs,
    });
  }
  return reportPage(result, "Resilab report", headline(result), sections);
}

function htmlDiv(inner: string): string {
  return `<div class="table-wrap">${inner}</div>`;
}
