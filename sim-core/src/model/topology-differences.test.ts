import { describe, expect, it } from "vitest";
import { expandTopology } from "./expand-topology";
import type { Scenario, TopologyConfig } from "./scenario-types";
import {
  ABSENT,
  formatDistribution,
  formatSetting,
  scenarioTopologyDifferences,
  topologyDifferences,
  topologyDifferencesOf,
} from "./topology-differences";

const config = (spec: Parameters<typeof expandTopology>[0], shared?: Scenario["shared"]): TopologyConfig =>
  expandTopology(spec, 0, shared);

describe("topologyDifferences", () => {
  it("lists only the settings whose values differ, with every topology's value", () => {
    const a = config({ name: "a", preset: "single" });
    const b = config({ name: "b", preset: "single", overrides: { controllers: { hosting: "pod" } } });
    expect(topologyDifferences([a, b])).toEqual([{ setting: "controllers.hosting", values: ["vm", "pod"] }]);
  });

  it("has nothing to show for identical topologies or fewer than two", () => {
    const a = config({ name: "a", preset: "active-active" });
    const b = config({ name: "b", preset: "active-active" });
    expect(topologyDifferences([a, b])).toEqual([]);
    expect(topologyDifferences([a])).toEqual([]);
    expect(topologyDifferences([])).toEqual([]);
  });

  it("shows a component one topology lacks as absent, leaf by leaf", () => {
    const single = config({ preset: "single" });
    const ap = config({ preset: "active-passive" });
    const rows = topologyDifferences([single, ap]);
    const detection = rows.find((r) => r.setting === "failover.detection");
    expect(detection?.values).toEqual([ABSENT, "15s"]);
    expect(rows.find((r) => r.setting === "sharedStore.reconnect")?.values).toEqual([ABSENT, "1m"]);
    // The topology's name and preset are its column, not a setting.
    expect(rows.some((r) => r.setting === "name" || r.setting === "preset")).toBe(false);
  });

  it("formats durations, fractions, prices, distributions and unlimited values readably", () => {
    const a = config({ preset: "cloud-native" });
    const b = config({
      preset: "cloud-native",
      overrides: {
        failover: { coverage: 0.5, switchTime: { kind: "exponential", mean: 5_400 } },
        costs: { controllerPodHour: 0.125 },
        executors: { repairCrews: Number.POSITIVE_INFINITY, lossDetection: 0.5 },
        platform: { toleration: 90 },
      },
    });
    const byPath = Object.fromEntries(topologyDifferences([a, b]).map((r) => [r.setting, r.values]));
    expect(byPath).toEqual({
      "failover.coverage": ["95 %", "50 %"],
      "failover.switchTime": ["uniform(1s, 3s)", "exponential(mean 1h30m)"],
      "costs.controllerPodHour": ["0.05/h", "0.125/h"],
      "executors.repairCrews": ["1", "unlimited"],
      "executors.lossDetection": ["5s", "0.5s"],
      "platform.toleration": ["5m", "1m30s"],
    });
  });

  it("compares distributions by value, not by how they print", () => {
    const a = config({ preset: "single" });
    const b = config({
      preset: "single",
      overrides: { controllers: { boot: { kind: "lognormal", median: 45, p95: 120 } } },
    });
    expect(topologyDifferences([a, b])).toEqual([]);
    const c = config({
      preset: "single",
      overrides: { controllers: { boot: { kind: "lognormal", median: 45.0001, p95: 120 } } },
    });
    expect(topologyDifferences([a, c]).map((r) => r.setting)).toEqual(["controllers.boot"]);
  });

  it("keeps untrusted text as it is: escaping is the writers' job", () => {
    const hostile = "<script>alert(1)</script>|*x*";
    const a = config({ preset: "single" });
    const b = config({ preset: "single", overrides: { executors: { labels: [hostile, "default"] } } });
    expect(topologyDifferences([a, b])).toEqual([
      { setting: "executors.labels", values: [ABSENT, `${hostile}, default`] },
    ]);
  });
});

describe("formatting", () => {
  it("writes every distribution kind as short text", () => {
    expect(formatDistribution({ kind: "deterministic", value: 120 })).toBe("2m");
    expect(formatDistribution({ kind: "lognormal", median: 45, p95: 120 })).toBe(
      "lognormal(median 45s, p95 2m)",
    );
    expect(formatDistribution({ kind: "lognormal", mu: 3.2, sigma: 0.5 })).toBe(
      "lognormal(mu 3.2, sigma 0.5)",
    );
    expect(formatDistribution({ kind: "erlang", k: 2, mean: 600 })).toBe("erlang(k 2, mean 10m)");
    expect(formatDistribution({ kind: "weibull", shape: 1.5, scale: 86_400 })).toBe(
      "weibull(shape 1.5, scale 1d)",
    );
    expect(formatDistribution({ kind: "normal", mean: 60, sd: 10, min: 0 })).toBe(
      "normal(mean 1m, sd 10s, min 0s)",
    );
    expect(formatDistribution({ kind: "empirical", samples: [1, 2, 3] })).toBe("empirical(3 samples)");
    expect(
      formatDistribution({
        kind: "mixture",
        components: [
          { weight: 0.9, dist: { kind: "uniform", min: 0, max: 1 } },
          { weight: 0.1, dist: { kind: "exponential", mean: 60 } },
        ],
      }),
    ).toBe("mixture(90 % uniform(0s, 1s), 10 % exponential(mean 1m))");
  });

  it("writes plain settings as they are and absent ones as a dash", () => {
    expect(formatSetting("controllers.state", "shared-store")).toBe("shared-store");
    expect(formatSetting("controllers.statefulVolume", true)).toBe("true");
    expect(formatSetting("controllers.count", 10)).toBe("10");
    expect(formatSetting("failover.detection", undefined)).toBe(ABSENT);
  });
});

describe("scenarioTopologyDifferences", () => {
  it("expands the scenario's topologies with its shared settings", () => {
    const rows = scenarioTopologyDifferences({
      shared: { executors: { lossDetection: 30 }, failover: { coverage: 0.99 } },
      topologies: [{ preset: "single" }, { preset: "cloud-native" }],
    });
    // Shared settings are the same everywhere: only the failover manager's presence shows.
    expect(rows.some((r) => r.setting === "executors.lossDetection")).toBe(false);
    expect(rows.find((r) => r.setting === "failover.coverage")?.values).toEqual([ABSENT, "99 %"]);
  });

  it("reads a result's differences, or none from a result written before they existed", () => {
    const rows = [{ setting: "controllers.count", values: ["1", "3"] }];
    expect(topologyDifferencesOf({ topologyDifferences: rows })).toBe(rows);
    expect(topologyDifferencesOf({})).toEqual([]);
  });
});

describe("settings added with planned changes and disaster recovery", () => {
  it("prints their durations as durations, not seconds", () => {
    expect(formatSetting("controllers.upgrade.cutover", 60)).toBe("1m");
    expect(formatSetting("controllers.restartStorm.perAgent", 2)).toBe("2s");
    expect(formatSetting("recovery.backup.interval", 86_400)).toBe("1d");
    expect(formatSetting("recovery.backup.failureProbability", 0.01)).toBe("1 %");
    expect(formatSetting("costs.backupGBMonth", 0.023)).toBe("0.023/GB-month");
    // A key that is a duration in one part is a plain number elsewhere.
    expect(formatSetting("controllers.bootGrowth.keepBuilds", 2000)).toBe("2000");
  });
});
