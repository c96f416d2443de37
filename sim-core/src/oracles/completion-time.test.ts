import { describe, expect, it } from "vitest";
import { expectedCompletionTime } from "./completion-time";
import { pipelineSuccessProbability, retrySuccessProbability } from "./retries";

// docs/parameters.md, "Completion time: restart vs resume": a 30-min pipeline, failures every 2 h,
// R = 1 min (minutes).
describe("[Completion time: restart vs resume] completion time: restart vs resume", () => {
  const job = { work: 30, failureRate: 1 / 120, meanDowntime: 1 };

  it("from scratch 34.37 min, 5 stages 31.02 min, 10 stages 30.63 min", () => {
    expect(expectedCompletionTime(job)).toBeCloseTo(34.37, 2);
    expect(expectedCompletionTime({ ...job, stages: 5 })).toBeCloseTo(31.02, 2);
    expect(expectedCompletionTime({ ...job, stages: 10 })).toBeCloseTo(30.63, 2);
  });

  it("with failures once a day: 30.34 vs 30.08 min", () => {
    const daily = { ...job, failureRate: 1 / 1440 };
    expect(expectedCompletionTime(daily)).toBeCloseTo(30.34, 2);
    expect(expectedCompletionTime({ ...daily, stages: 5 })).toBeCloseTo(30.08, 2);
  });

  it("is the work itself without failures, and continuous in λ near 0", () => {
    expect(expectedCompletionTime({ ...job, failureRate: 0 })).toBe(30);
    expect(expectedCompletionTime({ ...job, failureRate: 1e-12 })).toBeCloseTo(30, 8);
  });

  it("rejects bad parameters", () => {
    expect(() => expectedCompletionTime({ ...job, stages: 0 })).toThrow(
      "stages: got 0; allowed: an integer ≥ 1",
    );
    expect(() => expectedCompletionTime({ ...job, work: -1 })).toThrow(
      "work: got -1; allowed: a finite number ≥ 0",
    );
  });
});

// docs/parameters.md, "Flaky steps and retries": five stages with a 1.5 % flake rate each.
describe("[Flaky steps and retries] flaky steps and retries", () => {
  it("0.985⁵ = 0.9272 without retry, (1 − 0.015²)⁵ = 0.99888 with one", () => {
    const stages = [0.015, 0.015, 0.015, 0.015, 0.015];
    expect(pipelineSuccessProbability(stages)).toBeCloseTo(0.9272, 4);
    expect(pipelineSuccessProbability(stages, 1)).toBeCloseTo(0.99888, 5);
    expect(retrySuccessProbability(0.015, 1)).toBeCloseTo(1 - 0.015 ** 2, 15);
    expect(retrySuccessProbability(0.2)).toBeCloseTo(0.8, 15);
  });

  it("rejects probabilities outside [0, 1]", () => {
    expect(() => retrySuccessProbability(1.5)).toThrow(
      "failureProbability: got 1.5; allowed: a probability in [0, 1]",
    );
    expect(() => pipelineSuccessProbability([0.1, -0.1])).toThrow("stageFailureProbabilities.1: got -0.1");
    expect(() => retrySuccessProbability(0.1, -1)).toThrow("retries: got -1; allowed: an integer ≥ 0");
  });
});
