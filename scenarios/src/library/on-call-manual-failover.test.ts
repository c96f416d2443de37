/**
 * The claim of `on-call-manual-failover`: with a human starting the failover, a machine lost at
 * 3 a.m. on a Sunday keeps the service down for detection + the night responder + the runbook +
 * the switch, about 10 minutes longer on average than the same loss on a Tuesday afternoon, and
 * past the 30-minute objective; with automatic failover the time of the week does not matter.
 * Checked against that closed form (sum of the means), within the 99 % interval (the sums are
 * right-skewed, so the t interval needs many replications).
 */
import {
  confidenceInterval,
  distribution,
  expandTopology,
  runExperiment,
  type Scenario,
  simulate,
} from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { loadLibraryScenario } from "./library";

const scenario = loadLibraryScenario("on-call-manual-failover");
const mean = (spec: Parameters<typeof distribution>[0]) => distribution(spec).mean;

/**
 * The scenario with only chaos event `event`, hitting the primary (controller-0), the run ending
 * 6 h after it and few triggers (the outage does not depend on them; the runs are faster): one
 * outage per replication, its durations.
 */
function outages(topologyIndex: number, event: number, replications: number): number[] {
  const chaos = { ...scenario.faults.chaos![event]!, target: "controller-0" };
  const only: Scenario = {
    ...scenario,
    horizon: chaos.at + 6 * 3600,
    workload: { ...scenario.workload, triggers: [{ kind: "poisson", ratePerHour: 0.5 }] },
    faults: { ...scenario.faults, chaos: [chaos] },
  };
  const topology = expandTopology(only.topologies[topologyIndex]!, topologyIndex, only.shared);
  return Array.from({ length: replications }, (_, r) => {
    const result = simulate(only, topology, r);
    expect(result.outages.duration.count).toBe(1);
    return result.outages.duration.mean;
  });
}

describe("on-call-manual-failover", () => {
  const manual = expandTopology(scenario.topologies[1]!, 1, scenario.shared);
  const failover = manual.failover!;
  const people = scenario.people!;
  // Detection, then (manual) the responder and the runbook, then the switch (the standby boots).
  const automaticMean = failover.detection + mean(failover.switchTime);
  const manualMean = (response: Parameters<typeof distribution>[0]) =>
    automaticMean + mean(response) + mean(failover.manualSteps!);
  const tuesday = manualMean(people.schedule![0]!.response);
  const sunday = manualMean(people.response);

  it("the manual failover's outage follows the responder on duty, as the closed form says", () => {
    expect(failover.trigger).toBe("manual");
    for (const [event, expected] of [
      [0, tuesday],
      [1, sunday],
    ] as const) {
      const ci = confidenceInterval(outages(1, event, 1000), 0.99);
      expect(expected, `event ${event}: ${ci.lower}–${ci.upper}`).toBeGreaterThanOrEqual(ci.lower);
      expect(expected, `event ${event}: ${ci.lower}–${ci.upper}`).toBeLessThanOrEqual(ci.upper);
    }
    // The question's answer: about 10 minutes longer at 3 a.m. on a Sunday.
    expect(sunday - tuesday).toBeGreaterThan(9 * 60);
    expect(sunday - tuesday).toBeLessThan(11 * 60);
  });

  it("automatic failover does not care what time it is", () => {
    for (const event of [0, 1]) {
      const ci = confidenceInterval(outages(0, event, 300), 0.99);
      expect(automaticMean).toBeGreaterThanOrEqual(ci.lower);
      expect(automaticMean).toBeLessThanOrEqual(ci.upper);
    }
  });

  it("gives the verdicts the description promises", () => {
    const result = runExperiment({ ...scenario, replications: 60 }, { toolVersion: "test" });
    expect(result.verdicts.map((v) => `${v.topology} ${v.objective.metric}: ${v.verdict}`)).toEqual([
      "automatic-failover outageDuration: met",
      "manual-failover outageDuration: missed",
      "automatic-failover availability: met",
      "manual-failover availability: met",
    ]);
  });
});
