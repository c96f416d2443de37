/**
 * What running a scenario costs, estimated before anything runs, as the CLI's event budget does
 * (sim-core's `estimateEvents`): runs (topologies × replications) and simulated events. A heavy
 * scenario does not start by itself (live what-if, a link, a file, a paste): the lab shows these
 * figures and runs it only when asked.
 */
import { estimateEvents, type Scenario, type SweepSpec } from "@resilab/sim-core";

/**
 * Above any of these a scenario is heavy. The library's largest (default-comparison: 150 runs,
 * ~5.6 × 10⁷ events, 5 topologies) stays well below; 2,000 runs or 5 × 10⁸ events take minutes
 * on a laptop, and more than 20 topologies no longer fit one comparison on screen.
 */
export const HEAVY = { runs: 2000, events: 5e8, topologies: 20 } as const;

/** The estimated cost of a run. */
export interface RunCost {
  topologies: number;
  replications: number;
  /** Sweep points (1 for a comparison). */
  points: number;
  runs: number;
  /** Estimated simulated events over all runs. */
  events: number;
  heavy: boolean;
}

/**
 * Costs of comparisons by scenario object: the page asks on every render (run bar, results, live
 * check), and estimating the events of 300 topologies takes 20-120 ms on a loaded machine.
 */
const comparisonCosts = new WeakMap<Scenario, RunCost>();

/** The cost of comparing `scenario`'s topologies, or of sweeping it over `sweep`'s values. */
export function runCost(scenario: Scenario, sweep: SweepSpec | null = null): RunCost {
  if (sweep !== null) return computeCost(scenario, sweep);
  let cost = comparisonCosts.get(scenario);
  if (cost === undefined) {
    cost = computeCost(scenario, null);
    comparisonCosts.set(scenario, cost);
  }
  return cost;
}

function computeCost(scenario: Scenario, sweep: SweepSpec | null): RunCost {
  const points = sweep === null ? 1 : Math.max(1, sweep.values.length);
  const topologies = scenario.topologies.length;
  const runs = topologies * scenario.replications * points;
  const events = runs * estimateEvents(scenario);
  const heavy = runs > HEAVY.runs || events > HEAVY.events || topologies > HEAVY.topologies;
  return { topologies, replications: scenario.replications, points, runs, events, heavy };
}

/** "1.2 × 10⁹" style for event counts; plain digits below 10⁶. */
export function formatEvents(events: number): string {
  if (!Number.isFinite(events)) return "an unknown number of";
  if (events < 1e6) return Math.round(events).toLocaleString("en-US");
  let exponent = Math.floor(Math.log10(events));
  if (events / 10 ** exponent >= 9.95) exponent += 1;
  const mantissa = events / 10 ** exponent;
  const superscript = String(exponent).replace(/\d/g, (d) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[Number(d)]!);
  return `${mantissa.toFixed(1)} × 10${superscript}`;
}

/** One sentence on a heavy run: what it is and why it waits. */
export function heavyText(cost: RunCost): string {
  const what =
    cost.points > 1
      ? `${cost.points} values × ${cost.topologies} topologies × ${cost.replications} replications`
      : `${cost.topologies} topologies × ${cost.replications} replications`;
  return `Heavy scenario: ${cost.runs.toLocaleString("en-US")} runs (${what}), about ${formatEvents(cost.events)} simulated events. It runs only when you press Run.`;
}
