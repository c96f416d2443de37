import { libraryNames, libraryText, loadLibraryScenario } from "@resilab/scenarios";
import { describe, expect, it } from "vitest";
import { nodeAt, type YNode } from "./yaml-nodes";
import { readYaml } from "./yaml-tree";

function scalar(root: YNode | null, path: (string | number)[]): string | undefined {
  const node = nodeAt(root, path);
  return node?.kind === "scalar" ? node.value : undefined;
}

describe("readYaml on the library", () => {
  it.each(libraryNames())("reads %s with the structure the loader sees", (name) => {
    const text = libraryText(name);
    const scenario = loadLibraryScenario(name);
    const root = readYaml(text);
    expect(root?.kind).toBe("map");
    expect(scalar(root, ["name"])).toBe(scenario.name);
    const topologies = nodeAt(root, ["topologies"]);
    expect(topologies?.kind === "seq" && topologies.items.length).toBe(scenario.topologies.length);
    const slo = nodeAt(root, ["slo"]);
    expect(slo?.kind === "seq" && slo.items.length).toBe(scenario.slo.length);
    const stages = scenario.workload.pipeline.stages.map((_, i) =>
      scalar(root, ["workload", "pipeline", "stages", i, "name"]),
    );
    expect(stages).toEqual(scenario.workload.pipeline.stages.map((s) => s.name));
    scenario.topologies.forEach((t, i) => {
      if (t.preset !== undefined) expect(scalar(root, ["topologies", i, "preset"])).toBe(t.preset);
    });
    // Positions point at the text of the value.
    const seed = nodeAt(root, ["seed"]);
    expect(seed?.kind === "scalar" && text.slice(seed.start, seed.end)).toBe(String(scenario.seed));
  });
});

describe("readYaml", () => {
  it("reads block and flow collections, quoted scalars, comments and block scalars", () => {
    const text = [
      "# head",
      "a: 1 # trailing",
      "b:",
      "  c: 'it''s'",
      '  d: "x\\ty"',
      "e: { f: [1, 2m], g: { h: 3 } }",
      "list:",
      "- one",
      "- k: v",
      "  w: z",
      "text: >-",
      "  folded",
      "",
      "  more",
      "last:",
    ].join("\n");
    const root = readYaml(text);
    expect(scalar(root, ["a"])).toBe("1");
    expect(scalar(root, ["b", "c"])).toBe("it's");
    expect(scalar(root, ["b", "d"])).toBe("x\ty");
    expect(scalar(root, ["e", "f", 1])).toBe("2m");
    expect(scalar(root, ["e", "g", "h"])).toBe("3");
    expect(scalar(root, ["list", 0])).toBe("one");
    expect(scalar(root, ["list", 1, "w"])).toBe("z");
    expect(nodeAt(root, ["text"])?.kind).toBe("scalar");
    expect(nodeAt(root, ["last"])).toBeNull();
    expect(nodeAt(root, ["missing"])).toBeUndefined();
  });

  it.each([
    ["an anchor", "a: &x 1\nb: *x\n"],
    ["a tag", "a: !!str 1\n"],
    ["tab indentation", "a:\n\tb: 1\n"],
    ["two documents", "---\na: 1\n---\nb: 2\n"],
    ["a multi-line plain scalar", "a: one\n  two\n"],
    ["a duplicate key", "a: 1\na: 2\n"],
    ["an unterminated flow mapping", "a: { b: 1\n"],
    ["an empty document", "# nothing\n"],
  ])("returns null for %s", (_, text) => {
    expect(readYaml(text)).toBeNull();
  });
});
