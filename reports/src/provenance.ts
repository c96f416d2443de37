/**
 * The replay key every output carries: tool and version, scenario hash and seed. With these a
 * reader can re-run exactly the experiment that produced a figure.
 */
import { formatDuration, formatNumber } from "./format";

/** The fields of a result that identify how to replay it (experiment and sweep results share them). */
export interface ProvenanceSource {
  tool: { name: string; version: string };
  scenario: { name: string; hash: string; description: string | null };
  seed: number;
  replications?: number;
  horizon?: number;
}

/** Provenance as flat fields, in the order every format prints them. */
export interface Provenance {
  tool: string;
  version: string;
  scenario: string;
  scenarioHash: string;
  seed: number;
}

/** The provenance fields of a result. */
export function provenanceOf(result: ProvenanceSource): Provenance {
  return {
    tool: result.tool.name,
    version: result.tool.version,
    scenario: result.scenario.name,
    scenarioHash: result.scenario.hash,
    seed: result.seed,
  };
}

/**
 * One plain-text line (not escaped: callers escape for their format), e.g.
 * "resilab 0.1.0 · scenario hash 0123abcd · seed 42 · 30 replications · horizon 30 d".
 */
export function provenanceLine(result: ProvenanceSource): string {
  const parts = [
    `${result.tool.name} ${result.tool.version}`,
    `scenario hash ${result.scenario.hash}`,
    `seed ${result.seed}`,
  ];
  if (result.replications !== undefined) parts.push(`${formatNumber(result.replications)} replications`);
  if (result.horizon !== undefined) parts.push(`horizon ${formatDuration(result.horizon)}`);
  return parts.join(" · ");
}
