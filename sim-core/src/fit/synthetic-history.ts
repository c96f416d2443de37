/**
 * Synthetic incident histories drawn with the simulator's own distributions and random streams,
 * the way `run/fault-injector.ts` draws them (a time to failure after each repair, then a repair
 * time): the ground truth for the fit's recovery and coverage tests and for the example file.
 */
import { distribution } from "../random/distribution";
import type { DistributionSpec } from "../random/distribution-spec";
import { RandomStreams } from "../random/random-streams";
import type { FaultClassName } from "./input/fault-classes";
import type { FitIncident } from "./input/read-incidents";

/** What to draw. Times are seconds; the window starts at `start` (epoch seconds). */
export interface SyntheticHistorySpec {
  cls: FaultClassName;
  components: number;
  timeToFailure: DistributionSpec;
  repair: DistributionSpec;
  start: number;
  /** Length of the observation window (seconds). */
  length: number;
  seed: number | string;
  /** Replication index of the random streams (one history per index); default 0. */
  replication?: number;
}

/**
 * Incidents of every component, each starting just repaired at `start`. An incident still under
 * repair at the window end has no end (it is open when the history is exported).
 */
export function syntheticHistory(spec: SyntheticHistorySpec): FitIncident[] {
  const streams = new RandomStreams(spec.seed, spec.replication ?? 0);
  const ttf = distribution(spec.timeToFailure, "timeToFailure");
  const repair = distribution(spec.repair, "repair");
  const end = spec.start + spec.length;
  const incidents: FitIncident[] = [];
  for (let c = 0; c < spec.components; c++) {
    const rng = streams.stream(`faults/${spec.cls}-${c}`);
    let t = spec.start;
    for (;;) {
      t += ttf.sample(rng);
      const r = repair.sample(rng);
      if (t >= end) break;
      incidents.push({
        source: `synthetic[${incidents.length}]`,
        id: null,
        cls: spec.cls,
        component: `${spec.cls}-${c}`,
        start: t,
        end: t + r > end ? null : t + r,
        mode: null,
        cause: null,
      });
      t += r;
    }
  }
  return incidents.sort((a, b) => a.start - b.start);
}
