/**
 * The claim of `restart-storm`: a large controller's backlog takes long to drain after a crash
 * because of its size — a boot grown by its history and a storm of reconnecting agents — not
 * because it crashes: without boot growth and the storm, the same design drains within the
 * objective. Ten small controllers (a tenth of the history and of the agents each) drain fast.
 */
import { runExperiment, type Scenario } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { loadLibraryScenario } from "./library";

const scenario = loadLibraryScenario("restart-storm");
const drains = (s: Scenario) =>
  runExperiment(s, { toolVersion: "test" }).verdicts.filter((v) => v.objective.metric === "backlogDrainTime");
const drainVerdicts = (s: Scenario) => drains(s).map((v) => `${v.topology}: ${v.verdict}`);

describe("restart-storm", () => {
  const short = { ...scenario, replications: 10 };

  it("misses the drain objective with one large controller, meets it with ten small ones", () => {
    expect(drainVerdicts(short)).toEqual(["one-large-controller: missed", "ten-small-controllers: met"]);
  });

  it("meets it with the large controller too once its boot does not grow and no storm follows", () => {
    const { bootGrowth: _g, restartStorm: _s, ...controllers } = scenario.shared!.controllers!;
    const plain: Scenario = {
      ...short,
      topologies: [short.topologies[0]!],
      shared: { ...scenario.shared, controllers },
    };
    // Few outages (a crash a week): the p95's interval may stay open above, but never misses,
    // and the estimate is well inside the 30 min objective and far below the storm's.
    const [verdict] = drains(plain);
    expect(verdict!.verdict).not.toBe("missed");
    expect(verdict!.estimate.mean).toBeLessThan(20 * 60);
    const [stormy] = drains({ ...short, topologies: [short.topologies[0]!] });
    expect(stormy!.estimate.mean).toBeGreaterThan(2 * verdict!.estimate.mean);
  });
});
