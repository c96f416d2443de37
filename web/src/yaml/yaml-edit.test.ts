import { libraryNames, libraryText, loadLibraryScenario, loadScenario } from "@resilab/scenarios";
import { describe, expect, it } from "vitest";
import { appendItem, removeItem, setScalar, YamlEditError, yamlScalar } from "./yaml-edit";
import { nodeAt } from "./yaml-nodes";
import { readYaml } from "./yaml-tree";

const clone = <T>(x: T): T => structuredClone(x);

describe("setScalar", () => {
  it("replaces a value and leaves every other byte alone", () => {
    const text = libraryText("default-comparison");
    const edited = setScalar(text, ["faults", "controller", "mttr"], "45m");
    const before = text.indexOf("mttr: 30m");
    expect(edited.slice(0, before)).toBe(text.slice(0, before));
    expect(edited.slice(before + 9 + 0)).toBe(text.slice(before + 9));
    expect(edited.slice(before, before + 9)).toBe("mttr: 45m");
    expect(loadScenario(edited).faults.controller?.mttr).toBe(2700);
  });

  it.each(libraryNames())(
    "creates overrides in %s without changing anything else in the scenario",
    (name) => {
      const text = libraryText(name);
      const expected = clone(loadLibraryScenario(name));
      let edited = text;
      expected.topologies.forEach((t, i) => {
        edited = setScalar(edited, ["topologies", i, "overrides", "controllers", "count"], "7");
        edited = setScalar(edited, ["topologies", i, "overrides", "intake", "capacity"], "42");
        t.overrides = { ...t.overrides, controllers: { ...t.overrides?.controllers, count: 7 } };
        t.overrides.intake = { ...t.overrides.intake, capacity: 42 };
      });
      edited = setScalar(edited, ["faults", "agentPartition", "mtbf"], "9d");
      edited = setScalar(edited, ["faults", "agentPartition", "mttr"], "9m");
      expected.faults.agentPartition = { ...expected.faults.agentPartition, mtbf: 9 * 86_400, mttr: 540 };
      expect(loadScenario(edited)).toEqual(expected);
      expect(edited.split("\n").filter((l) => l.trimStart().startsWith("#"))).toEqual(
        text.split("\n").filter((l) => l.trimStart().startsWith("#")),
      );
    },
  );

  it("adds to a flow mapping, fills a key without a value and an empty mapping", () => {
    const text = "a: { b: 1 }\nc:\nd: {}\n";
    let edited = setScalar(text, ["a", "x"], "2");
    expect(edited).toBe("a: { b: 1, x: 2 }\nc:\nd: {}\n");
    edited = setScalar(edited, ["c"], "3");
    expect(edited).toBe("a: { b: 1, x: 2 }\nc: 3\nd: {}\n");
    expect(setScalar(edited, ["d", "e", "f"], "4")).toBe("a: { b: 1, x: 2 }\nc: 3\nd: { e: { f: 4 } }\n");
    expect(setScalar("top:\n  k:\nz: 1\n", ["top", "k", "m", "n", "o"], "5")).toBe(
      "top:\n  k:\n    m:\n      n: { o: 5 }\nz: 1\n",
    );
  });

  it("refuses paths it cannot place", () => {
    expect(() => setScalar("a: 1\n", ["a", "b"], "2")).toThrow(YamlEditError);
    expect(() => setScalar("a: [1]\n", ["a", 3], "2")).toThrow(/does not exist/);
    expect(() => setScalar("a: { b: 1 }\n", ["a"], "2")).toThrow(/holds a map/);
    expect(() => setScalar("a: &x 1\n", ["a"], "2")).toThrow(/cannot edit/);
  });
});

describe("appendItem and removeItem", () => {
  it("appends objectives and topologies to block lists in the file's indentation", () => {
    const text = libraryText("default-comparison");
    let edited = appendItem(text, ["slo"], yamlScalar("max outageDuration <= 1h"));
    edited = appendItem(edited, ["topologies"], "name: ap-fast\npreset: active-passive");
    const scenario = loadScenario(edited);
    expect(scenario.slo.at(-1)).toMatchObject({ metric: "outageDuration", stat: "max", target: 3600 });
    expect(scenario.topologies.at(-1)).toEqual({ name: "ap-fast", preset: "active-passive" });
    expect(edited).toContain("  - name: ap-fast\n    preset: active-passive\nslo:");
  });

  it("removes a middle item with its lines and the last one as []", () => {
    const text = "l:\n  - a # first\n  - b:\n      c: 1\n  - d\nm: 1\n";
    expect(removeItem(text, ["l"], 1)).toBe("l:\n  - a # first\n  - d\nm: 1\n");
    expect(removeItem("l:\n  - a\nm: 1\n", ["l"], 0)).toBe("l: []\nm: 1\n");
    expect(removeItem("l: [a, b, c]\n", ["l"], 1)).toBe("l: [a, c]\n");
    expect(removeItem("l: [a, b]\n", ["l"], 1)).toBe("l: [a]\n");
    expect(removeItem("l: [a]\n", ["l"], 0)).toBe("l: []\n");
    expect(appendItem("l: []\n", ["l"], "x")).toBe("l: [x]\n");
    expect(() => removeItem("l: [a]\n", ["l"], 4)).toThrow(/does not exist/);
    expect(() => appendItem("l: 1\n", ["l"], "x")).toThrow(/not a list/);
  });
});

describe("yamlScalar", () => {
  it.each([
    "p99 outageDuration <= 5m",
    "a: b",
    "true",
    "12",
    "#x",
    "- x",
    "",
    " pad",
    "it's",
    'say "hi"',
    "x #y",
  ])("writes %j so it reads back as the same string", (value) => {
    const root = readYaml(`k: ${yamlScalar(value)}\n`);
    const node = nodeAt(root, ["k"]);
    expect(node?.kind === "scalar" && node.value).toBe(value);
  });

  it("keeps plain what can be plain", () => {
    expect(yamlScalar("p99 outageDuration <= 5m")).toBe("p99 outageDuration <= 5m");
    expect(yamlScalar(3)).toBe("3");
    expect(yamlScalar("12")).toBe('"12"');
  });
});
