/**
 * Pipeline outcomes and lead times for pipelines triggered after the warm-up, in bounded memory;
 * the first `PIPELINE_SAMPLE_LIMIT` are kept in full (stage attempts) for timelines.
 * Throughput is the exception: it counts completions by *finish* time (see `completed`).
 */
import type { PipelineOutcome, PipelineRecord } from "../result-types";
import { CensoredCollector } from "./censored-collector";
import { SummaryCollector } from "./summary-collector";

export const PIPELINE_SAMPLE_LIMIT = 100;

export class PipelineStats {
  triggered = 0;
  succeeded = 0;
  failedFlaky = 0;
  failedInfrastructure = 0;
  lost = 0;
  restarts = 0;
  /** Sum of lead times of succeeded pipelines (s), for the faults-off comparison. */
  leadSum = 0;
  readonly leadTime = new SummaryCollector();
  /**
   * From the first stage start to the end (the completion time of docs/parameters.md, "Completion
   * time: restart vs resume"), succeeded pipelines.
   */
  readonly executionTime = new SummaryCollector();
  readonly sample: PipelineRecord[] = [];
  private recordsIssued = 0;
  /** Time-in-system of every pipeline that left (s), for Little's law. */
  private sojournSum = 0;
  private departures = 0;
  /**
   * Succeeded pipelines that *finished* inside (warm-up, horizon], whatever their trigger time:
   * the numerator of throughput and deployments per day (divided by the window's length; half
   * open, so a steady cadence counts exactly once per period). Counting
   * by trigger time instead would miss the completions of work triggered during the warm-up — a
   * `saturated` backlog triggers most of its work then — and bias throughput low.
   */
  completed = 0;
  /**
   * Feedback time per commit triggered after warm-up: trigger → the pipeline's end, whatever the
   * outcome (a failure is feedback too); a lost trigger never gets feedback, and a pipeline still
   * running at the horizon is right-censored. "p95 feedbackTime <= 30m" reads "95 % of commits get
   * feedback within 30 minutes", lost ones counting as never.
   */
  readonly feedback = new CensoredCollector();

  constructor(private readonly warmup: number) {}

  /** Should this pipeline (triggered at `at`, µs) keep a full record? */
  wantsRecord(at: number): boolean {
    if (at < this.warmup || this.recordsIssued >= PIPELINE_SAMPLE_LIMIT) return false;
    this.recordsIssued++;
    return true;
  }

  onTriggered(at: number): void {
    if (at >= this.warmup) this.triggered++;
  }

  /** Censors the feedback of the pipelines still in flight at the horizon (µs), by trigger time (µs). */
  closeAtHorizon(horizon: number, inFlightTriggers: Iterable<number>): void {
    for (const at of inFlightTriggers) if (at >= this.warmup) this.feedback.censor((horizon - at) / 1e6);
  }

  onFinished(
    triggeredAt: number,
    firstStart: number,
    now: number,
    outcome: PipelineOutcome,
    restarts: number,
    record: PipelineRecord | null,
  ): void {
    if (record !== null) {
      record.finishedAt = now / 1e6;
      record.outcome = outcome;
      record.restarts = restarts;
      this.sample.push(record);
    }
    if (outcome === "succeeded" && now > this.warmup) this.completed++;
    if (triggeredAt < this.warmup) return;
    const lead = (now - triggeredAt) / 1e6;
    if (outcome === "lost") this.feedback.never();
    else this.feedback.add(lead);
    this.sojournSum += lead;
    this.departures++;
    this.restarts += restarts;
    if (outcome === "succeeded") {
      this.succeeded++;
      this.leadSum += lead;
      this.leadTime.add(lead);
      if (firstStart >= 0) this.executionTime.add((now - firstStart) / 1e6);
    } else if (outcome === "failed-flaky") this.failedFlaky++;
    else if (outcome === "failed-infrastructure") this.failedInfrastructure++;
    else this.lost++;
  }

  meanSojourn(): number {
    return this.departures === 0 ? 0 : this.sojournSum / this.departures;
  }

  get departed(): number {
    return this.departures;
  }
}
