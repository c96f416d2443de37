/** The warm-up warning reaches the user: one line on stderr, whether the result goes out as JSON or not. */
import { type ExperimentResult, runExperiment, validateScenario } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { warmupWarningLine } from "../format/warmup-warning";
import { memoryIo } from "../io/cli-io";
import { publish } from "./publish";

/** A queue near saturation (M/M/1, ρ = 0.9) that starts empty: about a day of initial transient. */
function coldQueue(warmup: number): ExperimentResult {
  const scenario = validateScenario({
    name: "cold-queue",
    seed: 5,
    horizon: 2 * 86_400,
    warmup,
    replications: 40,
    workload: {
      teams: 1,
      triggers: [{ kind: "poisson", ratePerHour: 5.4 }],
      pipeline: { stages: [{ name: "work", duration: { kind: "exponential", mean: 600 } }] },
    },
    faults: {},
    topologies: [
      {
        preset: "single",
        overrides: { executors: { kind: "static", count: 1 }, controllers: { capacity: 1000 } },
      },
    ],
    slo: [],
  });
  return runExperiment(scenario, { toolVersion: "test" });
}

describe("warm-up warning", () => {
  const options = { dir: null, json: true, differences: false, inconclusive: "fail" as const };

  it("is printed as one stderr line (stdout keeps the JSON document alone)", () => {
    const result = coldQueue(0);
    const io = memoryIo();
    publish({ kind: "experiment", result }, io, options);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).toMatch(
      /^resilab: warning: warm-up 0 s looks too short: MSER-5 suggests \d+ h \(.*\)\n$/,
    );
    expect(io.err[0]).toBe(warmupWarningLine(result));
    expect(JSON.parse(io.out.join(""))).toMatchObject({
      warmup: { chosen: 0, warning: result.warmup.warning },
    });
  });

  it("is absent when the warm-up is long enough", () => {
    const result = coldQueue(86_400);
    expect(warmupWarningLine(result)).toBe("");
    const io = memoryIo();
    publish({ kind: "experiment", result }, io, options);
    expect(io.err).toEqual([]);
  });
});
