/** Fixtures with attacker-controlled text in every scenario-derived field (for the injection tests). */
import type { ExperimentResult, IncidentRecord } from "@resilab/sim-core";
import { experimentFixture } from "./experiment";

/** Markup an attacker might put into scenario text. */
export const HOSTILE = `<script>alert(1)</script><img src=x onerror="alert(2)">'&"`;

/**
 * The same result with hostile markup in every text field that comes from a scenario: scenario
 * name and description, topology names, objective names, verdict notes and incident component
 * names.
 */
export function hostileFixture(
  result: ExperimentResult = experimentFixture(),
  payload = HOSTILE,
): ExperimentResult {
  const topo = new Map(result.topologies.map((t, i) => [t.topology, `${payload}topology-${i}`]));
  const rename = (name: string) => topo.get(name) ?? name;
  const objective = (name: string) => `${payload}${name}`;
  const incident = (i: IncidentRecord): IncidentRecord => ({ ...i, component: `${payload}${i.component}` });
  return {
    ...result,
    scenario: { ...result.scenario, name: `${payload}scenario`, description: `${payload}description` },
    topologies: result.topologies.map((t) => ({
      ...t,
      topology: rename(t.topology),
      incidentsSample: t.incidentsSample.map(incident),
    })),
    verdicts: result.verdicts.map((v) => ({
      ...v,
      name: objective(v.name),
      objective: { ...v.objective, name: objective(v.objective.name ?? v.name) },
      topology: rename(v.topology),
      // Notes are the model's words, but may quote scenario text: treat them as hostile too.
      note: v.note === null ? null : `${payload}${v.note}`,
    })),
    differences: result.differences.map((d) => ({ ...d, a: rename(d.a), b: rename(d.b) })),
    runs: result.runs.map((r) => ({
      ...r,
      topology: rename(r.topology),
      incidents: { ...r.incidents, sample: r.incidents.sample.map(incident) },
    })),
  };
}
