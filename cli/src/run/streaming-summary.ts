/**
 * The summary of a long experiment, built while it runs: each run (arriving in any order from the
 * worker pool) is put back into task order, added to sim-core's `ExperimentAccumulator`, written
 * to the spool (result.json's runs, runs.jsonl) and, for `check`, reduced to its gate values —
 * then dropped. Memory holds the runs that finished ahead of their turn (bounded by the jobs in
 * flight), the accumulator's few numbers per replication and its bounded event batches.
 */
import { join } from "node:path";
import { type JsonlProvenance, resultRunText, runsJsonlLine } from "@resilab/reports";
import { documentIdentity, documentRun, ExperimentAccumulator, type RunResult } from "@resilab/sim-core";
import { GateValuesCollector } from "../baseline/gate-sample";
import { TOOL_VERSION } from "../tool-version";
import { SpoolWriter } from "./run-spool";
import type { Plan, Summary } from "./summarize-plan";

/** What the streaming summary is told before the first run. */
export interface StreamingSummaryJob {
  plan: Plan;
  /** Runs that will arrive (task indices 0 … count − 1; an experiment without a sweep). */
  count: number;
  /** An empty directory for the spool. */
  spoolDir: string;
  /** Collect the per-replication gate values (`check`). */
  gateValues: boolean;
}

export class StreamingSummary {
  private readonly accumulator: ExperimentAccumulator;
  private readonly waiting = new Map<number, RunResult>();
  private next = 0;
  private readonly resultRuns: SpoolWriter;
  private readonly runsJsonl: SpoolWriter;
  private readonly gate: GateValuesCollector | null;
  private readonly provenance: JsonlProvenance;

  constructor(private readonly job: StreamingSummaryJob) {
    const { scenario } = job.plan;
    if (job.plan.sweep !== null) throw new Error("a sweep is summarized from all its runs, not streamed");
    this.accumulator = new ExperimentAccumulator(scenario, TOOL_VERSION, { keepRuns: "first" });
    this.resultRuns = new SpoolWriter(join(job.spoolDir, "result-runs.json"));
    this.runsJsonl = new SpoolWriter(join(job.spoolDir, "runs.jsonl"));
    this.gate = job.gateValues ? new GateValuesCollector(this.accumulator.topologyNames()) : null;
    this.provenance = documentIdentity(scenario, TOOL_VERSION);
  }

  /** Takes the run of task `index`; runs are summarized in task order as soon as their turn comes. */
  take(index: number, run: RunResult): void {
    if (index < this.next || this.waiting.has(index) || index >= this.job.count)
      throw new Error(
        `the streaming summary got task ${index} twice or out of range (count ${this.job.count})`,
      );
    this.waiting.set(index, run);
    for (let r = this.waiting.get(this.next); r !== undefined; r = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      this.next++;
      this.summarize(r);
    }
  }

  /** The summary (its result's runs: replication 0 only; the rest are in the spool), once every run was taken. */
  finish(): Summary {
    if (this.next !== this.job.count)
      throw new Error(`the streaming summary holds ${this.next} of ${this.job.count} runs in order`);
    this.resultRuns.close();
    this.runsJsonl.close();
    return {
      kind: "experiment",
      result: this.accumulator.finish(),
      spool: {
        dir: this.job.spoolDir,
        resultRuns: this.resultRuns.path,
        runsJsonl: this.runsJsonl.path,
        count: this.job.count,
      },
      ...(this.gate !== null && { gateValues: this.gate.values() }),
    };
  }

  private summarize(run: RunResult): void {
    this.accumulator.add(run);
    const written = documentRun(run);
    this.resultRuns.write(`${resultRunText(written)}${this.next < this.job.count ? ",\n" : "\n"}`);
    this.runsJsonl.write(runsJsonlLine(this.provenance, written));
    this.gate?.add(run);
  }
}
