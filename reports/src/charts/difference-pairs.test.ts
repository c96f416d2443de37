import type { PairedDifference } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { findElements } from "../test-support/svg-read";
import { chartPairs, MAX_CHART_PAIRS } from "./difference-pairs";
import { pairedDifferencesChart } from "./paired-differences";

const METRICS = ["outageDuration", "availability", "cost"] as const;

/** Every pair of `n` topologies t0…t(n−1), for three metrics, in the summariser's order. */
function allPairs(n: number): PairedDifference[] {
  const out: PairedDifference[] = [];
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      for (const metric of METRICS) {
        out.push({
          metric,
          a: `t${a}`,
          b: `t${b}`,
          difference: { mean: a - b, halfWidth: 1, lower: a - b - 1, upper: a - b + 1, n: 5, level: 0.95 },
        });
      }
    }
  }
  return out;
}

describe("chartPairs", () => {
  it("keeps every pair up to the cap (10 topologies = 45 pairs)", () => {
    const differences = allPairs(10);
    expect(chartPairs(differences)).toEqual({ differences, note: null });
  });

  it("past the cap keeps only pairs against the first topology, at most the cap, and says so", () => {
    const { differences, note } = chartPairs(allPairs(100));
    const pairs = new Set(differences.map((d) => `${d.a}/${d.b}`));
    expect(pairs.size).toBe(MAX_CHART_PAIRS);
    expect(differences).toHaveLength(MAX_CHART_PAIRS * METRICS.length);
    expect(differences.every((d) => d.a === "t0")).toBe(true);
    expect(note).toBe(
      "Showing 45 of 4950 topology pairs: each against t0. Every pair is in result.json and summary.md.",
    );
  });
});

describe("pairedDifferencesChart with many topologies", () => {
  it("renders 100 topologies (4,950 pairs) without overflowing, showing the capped pairs and the note", () => {
    const svg = pairedDifferencesChart({ differences: allPairs(100) });
    expect(findElements(svg, "circle")).toHaveLength(MAX_CHART_PAIRS * METRICS.length);
    expect(svg).toContain("Showing 45 of 4950 topology pairs: each against t0.");
  });
});
