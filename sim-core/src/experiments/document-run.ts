/**
 * A run as the result document (result.json's `runs`, runs.jsonl) carries it: without the quantile
 * sketches behind its percentiles (they served the pooling), and without the incident and
 * pipeline samples past replication 0 (the timelines read replication 0 only).
 */
import type { DistributionSummary, RunResult } from "../model/result-types";

/** A run as the result document carries it: without sketches, and without samples past replication 0. */
export function documentRun(run: RunResult): RunResult {
  return stripSketches(run.replication === 0 ? run : stripSamples(run));
}

function stripSamples(r: RunResult): RunResult {
  return { ...r, incidents: { ...r.incidents, sample: [] }, pipelines: { ...r.pipelines, sample: [] } };
}

/** The result document keeps the percentiles; the sketches behind them served the pooling. */
function withoutSketch<T extends DistributionSummary>(s: T): T {
  const { sketch: _sketch, ...rest } = s;
  return rest as T;
}

function mapValues<T>(o: Record<string, T>, f: (v: T) => T): Record<string, T> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));
}

function stripSketches(r: RunResult): RunResult {
  return {
    ...r,
    incidents: { ...r.incidents, detection: withoutSketch(r.incidents.detection) },
    outages: {
      ...r.outages,
      duration: withoutSketch(r.outages.duration),
      byClass: mapValues(r.outages.byClass, withoutSketch),
      ...(r.outages.unplanned === undefined ? {} : { unplanned: withoutSketch(r.outages.unplanned) }),
    },
    interruptions: {
      recovery: withoutSketch(r.interruptions.recovery),
      byClass: mapValues(r.interruptions.byClass, withoutSketch),
    },
    pipelines: {
      ...r.pipelines,
      leadTime: withoutSketch(r.pipelines.leadTime),
      executionTime: withoutSketch(r.pipelines.executionTime),
      feedbackTime: withoutSketch(r.pipelines.feedbackTime),
    },
    ...(r.backlogDrain === undefined ? {} : { backlogDrain: withoutSketch(r.backlogDrain) }),
    ...(r.recovery === undefined
      ? {}
      : {
          recovery: {
            ...r.recovery,
            dataLost: withoutSketch(r.recovery.dataLost),
            restoreTime: withoutSketch(r.recovery.restoreTime),
            byClass: {
              dataLost: mapValues(r.recovery.byClass.dataLost, withoutSketch),
              restoreTime: mapValues(r.recovery.byClass.restoreTime, withoutSketch),
            },
          },
        }),
  };
}
