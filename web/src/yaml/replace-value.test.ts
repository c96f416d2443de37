import { describe, expect, it } from "vitest";
import { replaceValue } from "./replace-value";
import { readYaml } from "./yaml-tree";

describe("replaceValue", () => {
  it("replaces a flow list in place and keeps comments", () => {
    const text = "window: { days: [sun], from: 2 } # Sunday\nx: 1\n";
    expect(replaceValue(text, ["window", "days"], "[sat, sun]")).toBe(
      "window: { days: [sat, sun], from: 2 } # Sunday\nx: 1\n",
    );
  });

  it("turns a block list into a flow list after its key", () => {
    const text = "days:\n  - mon # first\n  - tue\nfrom: 9\n";
    const out = replaceValue(text, ["days"], "[wed]");
    expect(out).toBe("days: [wed]\nfrom: 9\n");
    expect(readYaml(out)).not.toBeNull();
  });

  it("sets a scalar or creates a missing key like setScalar", () => {
    expect(replaceValue("a: 1\n", ["a"], "[mon]")).toBe("a: [mon]\n");
    expect(replaceValue("a: 1\n", ["b", "days"], "[mon]")).toBe("a: 1\nb: { days: [mon] }\n");
  });
});
