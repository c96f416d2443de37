import { libraryNames, libraryText, loadScenario } from "@resilab/scenarios";
import { estimateEvents } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { setScalar } from "../yaml/yaml-edit";
import { initialState, liveRunDue } from "./lab-state";
import { formatEvents, HEAVY, heavyText, runCost } from "./run-cost";

const heavyText40k = () => {
  let text = libraryText("default-comparison");
  text = setScalar(text, ["horizon"], "1h");
  return setScalar(text, ["replications"], "8000");
};

describe("run cost", () => {
  it("counts runs and events as the CLI's event budget estimates them", () => {
    const scenario = loadScenario(libraryText("default-comparison"));
    const cost = runCost(scenario);
    expect(cost.runs).toBe(150);
    expect(cost.events).toBe(150 * estimateEvents(scenario));
    expect(runCost(scenario, { parameter: "seed", values: [1, 2, 3] }).runs).toBe(450);
  });

  it("no library scenario is heavy; 40,000 runs or too many events or topologies are", () => {
    for (const name of libraryNames())
      expect(runCost(loadScenario(libraryText(name))).heavy, name).toBe(false);
    const cost = runCost(loadScenario(heavyText40k()));
    expect(cost).toMatchObject({ runs: 40_000, heavy: true });
    expect(heavyText(cost)).toMatch(
      /^Heavy scenario: 40,000 runs \(5 topologies × 8000 replications\), about .* simulated events/,
    );
    const long = loadScenario(setScalar(libraryText("default-comparison"), ["horizon"], "400d"));
    expect(runCost(long).runs).toBeLessThanOrEqual(HEAVY.runs);
    expect(runCost(long).heavy).toBe(true);
  });

  it("prints events with a power of ten", () => {
    expect(formatEvents(123_456)).toBe("123,456");
    expect(formatEvents(5.62e7)).toBe("5.6 × 10⁷");
    expect(formatEvents(9.97e8)).toBe("1.0 × 10⁹");
  });

  it("a heavy scenario never starts by itself, a light one does", () => {
    expect(liveRunDue(initialState(libraryText("default-comparison"), "a.yaml"), null)).toBe(true);
    const heavy = initialState(heavyText40k(), "shared-link.yaml");
    expect(heavy.scenario).not.toBeNull();
    expect(liveRunDue(heavy, null)).toBe(false);
  });
});
