/**
 * From incidents to the two samples the simulator needs per fault class, in its own terms
 * (`run/fault-injector.ts` draws a time to failure after each repair, then a repair time):
 *
 * - time to failure: per component, from the end of one incident (its return to service) to the
 *   start of the next. The gap from the last return to service to the end of the observation
 *   window is right-censored. The time before a component's first incident is not used: when the
 *   component was last repaired before the window is unknown. A component the file never names
 *   but the user says exists (`components`) was up for the whole window: one censored gap.
 * - time to repair: end − start; an incident still open at the window end (no end, or an end
 *   after the window) is right-censored at window end − start.
 *
 * Incidents that start outside the window are not used and are counted per class, so the
 * summary accounts for every row. Overlapping incidents of one component are an error: they are
 * either duplicates or different components (add a component column).
 */
import type { Issue } from "../errors";
import type { FaultClassName } from "./input/fault-classes";
import { FAULT_CLASS_NAMES } from "./input/fault-classes";
import { type FailureModeName, type FitIncident, IncidentFileError } from "./input/read-incidents";
import { formatTimestamp } from "./input/timestamps";
import type { Observation } from "./observations";

/** The observation window, seconds since the epoch. */
export interface ObservationWindow {
  start: number;
  end: number;
}

/** What one class's incidents give. */
export interface ClassHistory {
  cls: FaultClassName;
  /** Rows of this class in the file. */
  rows: number;
  /** Rows that start outside the window (not used). */
  outsideWindow: number;
  /** Distinct components seen in the window, plus never-failed ones from `components`. */
  components: number;
  timeToFailure: Observation[];
  repair: Observation[];
  /** Incidents open at the window end (their repair is censored). */
  open: number;
  /** Failure-mode counts of the incidents in the window that state one. */
  modes: Record<FailureModeName, number>;
  /** Incidents in the window without a mode. */
  modeUnstated: number;
}

function emptyModes(): Record<FailureModeName, number> {
  return { crash: 0, hang: 0, slow: 0 };
}

/** The default window: from the first start to the last start or end in the file. */
export function defaultWindow(incidents: readonly FitIncident[]): ObservationWindow {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const i of incidents) {
    start = Math.min(start, i.start);
    end = Math.max(end, i.start, i.end ?? i.start);
  }
  return { start, end };
}

/**
 * Splits `incidents` into per-class samples. `components` gives the number of components of a
 * class (at least the number the file names); classes are listed in the scenario's order.
 */
export function classHistories(
  incidents: readonly FitIncident[],
  window: ObservationWindow,
  components: ReadonlyMap<FaultClassName, number> = new Map(),
): ClassHistory[] {
  const issues: Issue[] = [];
  const out: ClassHistory[] = [];
  for (const cls of FAULT_CLASS_NAMES) {
    const rows = incidents.filter((i) => i.cls === cls);
    if (rows.length === 0 && !components.has(cls)) continue;
    const inside = rows.filter((i) => i.start >= window.start && i.start < window.end);
    const history: ClassHistory = {
      cls,
      rows: rows.length,
      outsideWindow: rows.length - inside.length,
      components: 0,
      timeToFailure: [],
      repair: [],
      open: 0,
      modes: emptyModes(),
      modeUnstated: 0,
    };
    const byComponent = new Map<string, FitIncident[]>();
    for (const i of inside) {
      const list = byComponent.get(i.component) ?? [];
      list.push(i);
      byComponent.set(i.component, list);
      if (i.mode === null) history.modeUnstated++;
      else history.modes[i.mode]++;
      if (i.end === null || i.end > window.end) {
        history.open++;
        history.repair.push({ time: window.end - i.start, event: false });
      } else history.repair.push({ time: i.end - i.start, event: true });
    }
    for (const [component, list] of [...byComponent].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      list.sort((a, b) => a.start - b.start);
      for (let k = 0; k + 1 < list.length; k++) {
        const a = list[k]!;
        const b = list[k + 1]!;
        if (a.end === null || a.end >= b.start) {
          issues.push({
            path: `${b.source} (start)`,
            value: `${formatTimestamp(b.start)}, while ${a.source} of ${component} is still down (${a.end === null ? "open" : `until ${formatTimestamp(a.end)}`})`,
            allowed:
              "one incident at a time per component: merge duplicates, or add a component column naming which one failed",
          });
        } else history.timeToFailure.push({ time: b.start - a.end, event: true });
      }
      const last = list[list.length - 1]!;
      if (last.end !== null && last.end < window.end)
        history.timeToFailure.push({ time: window.end - last.end, event: false });
    }
    const declared = components.get(cls);
    history.components = byComponent.size;
    if (declared !== undefined) {
      if (declared < byComponent.size) {
        issues.push({
          path: `--components ${cls}`,
          value: String(declared),
          allowed: `at least the ${byComponent.size} components the file names for ${cls}`,
        });
      }
      for (let k = byComponent.size; k < declared; k++) {
        history.timeToFailure.push({ time: window.end - window.start, event: false });
      }
      history.components = Math.max(declared, byComponent.size);
    }
    out.push(history);
  }
  if (issues.length > 0) throw new IncidentFileError(issues);
  return out;
}
