/**
 * The streaming summary of one topology: it takes the topology's runs one at a time, in
 * replication order, and keeps only what the summary reads — one number per replication for each
 * metric and statistic asked for, the event distributions per unit (a replication, or a batch of
 * them past `MAX_EVENT_UNITS`: replication-batches.ts), running sums of the time series, the
 * first replication's samples and every run's fingerprint. The run itself is not kept, so a long
 * experiment needs a few hundred bytes per replication (plus at most `MAX_EVENT_UNITS` units of
 * event distributions) instead of the 40 KB and more that a run holds.
 */
import type {
  CensoredDurations,
  DistributionSummary,
  IncidentRecord,
  PipelineRecord,
  RunResult,
  TimeSeries,
} from "../model/result-types";
import type { MetricName } from "../model/scenario-types";
import {
  censoredEvents,
  hasMetric,
  metricValue,
  OPTIONAL_METRICS,
  PER_EVENT_METRICS,
  type Stat,
} from "./metric-values";
import {
  batchOf,
  MAX_EVENT_UNITS,
  mergeCensored,
  mergeClassed,
  mergeDistribution,
} from "./replication-batches";
import type { ClassedEvents, ReplicationSample } from "./replication-sample";

/** A metric read with a statistic, e.g. `outageDuration|p99`. */
export type ValueKey = `${MetricName}|${Stat}`;

/** Running bucket-wise sums of equal-length series. */
class SeriesSum {
  step = 0;
  values: number[] | null = null;

  /** Adds `s.values[i] / divisor` (divisor 1: plain sums) to each bucket, as `meanSeries` does. */
  add(s: TimeSeries, divisor: number): void {
    if (this.values === null) {
      this.step = s.step;
      this.values = new Array<number>(s.values.length).fill(0);
    }
    const v = this.values;
    if (divisor === 1) for (let i = 0; i < v.length; i++) v[i]! += s.values[i] ?? 0;
    else for (let i = 0; i < v.length; i++) v[i]! += s.values[i]! / divisor;
  }
}

/** Per-event metrics read from the units kept for the pooled summaries (`events` derives them). */
const DERIVED: ReadonlySet<MetricName> = new Set(["outageDuration", "interruptionRecovery", "leadTime"]);

export class TopologyAccumulator implements ReplicationSample {
  replications = 0;
  private readonly numbers: number[] = [];
  private readonly valueLists = new Map<ValueKey, number[]>();
  private readonly eventUnits = new Map<MetricName, CensoredDurations[]>();
  private readonly outageUnits: ClassedEvents[] = [];
  private readonly interruptionUnits: ClassedEvents[] = [];
  private readonly leadTimeUnits: DistributionSummary[] = [];
  private readonly availability = new SeriesSum();
  private readonly queue = new SeriesSum();
  private readonly inSystem = new SeriesSum();
  private readonly present = new Set<MetricName>();
  readonly fingerprints: string[] = [];
  incidentsSample: IncidentRecord[] = [];
  pipelinesSample: PipelineRecord[] = [];

  /**
   * @param expected - runs this topology will receive (batches are sized from it).
   * @param keys - the metrics and statistics whose per-replication values are kept.
   * @param maxUnits - most units of the event distributions (default MAX_EVENT_UNITS).
   */
  constructor(
    readonly expected: number,
    keys: readonly ValueKey[],
    private readonly maxUnits = MAX_EVENT_UNITS,
  ) {
    for (const key of keys) this.valueLists.set(key, []);
    for (const metric of PER_EVENT_METRICS) if (!DERIVED.has(metric)) this.eventUnits.set(metric, []);
  }

  /** Takes the next run (replication order). */
  add(run: RunResult): void {
    const position = this.replications;
    if (position >= this.expected)
      throw new Error(`topology "${run.topology}" got more than the ${this.expected} runs announced`);
    const unit = batchOf(position, this.expected, this.maxUnits);
    const fresh = unit === this.leadTimeUnits.length; // the first replication of its batch
    this.replications++;
    this.numbers.push(run.replication);
    this.fingerprints.push(run.fingerprint);
    if (position === 0) {
      this.incidentsSample = run.incidents.sample;
      this.pipelinesSample = run.pipelines.sample;
    }
    for (const [key, list] of this.valueLists) {
      const [metric, stat] = key.split("|") as [MetricName, Stat];
      list.push(metricValue(run, metric, stat));
    }
    for (const [metric, units] of this.eventUnits) {
      const events = censoredEvents(run, metric)!;
      if (fresh) units.push(events);
      else units[unit] = mergeCensored(units[unit]!, events);
    }
    const outages = { all: run.outages.duration, byClass: run.outages.byClass };
    const interruptions = { all: run.interruptions.recovery, byClass: run.interruptions.byClass };
    if (fresh) {
      this.outageUnits.push(outages);
      this.interruptionUnits.push(interruptions);
      this.leadTimeUnits.push(run.pipelines.leadTime);
    } else {
      this.outageUnits[unit] = mergeClassed(this.outageUnits[unit]!, outages);
      this.interruptionUnits[unit] = mergeClassed(this.interruptionUnits[unit]!, interruptions);
      this.leadTimeUnits[unit] = mergeDistribution(this.leadTimeUnits[unit]!, run.pipelines.leadTime);
    }
    this.availability.add(run.service.availabilitySeries, 1);
    this.queue.add(run.service.queueLength.series, 1);
    this.inSystem.add(run.service.inSystemSeries, this.expected);
    for (const metric of OPTIONAL_METRICS) if (hasMetric(run, metric)) this.present.add(metric);
  }

  /** Does some replication carry this optional metric? */
  has(metric: MetricName): boolean {
    return !OPTIONAL_METRICS.includes(metric) || this.present.has(metric);
  }

  replicationNumbers(): readonly number[] {
    return this.numbers;
  }

  values(metric: MetricName, stat: Stat): readonly number[] {
    const list = this.valueLists.get(`${metric}|${stat}`);
    if (list === undefined) throw new Error(`the summary kept no values of ${stat} ${metric}`);
    return list;
  }

  events(metric: MetricName): readonly CensoredDurations[] | null {
    // The largest distributions are kept once: outages, interruptions and lead times.
    if (metric === "outageDuration") return this.outageUnits.map((u) => u.all);
    if (metric === "interruptionRecovery") return this.interruptionUnits.map((u) => u.all);
    if (metric === "leadTime") return this.leadTimeUnits.map((s) => ({ ...s, censored: [], never: 0 }));
    return this.eventUnits.get(metric) ?? null;
  }

  outages(): readonly ClassedEvents[] {
    return this.outageUnits;
  }

  interruptions(): readonly ClassedEvents[] {
    return this.interruptionUnits;
  }

  leadTimes(): readonly DistributionSummary[] {
    return this.leadTimeUnits;
  }

  /** Mean availability series over the replications. */
  availabilitySeries(): TimeSeries {
    return meanOf(this.availability, this.replications);
  }

  /** Mean queue-length series over the replications. */
  queueSeries(): TimeSeries {
    return meanOf(this.queue, this.replications);
  }

  /** Mean pipelines-in-the-system series (for the warm-up advice); null without replications or buckets. */
  inSystemSeries(): TimeSeries | null {
    const v = this.inSystem.values;
    return v === null || v.length === 0 ? null : { step: this.inSystem.step, values: v };
  }
}

function meanOf(sum: SeriesSum, n: number): TimeSeries {
  if (sum.values === null || n === 0) return { step: 0, values: [] };
  return { step: sum.step, values: sum.values.map((v) => v / n) };
}
