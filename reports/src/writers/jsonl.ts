/**
 * JSON Lines of per-record data: incidents, pipelines and runs, one JSON object per line. Each
 * line starts with the provenance (tool, version, scenario hash, seed) and the topology and
 * replication it belongs to, so a line read alone can still be replayed.
 */
import type { ExperimentResult, IncidentRecord, PipelineRecord, RunResult } from "@resilab/sim-core";
import { canonicalJson } from "./canonical-json";
import { assertSchemaVersion } from "./json";

interface Origin {
  topology: string;
  replication: number | null;
}

function prefix(result: JsonlProvenance, origin: Origin): Record<string, unknown> {
  return {
    tool: result.tool.name,
    version: result.tool.version,
    scenarioHash: result.scenario.hash,
    seed: result.seed,
    topology: origin.topology,
    replication: origin.replication,
  };
}

function lines(records: readonly Record<string, unknown>[]): string {
  return records.map((r) => `${canonicalJson(r, 0, true)}\n`).join("");
}

/** Sample records per (topology, replication): from the runs, or the per-topology samples when the result has no runs. */
function samples<T>(
  result: ExperimentResult,
  fromRun: (r: RunResult) => T[],
  fromTopology: (t: ExperimentResult["topologies"][number]) => T[],
): [Origin, T[]][] {
  if (result.runs.length > 0) {
    return result.runs.map((r) => [{ topology: r.topology, replication: r.replication }, fromRun(r)]);
  }
  return result.topologies.map((t) => [{ topology: t.topology, replication: null }, fromTopology(t)]);
}

/** One line per sampled incident (see `IncidentRecord`; times in seconds). */
export function incidentsJsonl(result: ExperimentResult): string {
  assertSchemaVersion(result);
  const out: Record<string, unknown>[] = [];
  for (const [origin, list] of samples<IncidentRecord>(
    result,
    (r) => r.incidents.sample,
    (t) => t.incidentsSample,
  )) {
    for (const i of list) out.push({ ...prefix(result, origin), ...i });
  }
  return lines(out);
}

/** One line per sampled pipeline; stage attempts become objects `{stage, start, end, result}`. */
export function pipelinesJsonl(result: ExperimentResult): string {
  assertSchemaVersion(result);
  const out: Record<string, unknown>[] = [];
  for (const [origin, list] of samples<PipelineRecord>(
    result,
    (r) => r.pipelines.sample,
    (t) => t.pipelinesSample,
  )) {
    for (const p of list) {
      out.push({
        ...prefix(result, origin),
        id: p.id,
        team: p.team,
        triggeredAt: p.triggeredAt,
        finishedAt: p.finishedAt,
        leadTime: p.finishedAt === null ? null : p.finishedAt - p.triggeredAt,
        outcome: p.outcome,
        restarts: p.restarts,
        attempts: p.attempts.map(([stage, start, end, res]) => ({ stage, start, end, result: res })),
      });
    }
  }
  return lines(out);
}

/** What each line of runs.jsonl starts with: the result's tool, version, scenario hash and seed. */
export type JsonlProvenance = Pick<ExperimentResult, "tool" | "scenario" | "seed">;

/** The record of one run in runs.jsonl: its summaries without the samples. */
function runRecord(result: JsonlProvenance, r: RunResult): Record<string, unknown> {
  const { sample: _incidents, ...incidents } = r.incidents;
  const { sample: _pipelines, ...pipelines } = r.pipelines;
  return {
    ...prefix(result, { topology: r.topology, replication: r.replication }),
    fingerprint: r.fingerprint,
    events: r.events,
    simulatedSeconds: r.simulatedSeconds,
    incidents,
    pipelines,
    service: r.service,
    cost: r.cost,
  };
}

/**
 * runs.jsonl one line at a time, so 10,000 replications never become one string (the lines
 * joined are exactly `runsJsonl`).
 */
export function* runsJsonlChunks(result: ExperimentResult): Generator<string> {
  assertSchemaVersion(result);
  for (const r of result.runs) yield runsJsonlLine(result, r);
}

/** The line of runs.jsonl for one run (with its newline), for writers that stream runs as they finish. */
export function runsJsonlLine(provenance: JsonlProvenance, run: RunResult): string {
  return `${canonicalJson(runRecord(provenance, run), 0, true)}\n`;
}

/** One line per run (topology × replication) with its summaries; the samples are left to the other two files. */
export function runsJsonl(result: ExperimentResult): string {
  return [...runsJsonlChunks(result)].join("");
}
