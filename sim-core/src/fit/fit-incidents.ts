/**
 * `fitIncidents`: the whole fit of an incident history — per fault class, the candidates for the
 * time to failure and the time to repair, each chosen by AIC — as one JSON-serialisable document.
 */
import { invalid } from "../errors";
import { type ClassHistory, classHistories, defaultWindow, type ObservationWindow } from "./incident-history";
import type { FaultClassName } from "./input/fault-classes";
import type { IncidentTable } from "./input/read-incidents";
import { fitSample, type SampleFit } from "./select-candidate";

/** Options of {@link fitIncidents}. */
export interface FitIncidentsOptions {
  /** Start of the observation window (epoch seconds); default the first incident's start. */
  windowStart?: number;
  /** End of the observation window (epoch seconds); default the last start or end in the file. */
  windowEnd?: number;
  /** Components per class, when some never failed in the window (default: those the file names). */
  components?: ReadonlyMap<FaultClassName, number>;
}

/** One class: what its rows gave and the two fits. */
export interface ClassFit {
  cls: FaultClassName;
  history: Omit<ClassHistory, "timeToFailure" | "repair">;
  timeToFailure: SampleFit;
  repair: SampleFit;
}

/** The fit of a whole history. */
export interface IncidentFit {
  /** Name of the input file. */
  source: string;
  format: string;
  columns: IncidentTable["columns"];
  ignoredColumns: string[];
  /** Rows read (every one is either used or counted as outside the window). */
  rows: number;
  window: ObservationWindow;
  /** Which ends of the window came from the data rather than the user. */
  windowDefaulted: { start: boolean; end: boolean };
  classes: ClassFit[];
}

/** Fits every class of `table`. */
export function fitIncidents(
  source: string,
  table: IncidentTable,
  options: FitIncidentsOptions = {},
): IncidentFit {
  const data = defaultWindow(table.incidents);
  const window = { start: options.windowStart ?? data.start, end: options.windowEnd ?? data.end };
  if (!(window.end > window.start)) {
    invalid(
      "observation window",
      `${window.start}..${window.end}`,
      "an end after the start (--observation-start, --observation-end)",
    );
  }
  const classes = classHistories(table.incidents, window, options.components).map((h): ClassFit => {
    const { timeToFailure, repair, ...history } = h;
    return { cls: h.cls, history, timeToFailure: fitSample(timeToFailure), repair: fitSample(repair) };
  });
  return {
    source,
    format: table.format,
    columns: table.columns,
    ignoredColumns: table.ignoredColumns,
    rows: table.incidents.length,
    window,
    windowDefaulted: { start: options.windowStart === undefined, end: options.windowEnd === undefined },
    classes,
  };
}
