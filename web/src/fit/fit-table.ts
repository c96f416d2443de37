/**
 * The cells of the fit panel's tables: per class and quantity the chosen distribution, its
 * parameters and mean with their 95 % intervals, AIC and KS distance; and per sample every
 * candidate. Durations are written as the YAML writes them (`yamlDuration`), so the table and
 * the applied block show the same numbers.
 */
import { formatNumber } from "@resilab/reports";
import {
  type ClassFit,
  formatTimestamp,
  type IncidentFit,
  type ParameterEstimate,
  type RankedCandidate,
  type SampleFit,
  yamlDuration,
} from "@resilab/sim-core";
import type { TextTable } from "../charts/text-table";

/** A table as text: a header and rows of cells (the first `rowHeaders` cells of a row are headers). */
/** A fit result table (text cells). */
export type CellTable = TextTable;

/** The two fitted quantities of a class. */
export const QUANTITIES = [
  { key: "timeToFailure", label: "time to failure" },
  { key: "repair", label: "time to repair" },
] as const satisfies readonly { key: keyof ClassFit; label: string }[];

const DURATION_PARAMETERS = new Set(["mean", "scale"]);

/** A value with its 95 % interval, e.g. `18.09d (11.91d – 27.47d)`. */
export function estimateText(p: ParameterEstimate): string {
  const f = (v: number) => (DURATION_PARAMETERS.has(p.name) ? yamlDuration(v) : formatNumber(v));
  const ci = p.lower === null || p.upper === null ? "no interval" : `${f(p.lower)} – ${f(p.upper)}`;
  return `${f(p.value)} (${ci})`;
}

function parametersText(c: RankedCandidate): string {
  return c.parameters.map((p) => `${p.name} ${estimateText(p)}`).join("; ");
}

function dataText(s: SampleFit): string {
  return `${s.events} observed + ${s.censored} censored`;
}

/** The per-class summary: one row per class and quantity. */
export function fitSummaryTable(fit: IncidentFit): CellTable {
  const rows: string[][] = [];
  for (const c of fit.classes) {
    for (const q of QUANTITIES) {
      const s = c[q.key];
      const x = s.chosen;
      rows.push(
        x === null
          ? [c.cls, q.label, dataText(s), "not fitted", s.failures[0]?.reason ?? "no data", "–", "–", "–"]
          : [
              c.cls,
              q.label,
              dataText(s),
              x.family,
              parametersText(x),
              estimateText(x.mean),
              x.aic.toFixed(1),
              x.ks.toFixed(3),
            ],
      );
    }
  }
  return {
    header: [
      "class",
      "quantity",
      "data",
      "chosen",
      "parameters (95 % CI)",
      "mean (95 % CI)",
      "AIC",
      "KS distance",
    ],
    rows,
    rowHeaders: 2,
  };
}

/** Every candidate of one sample, best AIC first, and the families that could not be fitted. */
export function candidatesTable(s: SampleFit): CellTable {
  const rows = [...s.candidates]
    .sort((a, b) => a.aic - b.aic)
    .map((c) => [
      `${c.family}${c.family === s.chosen?.family ? " (chosen)" : ""}`,
      parametersText(c),
      estimateText(c.mean),
      c.logLikelihood.toFixed(2),
      c.aic.toFixed(1),
      c.deltaAic.toFixed(1),
      `${c.ks.toFixed(3)}${c.converged ? "" : " (optimiser did not converge)"}`,
    ]);
  for (const f of s.failures) rows.push([f.family, `not fitted: ${f.reason}`, "–", "–", "–", "–", "–"]);
  return {
    header: [
      "candidate",
      "parameters (95 % CI)",
      "mean (95 % CI)",
      "log-likelihood",
      "AIC",
      "ΔAIC",
      "KS distance",
    ],
    rows,
    rowHeaders: 1,
  };
}

/** One line on what was read: rows, window, columns used and ignored. */
export function readSummary(fit: IncidentFit): string {
  const used = fit.classes.reduce((n, c) => n + c.history.rows - c.history.outsideWindow, 0);
  const ignored =
    fit.ignoredColumns.length === 0
      ? ""
      : ` Columns not used: ${fit.ignoredColumns.map((c) => JSON.stringify(c)).join(", ")}.`;
  const w = fit.windowDefaulted;
  const taken =
    w.start || w.end
      ? ` (${[w.start ? "start" : "", w.end ? "end" : ""].filter(Boolean).join(" and ")} taken from the data)`
      : "";
  return `${fit.source}: ${fit.rows} rows (${fit.format}), ${used} in the observation window ${formatTimestamp(fit.window.start)} to ${formatTimestamp(fit.window.end)}${taken}, ${fit.rows - used} outside; ${fit.classes.length} fault class${fit.classes.length === 1 ? "" : "es"}.${ignored}`;
}
