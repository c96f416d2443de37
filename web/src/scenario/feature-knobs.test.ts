import { libraryText, loadScenario } from "@resilab/scenarios";
import { expandTopology, STRATEGY_DEFAULTS } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { setScalar } from "../yaml/yaml-edit";
import { formatKnobValue, positionOf, SLIDER_STEPS, valueAtPosition } from "./knob-values";
import { topologyKnobs } from "./knobs";

/** default-comparison with every optional part switched on in topology 1 (active-passive). */
function withFeatures(): string {
  const at = (...path: string[]) => ["topologies", 1, "overrides", ...path];
  const edits: [ReturnType<typeof at>, string][] = [
    [at("controllers", "upgrade", "strategy"), "blue-green"],
    [at("controllers", "upgrade", "cutover"), "1m"],
    [at("controllers", "bootGrowth", "perBuild"), "0.5s"],
    [at("controllers", "bootGrowth", "keepBuilds"), "2000"],
    [at("controllers", "restartStorm", "perAgent"), "2s"],
    [at("controllers", "restartStorm", "slowFactor"), "2"],
    [at("controllers", "load", "failureGrowth"), "0.5"],
    [at("executors", "labels"), "[default, test]"],
    [at("executors", "countByLabel", "test"), "3"],
    [at("recovery", "backup", "interval"), "1h"],
    [at("recovery", "region", "strategy"), "warm-standby"],
  ];
  return edits.reduce((text, [path, raw]) => setScalar(text, path, raw), libraryText("default-comparison"));
}

/** Each new knob's id (after `topology-1-`) and the YAML path under the topology's overrides. */
const EXPECTED: Record<string, string> = {
  "upgrade-cutover": "controllers.upgrade.cutover",
  "boot-growth-per-build": "controllers.bootGrowth.perBuild",
  "boot-growth-keep-builds": "controllers.bootGrowth.keepBuilds",
  "restart-storm-per-agent": "controllers.restartStorm.perAgent",
  "restart-storm-slow-factor": "controllers.restartStorm.slowFactor",
  "load-failure-growth": "controllers.load.failureGrowth",
  "load-boot-per-agent": "controllers.load.bootPerAgent",
  "executors-label-default": "executors.countByLabel.default",
  "executors-label-test": "executors.countByLabel.test",
  "state-size-base": "recovery.stateSize.base",
  "state-size-per-pipeline": "recovery.stateSize.perPipeline",
  "restore-overhead": "recovery.restore.overhead",
  "backup-duration": "recovery.backup.duration",
  "backup-failure-probability": "recovery.backup.failureProbability",
  "region-replication-lag": "recovery.region.replicationLag",
  "region-standby-scale": "recovery.region.standbyScale",
};

const text = withFeatures();
const scenario = loadScenario(text);
const knobs = topologyKnobs(scenario, 1).filter((k) => k.id.replace("topology-1-", "") in EXPECTED);

describe("feature knobs", () => {
  it("appear for a topology with the parts, at the documented YAML paths, with the file's values", () => {
    expect(knobs.map((k) => k.id.replace("topology-1-", "")).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const k of knobs)
      expect(k.path.join(".")).toBe(`topologies.1.overrides.${EXPECTED[k.id.replace("topology-1-", "")]}`);
    const value = (id: string) => knobs.find((k) => k.id === `topology-1-${id}`)!.read(scenario);
    expect(value("upgrade-cutover")).toBe(60);
    expect(value("boot-growth-per-build")).toBe(0.5);
    expect(value("executors-label-test")).toBe(3);
    // Unset parts read their defaults: a label without its own count has executors.count, an
    // unset load term 0, an unset standby scale the strategy's (warm standby runs some).
    const config = expandTopology(scenario.topologies[1]!, 1, scenario.shared);
    expect(value("executors-label-default")).toBe(config.executors.count);
    expect(value("load-boot-per-agent")).toBe(0);
    expect(value("region-standby-scale")).toBe(STRATEGY_DEFAULTS["warm-standby"].standbyScale);
    expect(value("region-standby-scale")).toBeGreaterThan(0);
  });

  it("are absent for a topology without the parts", () => {
    const ids = topologyKnobs(scenario, 0).map((k) => k.id.replace("topology-0-", ""));
    for (const id of Object.keys(EXPECTED)) expect(ids).not.toContain(id);
  });

  it.each(knobs.map((k) => [k.id, k] as const))(
    "%s: a slider position written to YAML reads back as its value",
    (_, knob) => {
      for (const position of [0, 137, 500, 861, SLIDER_STEPS]) {
        const value = valueAtPosition(knob, position);
        const written = setScalar(text, knob.path, formatKnobValue(knob.unit, value));
        expect(knob.read(loadScenario(written))).toBeCloseTo(value, 9);
        expect(Math.abs(positionOf(knob, value) - position)).toBeLessThanOrEqual(SLIDER_STEPS / 10);
      }
    },
  );
});
