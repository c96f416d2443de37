/** A small valid scenario text for tests, with one line per field so positions are easy to check. */
export const VALID_SCENARIO = `version: 1
name: demo
seed: 7
horizon: 2d
replications: 3
workload:
  teams: 4
  triggers:
    - kind: poisson
      ratePerHour: 6/h
  pipeline:
    stages:
      - name: build
        duration: {lognormal: {median: 2m, p95: 6m}}
      - name: test
        duration: {exponential: 5m}
        flakyProbability: 1.5%
        retries: 1
faults:
  controller:
    mtbf: 7d
    mttr: 30m
topologies:
  - preset: single
  - preset: resilient-decoupled
    overrides:
      controllers:
        count: 4
slo:
  - p99 outageDuration <= 5m
  - availability >= 99.9%
`;

/** Replaces the first occurrence of `from` in the valid text (throws if absent, so tests cannot silently pass). */
export function variant(from: string, to: string): string {
  if (!VALID_SCENARIO.includes(from)) throw new Error(`fixture has no ${JSON.stringify(from)}`);
  return VALID_SCENARIO.replace(from, to);
}
