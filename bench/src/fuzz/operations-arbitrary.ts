/**
 * Valid scenario-level operations parts: the on-call `people` (weekly schedule and response
 * times), planned `maintenance` (a window and changes) and `assumptions` (uncertain parameters
 * with their ranges). Changes repeat every 1 h to 2 d so a short horizon still sees some.
 */
import fc from "fast-check";
import { distribution, duration, sometimes } from "./value-arbitraries";
import type { DocValue } from "./yaml-text";

type Doc = Record<string, DocValue>;

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** A non-empty set of days, in week order. */
const days = fc.subarray([...WEEKDAYS], { minLength: 1 });

/** An hour of the day: whole or half hours in [0, 24]. */
const hour = fc.integer({ min: 0, max: 48 }).map((halves) => halves / 2);

const weekStart = fc
  .tuple(fc.constantFrom(...WEEKDAYS), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([d, h, m]) => `${d} ${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);

const shift = fc.record({ days, from: hour, to: hour, response: distribution(300) });

/** The on-call responders (response times of minutes, so paged repairs still end in a short run). */
export const people: fc.Arbitrary<Doc> = fc
  .record(
    {
      weekStart,
      response: distribution(1800),
      schedule: fc.array(shift, { maxLength: 3 }),
    },
    { requiredKeys: ["response"] },
  )
  .map((p) => p as Doc);

/** A controller change; `cutover` exactly when blue-green (the loader's rule both ways). */
const controllerChange = fc
  .record(
    {
      kind: fc.constantFrom("controller-upgrade", "plugin-update"),
      every: duration(3600, 2 * 86_400),
      strategy: sometimes(fc.constantFrom("full-restart", "rolling", "blue-green"), 2, 1),
      duration: sometimes(duration(0, 1800), 1, 1),
      cutover: duration(0, 600),
    },
    { requiredKeys: ["kind", "every", "strategy", "duration", "cutover"] },
  )
  .map(({ strategy, duration: work, cutover, ...rest }) => {
    const c: Doc = { ...rest };
    if (strategy !== undefined) c.strategy = strategy;
    if (work !== undefined) c.duration = work;
    if (strategy === "blue-green") c.cutover = cutover;
    return c;
  });

const nodeDrain = fc
  .record(
    {
      kind: fc.constant("node-drain"),
      every: duration(3600, 2 * 86_400),
      duration: duration(0, 1800),
      maxUnavailable: fc.integer({ min: 1, max: 3 }),
    },
    { requiredKeys: ["kind", "every", "duration"] },
  )
  .map((d) => d as Doc);

/** Planned changes, in a weekly window or not. */
export const maintenance: fc.Arbitrary<Doc> = fc
  .record(
    {
      window: fc.record({ days, from: hour }),
      changes: fc.array(fc.oneof(controllerChange, nodeDrain), { minLength: 1, maxLength: 3 }),
    },
    { requiredKeys: ["changes"] },
  )
  .map((m) => m as Doc);

/** A field of a fault class the model reads, and the one that shadows it (`resolveAssumptions`). */
const FIELDS = [
  ["mtbf", "timeToFailure"],
  ["mttr", "repair"],
] as const;

/**
 * Assumptions on the fault classes present in `faults` (a path must exist): a duration field as
 * low/high or factors, or the distribution shadowing it as factors (a distribution only scales).
 * At most one assumption per path, since two would share their default name.
 */
export function assumptions(faults: Doc): fc.Arbitrary<Doc[]> {
  const classes = Object.keys(faults).filter((k) => k !== "chaos");
  if (classes.length === 0) return fc.constant([]);
  const one = fc
    .record({
      cls: fc.constantFrom(...classes),
      field: fc.constantFrom(...FIELDS),
      low: fc.integer({ min: 1, max: 3600 }),
      width: fc.integer({ min: 1, max: 7200 }),
      factorLow: fc.integer({ min: 1, max: 10 }),
      factorWidth: fc.integer({ min: 1, max: 30 }),
      byFactor: fc.boolean(),
      draw: sometimes(fc.constantFrom("uniform", "log-uniform", "triangular"), 1, 1),
    })
    .map((a) => {
      const spec = faults[a.cls] as Doc;
      const [field, shadow] = a.field;
      const shadowed = spec[shadow] !== undefined;
      const out: Doc = { path: `faults.${a.cls}.${shadowed ? shadow : field}` };
      if (shadowed || a.byFactor) out.factor = [a.factorLow / 10, (a.factorLow + a.factorWidth) / 10];
      else Object.assign(out, { low: `${a.low}s`, high: a.low + a.width });
      if (a.draw !== undefined) out.distribution = a.draw;
      return out;
    });
  return fc
    .array(one, { maxLength: 3 })
    .map((list) => list.filter((a, i) => list.findIndex((b) => b.path === a.path) === i));
}
