/**
 * The on-call responder: how long after a page a human is at the keyboard, by time of the week.
 * Nights and weekends are slower than a weekday afternoon (Google SRE's two response levels,
 * 5 and 30 minutes; docs/parameters.md, "People"). Used for every action a human must take:
 * a crew repair, a manual failover, a release rollback. With no `people` block the model has no
 * on-call delay (repairs start at once, as before) and a manual failover uses
 * `DEFAULT_PEOPLE.response`.
 *
 * Each page draws from a stream named for what paged (`people/<key>`), so the same component's
 * pages see the same random numbers in every topology of a comparison.
 */
import { SECOND } from "../../kernel/time";
import type { RandomStreams } from "../../random/random-streams";
import type { OnCallShift, PeopleSpec } from "../scenario-types";
import { Sampler } from "./context";

/** One week in seconds. */
export const WEEK_SECONDS = 7 * 86_400;

/**
 * The default people: weekdays 09:00–17:00 at the 5-minute response level (median 2 min, p95
 * 5 min), every other hour at the 30-minute level (median 10 min, p95 30 min). Sources in
 * docs/parameters.md, "People".
 */
export const DEFAULT_PEOPLE: PeopleSpec = {
  weekStart: 0,
  response: { kind: "lognormal", median: 600, p95: 1800 },
  schedule: [
    { days: [0, 1, 2, 3, 4], from: 9, to: 17, response: { kind: "lognormal", median: 120, p95: 300 } },
  ],
};

/** Position in the week of simulation time `nowUs` (µs): day 0 = Monday, hour 0–24. */
export function weekPosition(weekStart: number, nowUs: number): { day: number; hour: number } {
  const weekUs = WEEK_SECONDS * SECOND;
  const at = (((Math.round(weekStart * SECOND) + nowUs) % weekUs) + weekUs) % weekUs;
  const dayUs = 86_400 * SECOND;
  return { day: Math.floor(at / dayUs), hour: (at % dayUs) / (3600 * SECOND) };
}

/** Does `shift` cover that day and hour? A shift with `to` ≤ `from` runs past midnight. */
export function shiftCovers(shift: OnCallShift, day: number, hour: number): boolean {
  if (shift.from < shift.to) return shift.days.includes(day) && hour >= shift.from && hour < shift.to;
  const before = (day + 6) % 7;
  return (shift.days.includes(day) && hour >= shift.from) || (shift.days.includes(before) && hour < shift.to);
}

export class OnCall {
  private readonly spec: PeopleSpec;
  /** Samplers per shift index (-1 = outside every shift) and page key. */
  private readonly samplers = new Map<string, Sampler>();

  constructor(
    people: PeopleSpec | undefined,
    private readonly streams: RandomStreams,
  ) {
    this.enabled = people !== undefined;
    this.spec = people ?? DEFAULT_PEOPLE;
  }

  /** True when the scenario has a `people` block (crew repairs then wait for the responder). */
  readonly enabled: boolean;

  /** The shift on duty at `nowUs` (its index), or -1 for the default response. */
  shiftAt(nowUs: number): number {
    const { day, hour } = weekPosition(this.spec.weekStart ?? 0, nowUs);
    return (this.spec.schedule ?? []).findIndex((s) => shiftCovers(s, day, hour));
  }

  /** Page → hands on keyboard (µs) for a page at `nowUs` from `key` (e.g. `controller-0`). */
  respond(key: string, nowUs: number): number {
    const shift = this.shiftAt(nowUs);
    const id = `${key}#${shift}`;
    let sampler = this.samplers.get(id);
    if (sampler === undefined) {
      const spec = shift < 0 ? this.spec.response : this.spec.schedule![shift]!.response;
      const path = shift < 0 ? "people.response" : `people.schedule[${shift}].response`;
      sampler = new Sampler(spec, this.streams.stream(`people/${key}`), path);
      this.samplers.set(id, sampler);
    }
    return sampler.next();
  }

  /** The response to add before a crew repair: 0 without a `people` block. */
  repairDelay(key: string, nowUs: number): number {
    return this.enabled ? this.respond(key, nowUs) : 0;
  }
}
