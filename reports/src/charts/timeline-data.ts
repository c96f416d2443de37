/**
 * Input of the incident timeline and the helpers that pick it from a result: the incident and
 * pipeline samples of one replication per topology (the same fault trace under common random
 * numbers, so lanes line up), and a window around the most telling incident for a zoomed view.
 */
import type { ExperimentResult, IncidentRecord, PipelineRecord } from "@resilab/sim-core";

/** One topology's lane. */
export interface TimelineLane {
  name: string;
  incidents: IncidentRecord[];
  /** Sample pipelines with their stage attempts; drawn only when the chart is asked to. */
  pipelines: PipelineRecord[];
}

/** The timeline's input. */
export interface IncidentTimelineData {
  lanes: TimelineLane[];
  /** Simulated seconds per replication (the end of the time axis). */
  horizon: number;
}

/**
 * Lanes of replication `replication` (default 0) of every topology, from the runs when the result
 * carries them, otherwise from the per-topology samples.
 */
export function incidentTimelineData(result: ExperimentResult, replication = 0): IncidentTimelineData {
  const lanes = result.topologies.map((t): TimelineLane => {
    const run = result.runs.find((r) => r.topology === t.topology && r.replication === replication);
    return run
      ? { name: t.topology, incidents: run.incidents.sample, pipelines: run.pipelines.sample }
      : { name: t.topology, incidents: t.incidentsSample, pipelines: t.pipelinesSample };
  });
  return { lanes, horizon: result.horizon };
}

/** When an incident's span ends (seconds): its recovery, or the horizon if it never recovered. */
export function incidentEnd(incident: IncidentRecord, horizon: number): number {
  return incident.recovery === null ? horizon : incident.at + incident.recovery;
}

/**
 * A window (seconds) for a zoomed view: around the recovered, service-affecting incident that
 * overlaps the most sample pipelines (ties: the longest recovery), padded so its recovery span
 * takes about half the width. Falls back to any incident; null when there are none.
 */
export function worstIncidentWindow(data: IncidentTimelineData): [number, number] | null {
  const pipelines = data.lanes.flatMap((l) => l.pipelines);
  const candidates = data.lanes.flatMap((l) => l.incidents);
  const recovered = candidates.filter((i) => i.recovery !== null && i.serviceImpact);
  const pool = recovered.length > 0 ? recovered : candidates;
  let best: { incident: IncidentRecord; hits: number; span: number } | null = null;
  for (const incident of pool) {
    const end = incidentEnd(incident, data.horizon);
    const hits = pipelines.filter(
      (p) => p.triggeredAt <= end && (p.finishedAt ?? data.horizon) >= incident.at,
    ).length;
    const span = end - incident.at;
    if (best === null || hits > best.hits || (hits === best.hits && span > best.span))
      best = { incident, hits, span };
  }
  if (best === null) return null;
  const span = Math.max(600, best.span);
  return [Math.max(0, best.incident.at - span * 0.5), Math.min(data.horizon, best.incident.at + span * 1.5)];
}

/**
 * How many sample pipelines of all lanes run during `window` (seconds), so a caption promises
 * stage attempts only when some are drawn: samples cover the first pipelines of a run, which may
 * end long before the incident a zoom picks.
 */
export function pipelinesInWindow(data: IncidentTimelineData, window: [number, number]): number {
  const [from, to] = window;
  return data.lanes.reduce(
    (n, l) =>
      n + l.pipelines.filter((p) => p.triggeredAt <= to && (p.finishedAt ?? data.horizon) >= from).length,
    0,
  );
}
