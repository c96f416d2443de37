/**
 * The compiled pipeline DAG of a scenario: stages with their dependencies, dependents, executor
 * label and samplers. Workload randomness (durations, flaky outcomes, teams) is drawn from
 * workload streams when a pipeline is triggered, so every topology sees the same commits
 * (common random numbers) whatever order it runs them in.
 */
import type { Rng } from "../../random/rng";
import type { StageSpec, WorkloadSpec } from "../scenario-types";
import { Sampler } from "./context";

export interface StagePlan {
  readonly index: number;
  readonly name: string;
  readonly label: string;
  readonly duration: Sampler;
  readonly flaky: number;
  readonly retries: number;
  readonly checkpoints: number;
  readonly deps: number[];
  readonly dependents: number[];
  /** Offset of this stage's flaky draws in a pipeline's draw array. */
  readonly drawOffset: number;
}

export class PipelinePlan {
  readonly stages: StagePlan[];
  readonly roots: number[];
  readonly labels: string[];
  /** Number of flaky draws per pipeline (retries + 1 for each flaky stage). */
  readonly drawCount: number;

  constructor(workload: WorkloadSpec, durationRng: Rng) {
    const specs = workload.pipeline.stages;
    const byName = new Map(specs.map((s, i) => [s.name, i]));
    let offset = 0;
    this.stages = specs.map((s: StageSpec, i) => {
      const deps = s.after === undefined ? (i === 0 ? [] : [i - 1]) : s.after.map((n) => byName.get(n)!);
      const flaky = s.flakyProbability ?? 0;
      const retries = s.retries ?? 0;
      const plan: StagePlan = {
        index: i,
        name: s.name,
        label: s.label ?? "default",
        duration: new Sampler(s.duration, durationRng, `workload.pipeline.stages.${i}.duration`),
        flaky,
        retries,
        checkpoints: s.checkpoints ?? 0,
        deps,
        dependents: [],
        drawOffset: offset,
      };
      if (flaky > 0) offset += retries + 1;
      return plan;
    });
    for (const stage of this.stages) for (const d of stage.deps) this.stages[d]!.dependents.push(stage.index);
    this.roots = this.stages.filter((s) => s.deps.length === 0).map((s) => s.index);
    this.labels = [...new Set(this.stages.map((s) => s.label))];
    this.drawCount = offset;
  }
}
