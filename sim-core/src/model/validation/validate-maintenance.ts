/** Checks of the `maintenance` block (`run/maintenance.ts`) for scenarios built in code. */
import type { MaintenanceSpec } from "../scenario-types";
import type { Checker } from "./checker";

const KINDS = ["controller-upgrade", "plugin-update", "node-drain"] as const;
const STRATEGIES = ["full-restart", "rolling", "blue-green"] as const;
/** A change more often than hourly would be an outage generator, not maintenance. */
const MIN_EVERY = 3600;

export function checkMaintenance(c: Checker, m: MaintenanceSpec | undefined): void {
  if (m === undefined || !c.object("maintenance", m)) return;
  if (m.window !== undefined && c.object("maintenance.window", m.window)) {
    if (c.array("maintenance.window.days", m.window.days, 1))
      m.window.days.forEach((d, j) => {
        c.number(`maintenance.window.days.${j}`, d, { min: 0, max: 6, integer: true });
      });
    c.number("maintenance.window.from", m.window.from, { min: 0, max: 24 });
  }
  if (!c.array("maintenance.changes", m.changes, 1)) return;
  m.changes.forEach((change, i) => {
    const p = `maintenance.changes.${i}`;
    if (!c.object(p, change)) return;
    if (!c.oneOf(`${p}.kind`, change.kind, KINDS)) return;
    c.number(`${p}.every`, change.every, { min: MIN_EVERY, max: 100 * 365 * 86_400 });
    if (change.kind === "node-drain") {
      c.number(`${p}.duration`, change.duration, { min: 0, max: 30 * 86_400 });
      c.number(`${p}.maxUnavailable`, change.maxUnavailable, { min: 1, integer: true, optional: true });
      return;
    }
    c.oneOf(`${p}.strategy`, change.strategy, STRATEGIES, true);
    c.number(`${p}.duration`, change.duration, { min: 0, max: 30 * 86_400, optional: true });
    if (change.strategy === "blue-green" && change.cutover === undefined)
      c.add(
        `${p}.cutover`,
        undefined,
        'a duration: required with strategy "blue-green" (how long a shard stops)',
      );
    else if (change.strategy === "blue-green")
      c.number(`${p}.cutover`, change.cutover, { min: 0, max: 86_400 });
    else if (change.cutover !== undefined)
      c.add(`${p}.cutover`, change.cutover, 'cutover only with strategy "blue-green"');
  });
}
