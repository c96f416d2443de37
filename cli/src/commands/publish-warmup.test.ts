/** The warm-up warning reaches the user: one line on stderr, whether the result goes out as JSON or not. */
import { coldQueueScenario, type ExperimentResult, runExperiment } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { warmupWarningLine } from "../format/warmup-warning";
import { memoryIo } from "../io/cli-io";
import { publish } from "./publish";

/** The M/M/1 queue at ρ = 0.9 that starts empty: about a day of initial transient. */
function coldQueue(warmup: number): ExperimentResult {
  const scenario = coldQueueScenario(warmup);
  return runExperiment(scenario, { toolVersion: "test" });
}

describe("warm-up warning", () => {
  const options = { dir: null, json: true, differences: false, inconclusive: "fail" as const };

  it("is printed as one stderr line (stdout keeps the JSON document alone)", async () => {
    const result = coldQueue(0);
    const io = memoryIo();
    await publish({ kind: "experiment", result }, io, options);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).toMatch(
      /^resilab: warning: warm-up 0 s looks too short: MSER-5 suggests \d+ h \(.*\)\n$/,
    );
    expect(io.err[0]).toBe(warmupWarningLine(result));
    expect(JSON.parse(io.out.join(""))).toMatchObject({
      warmup: { chosen: 0, warning: result.warmup.warning },
    });
  });

  it("is absent when the warm-up is long enough", async () => {
    const result = coldQueue(86_400);
    expect(warmupWarningLine(result)).toBe("");
    const io = memoryIo();
    await publish({ kind: "experiment", result }, io, options);
    expect(io.err).toEqual([]);
  });
});
