// Public API of @resilab/reports: writers (JSON, JSON Lines, CSV, Markdown, JUnit), HTML reports,
// charts (data → SVG string, shared with the web lab) and their helpers. Explicit named exports only.

export type { CheapestDesign, ObjectiveRow, VerdictReading } from "./analysis";
export {
  cheapestMeeting,
  objectiveRows,
  readDifference,
  statusWord,
  topologyStatus,
  verdictEstimateText,
  verdictReading,
} from "./analysis";
export type { AvailabilityOverTimeData } from "./charts/availability-over-time";
export { availabilityOverTimeChart, availabilityOverTimeData } from "./charts/availability-over-time";
export type { CostAvailabilityPoint, CostVsAvailabilityData } from "./charts/cost-vs-availability";
export { costVsAvailabilityChart, costVsAvailabilityData } from "./charts/cost-vs-availability";
export type { DistributionChartData, DistributionSeries, ServiceLevelLine } from "./charts/distribution-rows";
export type { IncidentTimelineOptions } from "./charts/incident-timeline";
export { incidentTimelineChart } from "./charts/incident-timeline";
export type { LeadTimeDistributionData } from "./charts/lead-time-distribution";
export { leadTimeDistributionChart, leadTimeDistributionData } from "./charts/lead-time-distribution";
export type { ChartOptions } from "./charts/options";
export type { DurationDistributionData } from "./charts/outage-distribution";
export {
  interruptionDistributionChart,
  interruptionDistributionData,
  outageDistributionChart,
  outageDistributionData,
} from "./charts/outage-distribution";
export type { PairedDifferencesData } from "./charts/paired-differences";
export { pairedDifferencesChart, pairedDifferencesData } from "./charts/paired-differences";
export { OKABE_ITO, seriesColor, seriesDash, verdictColor } from "./charts/palette";
export { sweepCurvesChart } from "./charts/sweep-curves";
export type { SweepCurvesData, SweepSeries } from "./charts/sweep-data";
export { sweepCurvesSets, sweepMetricCurvesData, sweepObjectiveCurvesData } from "./charts/sweep-data";
export type { IncidentTimelineData, TimelineLane } from "./charts/timeline-data";
export { incidentTimelineData, worstIncidentWindow } from "./charts/timeline-data";
export type { VerdictTableData } from "./charts/verdict-table";
export { verdictTableData, verdictTableHtml } from "./charts/verdict-table";
export type { ClassBreakdown, DurationKind, PooledDurations, TextTable } from "./durations";
export {
  censoredPhrase,
  classBreakdownTable,
  DURATION_INFO,
  DURATION_KINDS,
  durationSummaryTable,
  eventCount,
  eventsCell,
  pooledOf,
  quantileCell,
} from "./durations";
export { escapeHtml, escapeMarkdown, escapeXml } from "./escape";
export type { FitReportOptions } from "./fit/fit-report";
export { renderFitHtml } from "./fit/fit-report";
export type { QqPlotData, QqSeries } from "./fit/qq-plot";
export { qqPlotChart, qqPlotData } from "./fit/qq-plot";
export type { FormattedInterval, ValueFormatter } from "./format";
export {
  formatDuration,
  formatDurationOrNone,
  formatInterval,
  formatMetricValue,
  formatNumber,
  hasEstimate,
  isUnbounded,
} from "./format";
export type { HtmlReportOptions } from "./html/report";
export { renderHtmlReport } from "./html/report";
export { renderSweepHtml } from "./html/sweep-report";
export type { MetricInfo, MetricUnit } from "./metrics";
export { METRIC_ORDER, metricInfo } from "./metrics";
export type { Provenance } from "./provenance";
export { provenanceLine, provenanceOf } from "./provenance";
// --- sensitivity and parameter uncertainty ---
export { formatParameterValue, parameterRangeText } from "./sensitivity/parameter-format";
export { rankingChart } from "./sensitivity/ranking-chart";
export { renderSensitivityHtml } from "./sensitivity/sensitivity-report";
export { flipRows } from "./sensitivity/sensitivity-rows";
export { TORNADO_ROWS, tornadoChart } from "./sensitivity/tornado-chart";
export { renderUncertaintyHtml } from "./sensitivity/uncertainty-report";
export { UNCERTAINTY_HEAD, uncertaintyRows } from "./sensitivity/uncertainty-rows";
export type { SweepResult } from "./sweep-result";
export {
  TOPOLOGY_DIFFERENCES_INTRO,
  TOPOLOGY_DIFFERENCES_TITLE,
  topologyDifferenceRows,
  topologyDifferencesHtml,
  topologyDifferencesMarkdown,
} from "./topology-differences";
export type { CsvValue } from "./writers/csv";
export { csvCell, csvDocument, durationsCsv, summaryCsv, sweepCsv } from "./writers/csv";
export { REPORT_SCHEMA_VERSION, resultRunText, toJson, toJsonChunks } from "./writers/json";
export {
  incidentsJsonl,
  type JsonlProvenance,
  pipelinesJsonl,
  runsJsonl,
  runsJsonlChunks,
  runsJsonlLine,
} from "./writers/jsonl";
export type { JunitOptions } from "./writers/junit";
export { junitXml } from "./writers/junit";
export type { MarkdownOptions } from "./writers/markdown";
export { summaryMarkdown } from "./writers/markdown";
export { sweepMarkdown } from "./writers/sweep-markdown";
