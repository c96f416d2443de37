import { libraryText, loadLibraryScenario, loadScenario } from "@resilab/scenarios";
import { describe, expect, it } from "vitest";
import { setScalar } from "../yaml/yaml-edit";
import {
  formatKnobValue,
  type NumericKnob,
  niceDuration,
  positionOf,
  SLIDER_STEPS,
  valueAtPosition,
  valueForMove,
} from "./knob-values";
import {
  experimentKnobs,
  FAILURE_CLASSES,
  failureKnobs,
  sweepableKnobs,
  topologyChoices,
  topologyKnobs,
  workloadKnobs,
} from "./knobs";

const name = "default-comparison";
const scenario = loadLibraryScenario(name);
const all: NumericKnob[] = [
  ...experimentKnobs(),
  ...workloadKnobs(scenario),
  ...FAILURE_CLASSES.flatMap((c) => (scenario.faults[c] ? failureKnobs(c) : [])),
  ...scenario.topologies.flatMap((_, i) => topologyKnobs(scenario, i)),
];

describe("numeric knobs", () => {
  it("cover the knobs that matter, failover only where the preset has one", () => {
    const ids = all.map((k) => k.id);
    expect(ids).toContain("faults-controller-mttr");
    expect(ids).toContain("trigger-rate");
    expect(ids).toContain("topology-1-failover-coverage");
    expect(ids).not.toContain("topology-0-failover-coverage");
    expect(all.every((k) => k.read(scenario) !== undefined)).toBe(true);
  });

  it.each(all.map((k) => [k.id, k] as const))(
    "%s: a slider position written to YAML reads back as its value",
    (_, knob) => {
      for (const position of [0, 137, 500, 861, SLIDER_STEPS]) {
        const value = valueAtPosition(knob, position);
        const text = setScalar(libraryText(name), knob.path, formatKnobValue(knob.unit, value));
        expect(knob.read(loadScenario(text))).toBeCloseTo(value, 9);
        expect(Math.abs(positionOf(knob, value) - position)).toBeLessThanOrEqual(SLIDER_STEPS / 10);
      }
    },
  );

  it("writes unlimited buffers and reads the preset's default when the file says nothing", () => {
    const knob = topologyKnobs(scenario, 0).find((k) => k.id === "topology-0-stage-buffer")!;
    expect(knob.read(scenario)).toBe(Number.POSITIVE_INFINITY);
    expect(positionOf(knob, Number.POSITIVE_INFINITY)).toBe(SLIDER_STEPS);
    const text = setScalar(libraryText(name), knob.path, "12");
    expect(knob.read(loadScenario(text))).toBe(12);
    expect(formatKnobValue("count", Number.POSITIVE_INFINITY)).toBe("unlimited");
  });
});

describe("valueForMove", () => {
  it("moves to the next distinct value when one slider step rounds back to the current one", () => {
    const mttr = failureKnobs("controller")[1]!;
    const at = positionOf(mttr, 14_400);
    expect(valueAtPosition(mttr, at - 1)).toBe(14_400);
    const down = valueForMove(mttr, 14_400, at, at - 1);
    expect(down).toBeLessThan(14_400);
    expect(valueForMove(mttr, 14_400, at, at + 1)).toBeGreaterThan(14_400);
    expect(valueForMove(mttr, 14_400, at, at + 200)).toBe(valueAtPosition(mttr, at + 200));
    expect(valueForMove(mttr, mttr.max, SLIDER_STEPS, SLIDER_STEPS)).toBe(mttr.max);
  });
});

describe("formatting", () => {
  it("writes values the way the scenario format documents them", () => {
    expect(formatKnobValue("duration", 5400)).toBe("1h30m");
    expect(formatKnobValue("percent", 0.995)).toBe("99.5%");
    expect(formatKnobValue("rate", 20)).toBe("20/h");
    expect(formatKnobValue("integer", 7.4)).toBe("7");
  });

  it("rounds durations to what a person would type", () => {
    expect(niceDuration(61.4)).toBe(61);
    expect(niceDuration(1000)).toBe(1020);
    expect(niceDuration(5000)).toBe(4980);
    expect(niceDuration(10_000)).toBe(9900);
    expect(niceDuration(200_000)).toBe(201_600);
    expect(niceDuration(0.2)).toBe(1);
  });
});

describe("choices and sweeps", () => {
  it("read the composed policy and list sweepable numeric parameters as sim-core paths", () => {
    const [inFlight, trigger] = topologyChoices(3);
    expect(inFlight!.read(scenario)).toBeTypeOf("string");
    expect(inFlight!.options).toContain(inFlight!.read(scenario));
    expect(trigger!.options).toContain(trigger!.read(scenario));
    const sweepable = sweepableKnobs(scenario);
    expect(sweepable.map((k) => k.path.join("."))).toContain("faults.controller.mttr");
    expect(sweepable.some((k) => k.unlimited)).toBe(false);
    expect(sweepable.find((k) => k.id === "topology-1-controllers")?.label).toBe(
      "active-passive: Controllers",
    );
  });
});
