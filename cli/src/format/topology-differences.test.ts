import type { ExperimentResult } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { differencesTable, topologyDifferencesText, wrapCell } from "./topology-differences";

describe("the terminal's what-differs table", () => {
  it("has a row per setting and a column per topology, long values wrapped between words", () => {
    const text = differencesTable(
      ["single", "cloud-native"],
      [
        { setting: "controllers.hosting", values: ["vm", "pod"] },
        { setting: "controllers.boot", values: ["lognormal(median 45s, p95 2m)", "uniform(5s, 15s)"] },
      ],
    );
    expect(text.split("\n")).toEqual([
      "  setting              single                 cloud-native",
      "  controllers.hosting  vm                     pod",
      "  controllers.boot     lognormal(median 45s,  uniform(5s, 15s)",
      "                       p95 2m)",
    ]);
  });

  it("wraps only where a value is long", () => {
    expect(wrapCell("uniform(5s, 15s)")).toEqual(["uniform(5s, 15s)"]);
    expect(wrapCell("mixture(90 % uniform(0s, 1s), 10 % lognormal(median 1m, p95 3m))")).toEqual([
      "mixture(90 %",
      "uniform(0s, 1s), 10 %",
      "lognormal(median 1m,",
      "p95 3m))",
    ]);
  });

  it("is left out of a result whose topologies do not differ, and keeps control characters out of the terminal", () => {
    const result = (differences?: unknown) =>
      ({
        topologies: [{ topology: "a\u001b[31m" }, { topology: "b" }],
        ...(differences === undefined ? {} : { topologyDifferences: differences }),
      }) as unknown as ExperimentResult;
    expect(topologyDifferencesText(result())).toBe("");
    expect(topologyDifferencesText(result([]))).toBe("");
    const text = topologyDifferencesText(result([{ setting: "executors.labels", values: ["x\u0007", "y"] }]));
    expect(text).toMatch(/^What differs between the topologies/);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking they are gone
    expect(text).not.toMatch(/[\u0000-\u001f\u007f](?<!\n)/);
    expect(text).toContain("a\ufffd[31m");
  });
});
