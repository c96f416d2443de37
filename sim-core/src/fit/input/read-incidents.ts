/**
 * Reads an incident history (CSV with a header row, or a JSON array of objects with the same
 * keys) into typed incidents. Every bad cell is reported — file:line, the column as written, the
 * value and what is allowed — and then the whole file is refused: a fit must never quietly rest
 * on fewer rows than the user gave it.
 *
 * Durations are parsed by the caller's `parseDuration` (the scenario format's units live in
 * @resilab/scenarios, which depends on this package, not the other way round).
 */
import { describeValue, type Issue } from "../../errors";
import { FAULT_CLASS_NAMES, type FaultClassName, faultClassHint, resolveClass } from "./fault-classes";
import type { IncidentField } from "./incident-columns";
import { IncidentFileError, incidentRows, type RawRow } from "./incident-rows";
import { parseTimestamp, TIMESTAMP_ALLOWED } from "./timestamps";

export { IncidentFileError } from "./incident-rows";

/** Failure modes of the scenario format. */
export const FAILURE_MODES = ["crash", "hang", "slow"] as const;
export type FailureModeName = (typeof FAILURE_MODES)[number];

/** One incident of the history. Times are seconds since the epoch. */
export interface FitIncident {
  /** Where it came from, e.g. `incidents.csv:12` or `incidents.json[3]`. */
  source: string;
  id: string | null;
  cls: FaultClassName;
  /** The component that failed; the class name when the file has no component column. */
  component: string;
  start: number;
  /** null: still open (right-censored at the end of the observation window). */
  end: number | null;
  mode: FailureModeName | null;
  cause: string | null;
}

/** Options of {@link readIncidents}. */
export interface ReadIncidentsOptions {
  /** The file name shown in messages. */
  name: string;
  /** Parses a duration cell to seconds (undefined when it is not a duration). */
  parseDuration: (text: string) => number | undefined;
  /** What a duration may look like, for messages; default "a duration such as \"45m\" or seconds". */
  durationAllowed?: string;
  /** Export class names → fault classes (keys compared trimmed and case-insensitively). */
  classMap?: ReadonlyMap<string, FaultClassName>;
}

/** The incidents and how the file was read. */
export interface IncidentTable {
  format: string;
  /** The header used for each field. */
  columns: Partial<Record<IncidentField, string>>;
  /** Headers no field uses (kept out of the fit, listed in the summary). */
  ignoredColumns: string[];
  incidents: FitIncident[];
}

/** Most issues listed before the rest are counted. */
const MAX_ISSUES = 50;

/** Reads `text` (CSV, or JSON when it starts with `[` or `{`). */
export function readIncidents(text: string, options: ReadIncidentsOptions): IncidentTable {
  const { format, columns, ignored, rows } = incidentRows(text, options.name);
  const issues: Issue[] = [];
  const incidents: FitIncident[] = [];
  for (const row of rows) {
    const incident = readRow(row, options, issues);
    if (incident !== undefined) incidents.push(incident);
  }
  if (issues.length > 0) {
    const shown = issues.slice(0, MAX_ISSUES);
    if (issues.length > MAX_ISSUES) {
      shown.push({
        path: options.name,
        value: `${issues.length - MAX_ISSUES} more problems`,
        allowed: "fix the rows above first",
      });
    }
    throw new IncidentFileError(shown);
  }
  if (incidents.length === 0) {
    throw new IncidentFileError([
      { path: options.name, value: "no incidents", allowed: "at least one incident row" },
    ]);
  }
  return { format, columns, ignoredColumns: ignored, incidents };
}

function readRow(row: RawRow, options: ReadIncidentsOptions, issues: Issue[]): FitIncident | undefined {
  if (row.notAnObject !== undefined) {
    issues.push({
      path: row.source,
      value: row.notAnObject,
      allowed:
        'an incident object such as {"class": "controller", "start": "2026-03-04T05:06:07Z", "end": …}',
    });
    return undefined;
  }
  const before = issues.length;
  const bad = (field: IncidentField, value: string, allowed: string, hint?: string) => {
    const issue: Issue = {
      path: `${row.source} (${field} column "${row.header(field)}")`,
      value: value.startsWith("\u0000") ? value.slice(1) : describeValue(value),
      allowed,
    };
    if (hint !== undefined) issue.hint = hint;
    issues.push(issue);
  };
  const text = (field: IncidentField) => {
    const v = row.cell(field);
    return v === undefined ? "" : v.trim();
  };
  const rawClass = text("class");
  const cls = rawClass.startsWith("\u0000")
    ? undefined
    : resolveClass(rawClass, options.classMap ?? new Map());
  if (cls === undefined) {
    const hint = faultClassHint(rawClass);
    bad(
      "class",
      rawClass === "" ? "\u0000nothing (empty)" : rawClass,
      `a fault class: ${FAULT_CLASS_NAMES.join(", ")} (or map your name with --class-map "${rawClass || "name"}=<class>")`,
      hint === undefined ? undefined : `did you mean "${hint}"?`,
    );
  }
  const startText = text("start");
  const start = parseTimestamp(startText);
  if (start === undefined)
    bad("start", startText === "" ? "\u0000nothing (empty)" : startText, TIMESTAMP_ALLOWED);
  const endText = text("end");
  let end: number | null = null;
  if (endText !== "") {
    const parsed = parseTimestamp(endText);
    if (parsed === undefined)
      bad("end", endText, `${TIMESTAMP_ALLOWED}, or empty while the incident is open`);
    else if (start !== undefined && !(parsed > start)) {
      bad(
        "end",
        endText,
        `a time after the start ${JSON.stringify(startText)} (a zero or negative repair time cannot be fitted)`,
      );
    } else end = parsed;
  }
  const durationText = text("duration");
  if (durationText !== "") {
    const seconds = options.parseDuration(durationText);
    const allowed = options.durationAllowed ?? 'a duration such as "45m" or a number of seconds';
    if (seconds === undefined || !(seconds > 0) || !Number.isFinite(seconds)) {
      bad("duration", durationText, `${allowed}, greater than 0, or empty while the incident is open`);
    } else if (start !== undefined) {
      const fromDuration = start + seconds;
      // Exports round one or the other to the second or the minute; beyond that they disagree.
      if (end !== null && Math.abs(end - fromDuration) > 60) {
        bad(
          "duration",
          durationText,
          `a duration matching end − start (${end - start} s), or only one of the two`,
        );
      } else if (end === null && endText === "") end = fromDuration;
    }
  }
  const modeText = text("mode").toLowerCase();
  const mode =
    modeText === ""
      ? null
      : (FAILURE_MODES as readonly string[]).includes(modeText)
        ? (modeText as FailureModeName)
        : undefined;
  if (mode === undefined) bad("mode", text("mode"), `one of ${FAILURE_MODES.join(", ")}, or empty`);
  if (issues.length > before) return undefined;
  const component = text("component");
  const id = text("id");
  const cause = text("cause");
  return {
    source: row.source,
    id: id === "" ? null : id,
    cls: cls!,
    component: component === "" ? cls! : component,
    start: start!,
    end,
    mode: mode ?? null,
    cause: cause === "" ? null : cause,
  };
}
