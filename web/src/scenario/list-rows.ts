/**
 * The scalar fields of the form's row editors for the scenario's two small lists — on-call
 * shifts (`people.schedule`) and planned changes (`maintenance.changes`) — plus the week start
 * and the maintenance window: what each row shows (read from the validated scenario) and how
 * typed text is checked and written as YAML. A bad value gets the loader's kind of message
 * (path, the value, what is allowed) before anything is written. Distributions (a shift's
 * response) are not row fields: the form shows them and they are edited in the YAML.
 */
import { formatDuration, parseDuration } from "@resilab/scenarios";
import type { MaintenanceSpec, OnCallShift, PeopleSpec, PlannedChange } from "@resilab/sim-core";
import { yamlScalar } from "../yaml/yaml-edit";

/** Day names of the scenario format, Monday first (day 0 in sim-core). */
export const WEEKDAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** What a field holds, which decides how it is checked and written. */
export type RowFieldKind = "days" | "hour" | "duration" | "count" | "week-start";

/** One editable scalar of a row. */
export interface RowField {
  /** The key in the row's YAML mapping. */
  key: string;
  label: string;
  kind: RowFieldKind;
}

const ALLOWED: Record<RowFieldKind, string> = {
  days: `days of the week separated by commas, each one of ${WEEKDAY_NAMES.map((d) => `"${d}"`).join(", ")}`,
  hour: "an hour of the day from 0 to 24",
  duration: 'a duration such as "30s", "5m", "1h30m", "1w" or a number of seconds',
  count: "a whole number ≥ 1",
  "week-start": 'a day and time of the week, e.g. "mon 00:00" or "sun 03:00"',
};

const WEEK_START = /^(mon|tue|wed|thu|fri|sat|sun) ([01]\d|2[0-3]):([0-5]\d)$/;

/** YAML for typed text, or the problem: `people.schedule.0.from: got "25"; allowed: …`. */
export type RowWrite = { ok: true; raw: string } | { ok: false; message: string };

/** Checks `typed` for `field` at dotted `path` and returns the YAML to write, or the message. */
export function rowWrite(field: RowField, path: string, typed: string): RowWrite {
  const text = typed.trim();
  const bad = (): RowWrite => ({
    ok: false,
    message: `${path}: got ${JSON.stringify(text)}; allowed: ${ALLOWED[field.kind]}`,
  });
  switch (field.kind) {
    case "days": {
      const days = text.split(/[\s,]+/).filter((d) => d !== "");
      const known = new Set<string>(WEEKDAY_NAMES);
      if (days.length === 0 || days.some((d) => !known.has(d))) return bad();
      return { ok: true, raw: `[${days.join(", ")}]` };
    }
    case "hour": {
      const hour = Number(text);
      if (text === "" || !Number.isFinite(hour) || hour < 0 || hour > 24) return bad();
      return { ok: true, raw: String(hour) };
    }
    case "duration": {
      const seconds = parseDuration(text);
      if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return bad();
      return { ok: true, raw: yamlScalar(text) };
    }
    case "count": {
      const n = Number(text);
      if (text === "" || !Number.isInteger(n) || n < 1) return bad();
      return { ok: true, raw: String(n) };
    }
    case "week-start":
      return WEEK_START.test(text) ? { ok: true, raw: yamlScalar(text) } : bad();
  }
}

/** `[0, 6]` → `mon, sun`. */
export function dayNames(days: readonly number[]): string {
  return days.map((d) => WEEKDAY_NAMES[d] ?? String(d)).join(", ");
}

/** Seconds after Monday 00:00 → `"tue 09:30"`. */
export function weekStartText(seconds: number): string {
  const day = Math.floor(seconds / 86_400);
  const minutes = Math.round((seconds - day * 86_400) / 60);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${WEEKDAY_NAMES[day] ?? "mon"} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The week start field (`people.weekStart`). */
export const WEEK_START_FIELD: RowField = { key: "weekStart", label: "Week starts at", kind: "week-start" };

/** The editable fields of an on-call shift. */
export const SHIFT_FIELDS: readonly RowField[] = [
  { key: "days", label: "Days", kind: "days" },
  { key: "from", label: "From hour", kind: "hour" },
  { key: "to", label: "To hour", kind: "hour" },
];

/** What a shift's fields show. */
export function shiftValues(shift: OnCallShift): Record<string, string> {
  return { days: dayNames(shift.days), from: String(shift.from), to: String(shift.to) };
}

/** The editable fields of the maintenance window. */
export const WINDOW_FIELDS: readonly RowField[] = [
  { key: "days", label: "Window days", kind: "days" },
  { key: "from", label: "Window starts at hour", kind: "hour" },
];

/** What the window's fields show. */
export function windowValues(window: NonNullable<MaintenanceSpec["window"]>): Record<string, string> {
  return { days: dayNames(window.days), from: String(window.from) };
}

/** The controller change kinds, interchangeable in a row (same fields). */
export const CONTROLLER_CHANGE_KINDS = ["controller-upgrade", "plugin-update"] as const;
/** Rollout strategies of a controller change. */
export const CHANGE_STRATEGIES = ["full-restart", "rolling", "blue-green"] as const;

/** The editable scalar fields of a planned change, by its kind. */
export function changeFields(change: PlannedChange): readonly RowField[] {
  const every: RowField = { key: "every", label: "Every", kind: "duration" };
  if (change.kind === "node-drain")
    return [
      every,
      { key: "duration", label: "Each node down for", kind: "duration" },
      { key: "maxUnavailable", label: "Nodes drained at once", kind: "count" },
    ];
  return [
    every,
    { key: "duration", label: "Work before boot", kind: "duration" },
    { key: "cutover", label: "Blue-green cutover", kind: "duration" },
  ];
}

/** What a change's fields show (defaults as the model applies them; cutover blank when unset). */
export function changeValues(change: PlannedChange): Record<string, string> {
  if (change.kind === "node-drain")
    return {
      every: formatDuration(change.every),
      duration: formatDuration(change.duration),
      maxUnavailable: String(change.maxUnavailable ?? 1),
    };
  return {
    every: formatDuration(change.every),
    duration: formatDuration(change.duration ?? 0),
    cutover: change.cutover === undefined ? "" : formatDuration(change.cutover),
  };
}

/**
 * New rows and blocks, as the examples of docs/scenario-format.md write them (the model's own
 * defaults need no row). Response times: median 2 min in office hours, 10 min otherwise.
 */
export const NEW_SHIFT =
  "{ days: [mon, tue, wed, thu, fri], from: 9, to: 17, response: { lognormal: { median: 2m, p95: 5m } } }";
export const NEW_PEOPLE = "{ response: { lognormal: { median: 10m, p95: 30m } } }";
export const NEW_CHANGE: Record<PlannedChange["kind"], string> = {
  "controller-upgrade": "{ kind: controller-upgrade, every: 4w, strategy: rolling }",
  "plugin-update": "{ kind: plugin-update, every: 1w, duration: 5m }",
  "node-drain": "{ kind: node-drain, every: 4w, duration: 10m, maxUnavailable: 1 }",
};
export const NEW_WINDOW = "{ days: [sun], from: 2 }";

/** The people block's shifts (none without a block or schedule). */
export function shiftsOf(people: PeopleSpec | undefined): readonly OnCallShift[] {
  return people?.schedule ?? [];
}
