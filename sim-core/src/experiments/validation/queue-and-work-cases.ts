/**
 * Validation cases on queues and work: M/M/c/K blocking at the intake buffer, completion time
 * restart-from-scratch vs resume at stage boundaries, a two-stage line with a finite buffer, and
 * retries of flaky stages.
 */

import type { InFlightPolicy, StageSpec, TopologySpec } from "../../model/scenario-types";
import { expectedCompletionTime } from "../../oracles/completion-time";
import { mmc } from "../../oracles/erlang";
import { mmck } from "../../oracles/mmck";
import { pipelineSuccessProbability } from "../../oracles/retries";
import { transferLineThroughput } from "../../oracles/transfer-line";
import { oracleScenario, type ValidationCase, type ValidationProfile } from "./validation-case";

const HOUR = 3_600;
const hours = (profile: ValidationProfile, quick: number, full: number) =>
  (profile === "quick" ? quick : full) * HOUR;

/** λ = 30/h Poisson triggers of one-stage pipelines (exponential, mean 10 min) on a `single` topology. */
function poissonQueue(name: string, horizon: number, overrides: NonNullable<TopologySpec["overrides"]>) {
  return oracleScenario(name, {
    horizon,
    warmup: 10 * HOUR,
    workload: {
      teams: 1,
      triggers: [{ kind: "poisson", ratePerHour: 30 }],
      pipeline: { stages: [{ name: "work", duration: { kind: "exponential", mean: 600 } }] },
    },
    topologies: [{ preset: "single", overrides }],
  });
}

/**
 * docs/parameters.md, "M/M/c/K bounded buffer": λ = 30/h, one-stage pipelines of mean 10 min, c = 6 slots,
 * system capacity K = 10.
 */
export const intakeBlocking: ValidationCase = {
  id: "mmck-intake",
  title: "M/M/c/K at the intake buffer: blocking probability",
  reference: "docs/parameters.md#mmck-bounded-buffer",
  unit: "probability",
  expected: mmck({ arrivalRate: 30, serviceRate: 6, servers: 6, capacity: 10 }).blockingProbability,
  relativeFloor: 0.02,
  scenario: (profile) =>
    poissonQueue("mmck-intake", hours(profile, 2_000, 20_000), {
      controllers: { capacity: 6 },
      executors: { count: 6 },
      intake: { capacity: 4, overflow: "drop" },
    }),
  measure: (run) => run.pipelines.lost / run.pipelines.triggered,
};

/**
 * docs/parameters.md, "M/M/c executor pool (Erlang C)": λ = 30/h, one-stage pipelines of mean 10 min, c = 6
 * executors: W = Wq + 1/μ (Erlang C).
 */
export const executorPoolWait: ValidationCase = {
  id: "mmc-executors",
  title: "M/M/c executor pool: mean lead time W = C(c, a)/(cμ − λ) + 1/μ (Erlang C)",
  reference: "docs/parameters.md#mmc-executor-pool-erlang-c",
  unit: "s",
  expected: mmc({ arrivalRate: 30, serviceRate: 6, servers: 6 }).meanResponse * 3_600,
  relativeFloor: 0.02,
  scenario: (profile) =>
    poissonQueue("mmc-executors", hours(profile, 4_000, 40_000), {
      controllers: { capacity: 100_000 },
      executors: { count: 6 },
      intake: { capacity: 100_000 },
    }),
  measure: (run) => run.pipelines.leadTime.mean,
};

function completionScenario(
  name: string,
  stages: number,
  policy: InFlightPolicy,
  profile: ValidationProfile,
) {
  const stageSpecs: StageSpec[] = Array.from({ length: stages }, (_, i) => ({
    name: `s${i}`,
    duration: { kind: "deterministic", value: 1_800 / stages },
  }));
  return oracleScenario(name, {
    horizon: hours(profile, 200_000, 800_000),
    // One pipeline every 100 h, so two seldom share the executor (0.5 % of them, adding < 0.4 %),
    // and completion time is measured from the first start.
    workload: {
      teams: 1,
      triggers: [{ kind: "poisson", ratePerHour: 0.01 }],
      pipeline: { stages: stageSpecs },
    },
    faults: { executor: { mtbf: 2 * HOUR, mttr: 60 } },
    topologies: [
      {
        preset: "single",
        overrides: {
          executors: { count: 1, lossDetection: 0 },
          inFlight: { policy, retryBudget: 1_000_000 },
        },
      },
    ],
  });
}

/**
 * docs/parameters.md, "Completion time: restart vs resume": a 30-min pipeline, executor failures every 2 h, 1
 * min to get an executor back.
 */
export const restartFromScratch: ValidationCase = {
  id: "completion-restart",
  title: "Completion time, restart from scratch: (1/λ + R)(e^{λT} − 1)",
  reference: "docs/parameters.md#completion-time-restart-vs-resume",
  unit: "s",
  expected: expectedCompletionTime({ work: 1_800, failureRate: 1 / (2 * HOUR), meanDowntime: 60 }),
  scenario: (profile) => completionScenario("completion-restart", 1, "restart-from-scratch", profile),
  measure: (run) => run.pipelines.executionTime.mean,
};

export const resumeAtStages: ValidationCase = {
  id: "completion-resume",
  title: "Completion time, 5 stages resumed at stage boundaries: k(1/λ + R)(e^{λT/k} − 1)",
  reference: "docs/parameters.md#completion-time-restart-vs-resume",
  unit: "s",
  expected: expectedCompletionTime({ work: 1_800, failureRate: 1 / (2 * HOUR), meanDowntime: 60, stages: 5 }),
  scenario: (profile) => completionScenario("completion-resume", 5, "resume-from-checkpoint", profile),
  measure: (run) => run.pipelines.executionTime.mean,
};

/**
 * docs/parameters.md, "Transfer line with a finite buffer": 5-min exponential stages, buffer N = 5, failures
 * every 8 h of operation, MTTR 10 min.
 */
export const transferLine: ValidationCase = {
  id: "transfer-line",
  title: "Two unreliable stations with a finite buffer (N = 5): throughput",
  reference: "docs/parameters.md#transfer-line-with-a-finite-buffer",
  unit: "pipelines/h",
  expected:
    transferLineThroughput({
      machine1: { rate: 0.2, failureRate: 1 / 480, repairRate: 0.1 },
      machine2: { rate: 0.2, failureRate: 1 / 480, repairRate: 0.1 },
      capacity: 5,
    }) * 60,
  scenario: (profile) =>
    oracleScenario("transfer-line", {
      horizon: hours(profile, 4_000, 40_000),
      warmup: 10 * HOUR,
      workload: {
        teams: 1,
        triggers: [{ kind: "saturated" }],
        pipeline: {
          stages: [
            { name: "m1", label: "m1", duration: { kind: "exponential", mean: 300 } },
            { name: "m2", label: "m2", duration: { kind: "exponential", mean: 300 } },
          ],
        },
      },
      faults: { executor: { mtbf: 8 * HOUR, mttr: 600, clock: "operating" } },
      topologies: [
        {
          preset: "single",
          overrides: {
            controllers: { capacity: 1_000 },
            executors: { count: 1, labels: ["m1", "m2"], lossDetection: 0 },
            intake: { stageBuffer: 5 },
            // Gershwin's model: a failed station keeps its part and resumes it after repair.
            inFlight: { policy: "hold-until-return", retryBudget: 1_000_000 },
          },
        },
      ],
    }),
  measure: (run) => run.service.throughputPerHour,
};

/** docs/parameters.md, "Flaky steps and retries": five stages each flaky 1.5 % with one retry. */
export const flakyRetries: ValidationCase = {
  id: "flaky-retries",
  title: "Five stages flaky 1.5 % with one retry: Π(1 − fᵢ^{r+1})",
  reference: "docs/parameters.md#flaky-steps-and-retries",
  unit: "success rate",
  expected: pipelineSuccessProbability([0.015, 0.015, 0.015, 0.015, 0.015], 1),
  relativeFloor: 0.001,
  scenario: (profile) =>
    oracleScenario("flaky-retries", {
      horizon: hours(profile, 2_000, 20_000),
      workload: {
        teams: 1,
        triggers: [{ kind: "poisson", ratePerHour: 30 }],
        pipeline: {
          stages: Array.from({ length: 5 }, (_, i) => ({
            name: `s${i}`,
            duration: { kind: "exponential" as const, mean: 30 },
            flakyProbability: 0.015,
            retries: 1,
          })),
        },
      },
    }),
  measure: (run) => run.pipelines.succeeded / (run.pipelines.succeeded + run.pipelines.failedFlaky),
};
