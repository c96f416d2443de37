/**
 * The fit panel's options as typed by the user — the observation window, the class map and the
 * component counts, with the same syntax as `resilab fit`'s `--observation-start`,
 * `--observation-end`, `--class-map "<name>=<class>"` and `--components <class>=<n>`
 * (docs/fitting.md) — read into the options of `readIncidents`/`fitIncidents`. Every problem is
 * returned (field, value, what is allowed) instead of thrown, so the form can show them all.
 */
import {
  FAULT_CLASS_NAMES,
  type FaultClassName,
  faultClassOf,
  parseTimestamp,
  TIMESTAMP_ALLOWED,
} from "@resilab/sim-core";

/** The panel's text fields, as typed. */
export interface FitOptionsText {
  /** Start of the observation window; empty: the first incident's start. */
  windowStart: string;
  /** End of the observation window; empty: the last start or end in the file. */
  windowEnd: string;
  /** One `<name in the file>=<fault class>` per line (or separated by `;`). */
  classMap: string;
  /** `<fault class>=<count>`, separated by commas, semicolons or line breaks. */
  components: string;
}

/** One problem with an option: which field, the value and what is allowed. */
export interface OptionProblem {
  field: "windowStart" | "windowEnd" | "classMap" | "components";
  value: string;
  allowed: string;
}

/** The options in the form the worker takes (plain arrays: they cross `postMessage`). */
export interface FitOptions {
  /** Epoch seconds, or undefined for the default. */
  windowStart?: number;
  windowEnd?: number;
  /** Lower-cased, trimmed export names → fault classes. */
  classMap: [string, FaultClassName][];
  components: [FaultClassName, number][];
}

/** What the panel's labels call the fields (for messages). */
export const OPTION_LABELS: Record<OptionProblem["field"], string> = {
  windowStart: "Observation start",
  windowEnd: "Observation end",
  classMap: "Class map",
  components: "Components per class",
};

const CLASS_ALLOWED = `a fault class: ${FAULT_CLASS_NAMES.join(", ")}`;

function entries(text: string, separators: RegExp): string[] {
  return text
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Reads the options; `problems` is empty when they are all usable. */
export function readFitOptions(text: FitOptionsText): { options: FitOptions; problems: OptionProblem[] } {
  const problems: OptionProblem[] = [];
  const options: FitOptions = { classMap: [], components: [] };
  for (const field of ["windowStart", "windowEnd"] as const) {
    const value = text[field].trim();
    if (value === "") continue;
    const seconds = parseTimestamp(value);
    if (seconds === undefined) problems.push({ field, value, allowed: TIMESTAMP_ALLOWED });
    else options[field] = seconds;
  }
  if (
    options.windowStart !== undefined &&
    options.windowEnd !== undefined &&
    !(options.windowEnd > options.windowStart)
  ) {
    problems.push({
      field: "windowEnd",
      value: text.windowEnd.trim(),
      allowed: "a time after the observation start",
    });
  }
  const seen = new Map<string, FaultClassName>();
  for (const entry of entries(text.classMap, /[\n;]/)) {
    // The last "=" splits: names in exports may contain "=" themselves, class names never do.
    const at = entry.lastIndexOf("=");
    const name = at <= 0 ? "" : entry.slice(0, at).trim().toLowerCase();
    const cls = at <= 0 ? undefined : faultClassOf(entry.slice(at + 1).trim());
    if (name === "") {
      problems.push({
        field: "classMap",
        value: entry,
        allowed: '"<name in the file>=<fault class>", e.g. "Jenkins Prod=controller"',
      });
    } else if (cls === undefined) {
      problems.push({
        field: "classMap",
        value: entry,
        allowed: `"<name in the file>=<fault class>" with ${CLASS_ALLOWED}`,
      });
    } else seen.set(name, cls);
  }
  options.classMap = [...seen];
  const counts = new Map<FaultClassName, number>();
  for (const entry of entries(text.components, /[\n;,]/)) {
    const m = /^([^=]+)=\s*(\d+)$/.exec(entry);
    const cls = m === null ? undefined : faultClassOf(m[1]!.trim());
    const n = m === null ? 0 : Number(m[2]);
    if (cls === undefined || !(n >= 1) || !Number.isSafeInteger(n)) {
      problems.push({
        field: "components",
        value: entry,
        allowed: `"<fault class>=<count ≥ 1>", e.g. "executor=20", with ${CLASS_ALLOWED}`,
      });
    } else counts.set(cls, n);
  }
  options.components = [...counts];
  return { options, problems };
}

/** A problem as one line of text, e.g. `Class map: got "x"; allowed: …`. */
export function optionProblemText(p: OptionProblem): string {
  return `${OPTION_LABELS[p.field]}: got ${JSON.stringify(p.value)}; allowed: ${p.allowed}`;
}
