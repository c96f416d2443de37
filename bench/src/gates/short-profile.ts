/**
 * The short profile of a library scenario, as the scenario library's own test runs it: few
 * replications over a horizon of at most 2 days that still contains every chaos event (+2 h),
 * so CI gates run the whole library in seconds and still see each scenario's scripted failure.
 */
import type { Scenario } from "@resilab/sim-core";

/** Seconds in a day. */
const DAY = 86_400;

/** The short-profile horizon (s) of a scenario: ≤ its own, ≥ 2 d or the last chaos event + 2 h. */
export function shortHorizon(scenario: Scenario): number {
  const lastChaos = Math.max(
    0,
    ...(scenario.faults.chaos ?? []).map((event) => event.at + (event.duration ?? 0)),
  );
  return Math.min(scenario.horizon, Math.max(2 * DAY, lastChaos + 7200));
}

/** `scenario` on the short profile with `replications` replications (default 2). */
export function shortProfile(scenario: Scenario, replications = 2): Scenario {
  const horizon = shortHorizon(scenario);
  const short: Scenario = { ...scenario, replications, horizon };
  if (short.warmup !== undefined) short.warmup = Math.min(short.warmup, horizon / 4);
  return short;
}
