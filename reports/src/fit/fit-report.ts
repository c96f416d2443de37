/**
 * The self-contained HTML report of `resilab fit`: what was read (rows per class, used or
 * outside the window, censored counts), then per class and per quantity the candidates' table
 * (parameters with 95 % intervals, mean, log-likelihood, AIC, ΔAIC, KS distance) and the Q–Q
 * plot, then the `faults:` YAML. Same shell rules as the other reports: inline CSS, a Content
 * Security Policy without scripts or fetches, every input string escaped.
 */
import type { ClassFit, IncidentFit, ParameterEstimate, SampleFit } from "@resilab/sim-core";
import { formatTimestamp } from "@resilab/sim-core";
import { formatDuration, formatNumber } from "../format";
import { figure } from "../html/page";
import { REPORT_CSS } from "../html/styles";
import { htmlTag, text, voidTag } from "../markup";
import { qqPlotChart, qqPlotData } from "./qq-plot";

/** What the report says about the tool and the input. */
export interface FitReportOptions {
  tool: { name: string; version: string };
  /** Hash of the input file (as `scenarioHash` elsewhere), so the report names its data. */
  inputHash: string;
  /** The `faults:` YAML written beside the report. */
  yaml: string;
  /** Chart width in pixels; default 460. */
  chartWidth?: number;
}

const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const th = (s: string, scope: "col" | "row" = "col") => htmlTag("th", { scope }, text(s));
const td = (s: string) => htmlTag("td", {}, text(s));

function table(head: readonly string[], rows: readonly string[][]): string {
  return htmlTag(
    "div",
    { class: "table-wrap" },
    htmlTag(
      "table",
      { class: "rl-metrics" },
      htmlTag("thead", {}, htmlTag("tr", {}, ...head.map((h) => th(h)))),
      htmlTag("tbody", {}, ...rows.map((r) => htmlTag("tr", {}, th(r[0]!, "row"), ...r.slice(1).map(td)))),
    ),
  );
}

function valueText(p: ParameterEstimate): string {
  const isDuration = p.name === "mean" || p.name === "scale";
  const f = (v: number) => (isDuration ? formatDuration(v) : formatNumber(v));
  const ci = p.lower === null || p.upper === null ? "no interval" : `${f(p.lower)} – ${f(p.upper)}`;
  return `${p.name} ${f(p.value)} (95 % CI ${ci})`;
}

function chosenText(s: SampleFit): string {
  return s.chosen === null ? "not fitted" : `${s.chosen.family}, mean ${formatDuration(s.chosen.mean.value)}`;
}

function summaryTable(fit: IncidentFit): string {
  return table(
    [
      "class",
      "rows",
      "outside window",
      "components",
      "open",
      "time to failure (events + censored)",
      "repair (events + censored)",
      "time to failure",
      "repair",
    ],
    fit.classes.map((c) => [
      c.cls,
      String(c.history.rows),
      String(c.history.outsideWindow),
      String(c.history.components),
      String(c.history.open),
      `${c.timeToFailure.events} + ${c.timeToFailure.censored}`,
      `${c.repair.events} + ${c.repair.censored}`,
      chosenText(c.timeToFailure),
      chosenText(c.repair),
    ]),
  );
}

function candidatesTable(s: SampleFit): string {
  const rows = [...s.candidates]
    .sort((a, b) => a.aic - b.aic)
    .map((c) => [
      `${c.family}${c === s.chosen ? " (chosen)" : ""}${c.converged ? "" : " (optimiser did not converge)"}`,
      c.parameters.map(valueText).join("; "),
      valueText(c.mean).replace(/^mean /, ""),
      c.logLikelihood.toFixed(2),
      c.aic.toFixed(2),
      c.deltaAic.toFixed(2),
      c.ks.toFixed(3),
    ]);
  for (const f of s.failures) rows.push([f.family, `not fitted: ${f.reason}`, "", "", "", "", ""]);
  return table(["candidate", "parameters", "mean", "log L", "AIC", "ΔAIC", "KS distance"], rows);
}

function sampleBlock(c: ClassFit, label: string, s: SampleFit, width: number): string {
  const intro = `${label}: ${s.events} observed, ${s.censored} right-censored, total exposure ${formatDuration(s.exposure)}.`;
  return [
    htmlTag("h3", {}, text(`${c.cls} — ${label}`)),
    htmlTag("p", {}, text(intro)),
    candidatesTable(s),
    figure(
      qqPlotChart(qqPlotData(s), { width, title: `${c.cls}: ${label} Q–Q plot` }),
      "Observed event times against each candidate's quantiles at the Kaplan–Meier plotting positions; the dashed line is a perfect fit. Markers: exponential ○, Weibull □, lognormal ◇, gamma △; filled: the chosen candidate.",
    ),
  ].join("\n");
}

/** The fit as one HTML document. */
export function renderFitHtml(fit: IncidentFit, options: FitReportOptions): string {
  const width = options.chartWidth ?? 460;
  const title = `Fault fit: ${fit.source}`;
  const window = `${formatTimestamp(fit.window.start)} to ${formatTimestamp(fit.window.end)}`;
  const defaulted = fit.windowDefaulted.start || fit.windowDefaulted.end;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    voidTag("meta", { "http-equiv": "Content-Security-Policy", content: CSP }),
    voidTag("meta", { name: "generator", content: `${options.tool.name} ${options.tool.version}` }),
    htmlTag("title", {}, text(title)),
    htmlTag("style", {}, REPORT_CSS),
  ].join("\n");
  const provenance = `${options.tool.name} ${options.tool.version} · input hash ${options.inputHash} · ${fit.format}, ${fit.rows} rows`;
  const header = htmlTag(
    "header",
    {},
    htmlTag("h1", {}, text(title)),
    htmlTag("p", { class: "provenance" }, text(provenance)),
    htmlTag(
      "p",
      { class: "headline" },
      text(
        `Observation window ${window}${defaulted ? " (partly taken from the data)" : ""}. ${fit.classes.length} fault classes fitted.`,
      ),
    ),
  );
  const columns = Object.entries(fit.columns)
    .map(([field, header]) => `${field} ← "${header}"`)
    .join(", ");
  const sections = [
    htmlTag(
      "section",
      { id: "rows" },
      htmlTag("h2", {}, text("What was read")),
      htmlTag(
        "p",
        {},
        text(
          `Columns: ${columns}. Not used: ${fit.ignoredColumns.length === 0 ? "none" : fit.ignoredColumns.join(", ")}. Every row is either used or counted outside the observation window.`,
        ),
      ),
      summaryTable(fit),
    ),
    ...fit.classes.map((c) =>
      htmlTag(
        "section",
        { id: `class-${c.cls.toLowerCase()}` },
        htmlTag("h2", {}, text(c.cls)),
        sampleBlock(c, "time to failure", c.timeToFailure, width),
        sampleBlock(c, "time to repair", c.repair, width),
      ),
    ),
    htmlTag(
      "section",
      { id: "yaml" },
      htmlTag("h2", {}, text("Scenario faults")),
      htmlTag(
        "p",
        {},
        text(
          "Paste into a scenario (docs/scenario-format.md); the comments carry the fit quality and the intervals.",
        ),
      ),
      htmlTag("pre", {}, htmlTag("code", {}, text(options.yaml))),
    ),
    htmlTag(
      "section",
      { id: "method" },
      htmlTag("h2", {}, text("Method")),
      htmlTag(
        "p",
        {},
        text(
          "Maximum likelihood with right-censoring (open incidents and the gap after each component's last return to service). Candidates are chosen by AIC: the simplest within 2 of the best. Intervals are 95 % Wald intervals from the observed Fisher information, on the log scale for positive parameters. The KS distance is measured against the Kaplan–Meier estimate; with estimated parameters it is a distance, not a test. See docs/fitting.md.",
        ),
      ),
    ),
  ];
  const footer = htmlTag(
    "footer",
    {},
    htmlTag(
      "p",
      {},
      text(`Generated by ${provenance}. The same input and version reproduce this report byte for byte.`),
    ),
  );
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n${head}\n</head>\n<body>\n${header}\n${htmlTag("main", {}, ...sections)}\n${footer}\n</body>\n</html>\n`;
}
