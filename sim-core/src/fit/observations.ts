/**
 * Durations observed in an incident history, each either an event (the failure or the end of the
 * repair was seen) or right-censored (the observation window ended first: we only know the true
 * duration is longer).
 */

/** One observed duration in seconds (> 0). */
export interface Observation {
  time: number;
  /** true: the event was seen at `time`; false: right-censored at `time`. */
  event: boolean;
}

/** Count of events and total exposure (sum of all times, censored ones included), seconds. */
export function exposure(observations: readonly Observation[]): { events: number; total: number } {
  let events = 0;
  let total = 0;
  for (const o of observations) {
    if (o.event) events++;
    total += o.time;
  }
  return { events, total };
}

/** One step of a Kaplan–Meier estimate: at `time`, the CDF goes from `before` to `after`. */
export interface KaplanMeierStep {
  time: number;
  before: number;
  after: number;
}

/**
 * The Kaplan–Meier estimate of the CDF at each distinct event time. Ties: events before
 * censorings at the same time (the usual convention: a unit censored at t was at risk at t).
 */
export function kaplanMeierSteps(observations: readonly Observation[]): KaplanMeierStep[] {
  const sorted = [...observations].sort((a, b) => a.time - b.time || Number(b.event) - Number(a.event));
  const steps: KaplanMeierStep[] = [];
  let atRisk = sorted.length;
  let survival = 1;
  let i = 0;
  while (i < sorted.length) {
    const time = sorted[i]!.time;
    let deaths = 0;
    let leaving = 0;
    while (i < sorted.length && sorted[i]!.time === time) {
      if (sorted[i]!.event) deaths++;
      leaving++;
      i++;
    }
    if (deaths > 0) {
      const before = 1 - survival;
      survival *= 1 - deaths / atRisk;
      steps.push({ time, before, after: 1 - survival });
    }
    atRisk -= leaving;
  }
  return steps;
}
