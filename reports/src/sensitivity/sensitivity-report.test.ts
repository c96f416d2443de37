import type {
  ObjectiveSensitivity,
  Parameter,
  SensitivityResult,
  UncertaintyResult,
} from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { formatParameterValue } from "./parameter-format";
import { rankingChart } from "./ranking-chart";
import { renderSensitivityHtml } from "./sensitivity-report";
import { tornadoChart } from "./tornado-chart";
import { renderUncertaintyHtml } from "./uncertainty-report";

const EVIL = '<script>alert("x")</script>';
const mttr: Parameter = {
  name: EVIL,
  path: "faults.controller.mttr",
  kind: "value",
  base: 18_000,
  low: 9_000,
  high: 36_000,
  draw: "uniform",
  integer: false,
};
const pod: Parameter = {
  ...mttr,
  name: "pod start",
  path: "shared.executors.startup.podStart",
  kind: "scale",
  base: 1,
  low: 0.5,
  high: 2,
};
const estimate = (value: number, verdict: "met" | "missed" | "inconclusive") => ({
  value,
  lower: value - 0.004,
  upper: value + 0.004,
  verdict,
});
const objective: ObjectiveSensitivity = {
  objective: "availability >= 94%",
  metric: "availability",
  op: ">=",
  target: 0.94,
  topology: "single",
  base: estimate(0.952, "met"),
  effects: [
    {
      parameter: EVIL,
      low: { x: 9_000, ...estimate(0.976, "met") },
      high: { x: 36_000, ...estimate(0.909, "missed") },
      swing: 0.067,
      morris: null,
      flip: {
        toward: "high",
        from: "met",
        to: "missed",
        at: 23_000,
        band: [21_000, 25_600],
        method: "bisection",
        rounds: 3,
      },
    },
    {
      parameter: "pod start",
      low: { x: 0.5, ...estimate(0.952, "met") },
      high: { x: 2, ...estimate(0.952, "met") },
      swing: 0,
      morris: null,
      flip: null,
    },
  ],
};
const result: SensitivityResult = {
  schemaVersion: 1,
  kind: "sensitivity",
  tool: { name: "resilab", version: "test" },
  scenario: { name: EVIL, hash: "0123456789abcdef", description: EVIL },
  seed: 7,
  method: "tornado",
  replications: 6,
  trajectories: 0,
  defaultAssumptions: false,
  parameters: [mttr, pod],
  runs: 42,
  objectives: [objective],
  ranking: [
    { parameter: EVIL, score: 1, flips: 1 },
    { parameter: "pod start", score: 0, flips: 0 },
  ],
};

describe("sensitivity reports", () => {
  it("formats parameter values in the field's unit", () => {
    expect(formatParameterValue(mttr, 18_000)).toBe("5 h");
    expect(formatParameterValue(pod, 1.5)).toBe("×1.5");
    expect(formatParameterValue({ path: "shared.failover.coverage", kind: "value" }, 0.95)).toBe("95 %");
  });

  it("draws a tornado with the flip and a ranking, escaping scenario text", () => {
    const svg = tornadoChart(objective, result.parameters);
    expect(svg).toContain("→ missed at 6.39 h");
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
    expect(rankingChart(result)).toContain("flips 1 verdict");
  });

  it("writes a self-contained report with the flip table and no live markup from the scenario", () => {
    const html = renderSensitivityHtml(result);
    expect(html).toContain("Verdicts that would flip");
    expect(html).toContain("bisection (3 rounds)");
    expect(html).toContain("5.83 h – 7.11 h");
    expect(html).not.toContain("<script>");
  });

  it("shows both parts of an uncertainty interval", () => {
    const u: UncertaintyResult = {
      schemaVersion: 1,
      kind: "uncertainty",
      tool: result.tool,
      scenario: result.scenario,
      seed: 7,
      draws: 2,
      replications: 4,
      parameters: [mttr],
      samples: [[10_000], [30_000]],
      verdicts: [
        {
          objective: "availability >= 94%",
          metric: "availability",
          op: ">=",
          target: 0.94,
          topology: "single",
          base: estimate(0.952, "met"),
          total: {
            mean: 0.941,
            meanLower: 0.93,
            meanUpper: 0.95,
            lower: 0.91,
            upper: 0.97,
            total: 4e-4,
            parameters: 3.9e-4,
            noise: 1e-5,
            parameterShare: 0.975,
            n: 2,
          },
          probabilityMet: 0.5,
          verdict: "inconclusive",
        },
      ],
    };
    const html = renderUncertaintyHtml(u);
    expect(html).toContain("97.5 % / 2.5 %");
    expect(html).toContain("91.0 % – 97.0 %");
    expect(html).not.toContain("<script>");
  });
});
