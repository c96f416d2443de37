/**
 * Checks of the `people` block (on-call responders, `run/on-call.ts`) and of the per-mode repair
 * times of the failure classes, for scenarios built in code (YAML is checked by the schema first).
 */
import type { FaultSpec, PeopleSpec } from "../scenario-types";
import type { Checker } from "./checker";
import { checkDistribution } from "./validate-topology";

const WEEK = 7 * 86_400;

export function checkPeople(c: Checker, people: PeopleSpec | undefined): void {
  if (people === undefined || !c.object("people", people)) return;
  c.number("people.weekStart", people.weekStart, { min: 0, max: WEEK, optional: true });
  checkDistribution(c, "people.response", people.response);
  if (people.schedule === undefined || !c.array("people.schedule", people.schedule)) return;
  people.schedule.forEach((shift, i) => {
    const p = `people.schedule.${i}`;
    if (!c.object(p, shift)) return;
    if (c.array(`${p}.days`, shift.days, 1))
      shift.days.forEach((d, j) => {
        c.number(`${p}.days.${j}`, d, { min: 0, max: 6, integer: true });
      });
    c.number(`${p}.from`, shift.from, { min: 0, max: 24 });
    c.number(`${p}.to`, shift.to, { min: 0, max: 24 });
    checkDistribution(c, `${p}.response`, shift.response);
  });
}

/** `faults.<class>.repairByMode`: a distribution per mode it names. */
export function checkRepairByMode(c: Checker, faults: FaultSpec): void {
  for (const [cls, spec] of Object.entries(faults)) {
    if (cls === "chaos" || typeof spec !== "object" || spec === null || Array.isArray(spec)) continue;
    const byMode = (spec as { repairByMode?: unknown }).repairByMode;
    const p = `faults.${cls}.repairByMode`;
    if (byMode === undefined || !c.object(p, byMode)) continue;
    for (const [mode, dist] of Object.entries(byMode)) {
      if (mode !== "crash" && mode !== "hang" && mode !== "slow")
        c.add(`${p}.${mode}`, mode, "crash, hang or slow");
      else checkDistribution(c, `${p}.${mode}`, dist);
    }
  }
}
