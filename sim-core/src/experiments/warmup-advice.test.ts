import { describe, expect, it } from "vitest";
import { coldQueueScenario } from "../model/fixtures/cold-queue-scenario";
import type { RunResult } from "../model/result-types";
import type { Scenario } from "../model/scenario-types";
import { RandomStreams } from "../random/random-streams";
import { runExperiment } from "./run-experiment";
import { warmupAdvice } from "./warmup-advice";

const HOUR = 3600;
const STEP = HOUR; // 120 one-hour buckets: a 5-day run

/** A replication whose pipelines-in-system series is `level(i)` + uniform noise in [−2, 2] per bucket. */
function fakeRun(topology: string, replication: number, level: (i: number) => number, seed = 1): RunResult {
  const rng = new RandomStreams(seed).stream(`${topology}/${replication}`);
  const values = Array.from({ length: 120 }, (_, i) => level(i) + 4 * (rng.next() - 0.5));
  return {
    topology,
    replication,
    service: { inSystemSeries: { step: STEP, values } },
  } as unknown as RunResult;
}

const scenario = (warmup: number, names = ["a", "b"]) =>
  ({ warmup, topologies: names.map((name) => ({ name, preset: "single" })) }) as unknown as Scenario;

/** Starts empty and settles at 10 with a time constant of 8 buckets (8 h). */
const rising = (i: number) => 10 * (1 - Math.exp(-i / 8));
const flat = () => 10;

describe("warm-up advice (MSER-5 on pipelines in the system)", () => {
  it("warns when the chosen warm-up leaves an initial transient in, naming the topology", () => {
    const runs = [0, 1, 2].flatMap((r) => [fakeRun("a", r, flat), fakeRun("b", r, rising)]);
    const advice = warmupAdvice(scenario(0), runs);
    // 10·e^(−t/8 h) is under the noise after about 30 h; MSER-5 cuts in whole batches of 5 h.
    expect(advice.suggested).toBeGreaterThanOrEqual(20 * HOUR);
    expect(advice.suggested).toBeLessThanOrEqual(50 * HOUR);
    expect(advice.warning).toMatch(
      /^warm-up 0 s looks too short: MSER-5 suggests \d+ h \(pipelines in the system of "b" settle only then; set warmup to at least that\)$/,
    );
    expect(advice.chosen).toBe(0);
  });

  it("is silent once the warm-up covers the suggestion", () => {
    const runs = [0, 1, 2].map((r) => fakeRun("b", r, rising));
    const suggested = warmupAdvice(scenario(0, ["b"]), runs).suggested!;
    expect(warmupAdvice(scenario(suggested, ["b"]), runs)).toEqual({
      chosen: suggested,
      suggested,
      warning: null,
    });
  });

  it("suggests nothing to cut in a steady series (MSER-5's chance truncations are not significant)", () => {
    for (let seed = 0; seed < 10; seed++) {
      const runs = [0, 1, 2].map((r) => fakeRun("a", r, flat, seed));
      expect(warmupAdvice(scenario(0, ["a"]), runs)).toEqual({ chosen: 0, suggested: 0, warning: null });
    }
  });

  it("says when a series is still drifting at mid-run, and has nothing to say without runs", () => {
    const runs = [0, 1].map((r) => fakeRun("a", r, (i) => i / 4));
    const advice = warmupAdvice(scenario(0, ["a"]), runs);
    expect(advice.suggested).toBeNull();
    expect(advice.warning).toContain('pipelines in the system of "a" are still changing at mid-run');
    expect(warmupAdvice(scenario(3600, ["a"]), [])).toEqual({ chosen: 3600, suggested: null, warning: null });
  });

  it("sees the transient of a queue near saturation in a real run (M/M/1, ρ = 0.9, starting empty)", () => {
    // Mean in system ρ/(1 − ρ) = 9, reached only after about a day.
    const cold = runExperiment(coldQueueScenario(0), { toolVersion: "test" }).warmup;
    expect(cold.warning).toMatch(/^warm-up 0 s looks too short: MSER-5 suggests \d+ h/);
    expect(cold.suggested).toBeGreaterThan(6 * HOUR);
    // The same runs (warm-up changes statistics, not events) judged with a day of warm-up.
    const warm = runExperiment(coldQueueScenario(86_400), { toolVersion: "test" }).warmup;
    expect(warm).toEqual({ chosen: 86_400, suggested: cold.suggested, warning: null });
  });
});
