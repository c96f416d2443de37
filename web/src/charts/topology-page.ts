/**
 * Many topologies are shown a page at a time: a result restricted to some of its topologies
 * keeps their verdicts, the paired differences among them, their runs and their column of the
 * "what differs" table, so every chart and table draws at most a page of series, whatever the
 * scenario holds (a 300-topology comparison is not 300 overlapping lines).
 */
import type { ExperimentResult } from "@resilab/sim-core";

/** Topologies per page of results and of the form; the library's largest comparison has 5. */
export const TOPOLOGIES_PER_PAGE = 8;

/** The range of items on `page` (0-based) of `count` items, clamped to the last page. */
export function pageRange(count: number, page: number, size = TOPOLOGIES_PER_PAGE) {
  const pages = Math.max(1, Math.ceil(count / size));
  const at = Math.min(Math.max(0, page), pages - 1);
  return { page: at, pages, from: at * size, to: Math.min(count, (at + 1) * size) };
}

/** `result` with only the topologies at indices [from, to). Returns `result` itself when that is all of them. */
export function resultForTopologies(result: ExperimentResult, from: number, to: number): ExperimentResult {
  if (from <= 0 && to >= result.topologies.length) return result;
  const topologies = result.topologies.slice(from, to);
  const names = new Set(topologies.map((t) => t.topology));
  return {
    ...result,
    topologies,
    verdicts: result.verdicts.filter((v) => names.has(v.topology)),
    differences: result.differences.filter((d) => names.has(d.a) && names.has(d.b)),
    topologyDifferences: result.topologyDifferences.map((d) => ({ ...d, values: d.values.slice(from, to) })),
    runs: result.runs.filter((r) => names.has(r.topology)),
  };
}
