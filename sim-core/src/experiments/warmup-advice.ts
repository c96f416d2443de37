/**
 * Warm-up advice: is the scenario's warm-up long enough for the statistics to describe the steady
 * state and not the empty, idle platform every replication starts from?
 *
 * The signal is the number of pipelines in the system (triggered, not finished), the congestion
 * that carries the initial transient: it starts at 0 and settles once queues have built up. The
 * intake queue alone is empty in most scenarios, and the queue series starts at the warm-up, so
 * neither could show a transient the warm-up hides. Per topology the series (120 buckets from
 * t = 0) is averaged over replications — averaging keeps the bias and shrinks the noise — and
 * MSER-5 picks the truncation point; the suggestion is the longest over topologies.
 *
 * MSER-5 always truncates somewhere: on a series already in steady state it drops a few batches
 * by chance about half the time (and a daily load cycle makes it pick a phase). So a truncation
 * counts only when what it drops is measurably biased: the time average from the start (for the
 * suggestion) or from the chosen warm-up (for the warning) must differ from the average after the
 * truncation by more than `SIGNIFICANT_Z` standard errors — MSER's own statistic is the squared
 * standard error of the kept mean. Otherwise the suggestion is 0: no transient to cut.
 */
import { expandTopology } from "../model/expand-topology";
import type { ExperimentResult, RunResult, TimeSeries } from "../model/result-types";
import type { Scenario } from "../model/scenario-types";
import { mser } from "../stats/mser";

export type WarmupAdvice = ExperimentResult["warmup"];

/** Standard errors by which the kept bias must exceed the noise to warn (about 0.4 % false alarms per topology in steady state). */
export const SIGNIFICANT_Z = 3;

/** The warm-up advice of an experiment's runs (any order: grouped by topology, summed by replication). */
export function warmupAdvice(scenario: Scenario, runs: readonly RunResult[]): WarmupAdvice {
  const series = scenario.topologies.map((spec, i) => {
    const topology = expandTopology(spec, i).name;
    return meanSeries(
      runs
        .filter((r) => r.topology === topology)
        .sort((a, b) => a.replication - b.replication)
        .map((r) => r.service.inSystemSeries),
    );
  });
  return warmupAdviceFromSeries(scenario, series);
}

/**
 * The warm-up advice from each topology's pipelines-in-the-system series averaged over its
 * replications (`series[i]` for topology i; null when it has none).
 */
export function warmupAdviceFromSeries(
  scenario: Scenario,
  meanSeriesByTopology: readonly (TimeSeries | null)[],
): WarmupAdvice {
  const chosen = scenario.warmup ?? 0;
  let suggested: number | null = null;
  let tooShort: { topology: string; at: number } | null = null;
  let unsettled: string | null = null;
  scenario.topologies.forEach((spec, i) => {
    const topology = expandTopology(spec, i).name;
    const series = meanSeriesByTopology[i] ?? null;
    if (series === null) return;
    const r = mser(series.values);
    if (r === null) return;
    // Is what MSER-5 cuts measurably biased, from the start and from the chosen warm-up?
    const transient = significant(series.values, 0, r.truncation, r.statistic);
    const from = Math.min(series.values.length, Math.ceil(chosen / series.step - 1e-9)); // whole buckets
    const leftIn = r.truncation > from && significant(series.values, from, r.truncation, r.statistic);
    if (!r.reliable && transient) {
      // Still drifting at mid-run, measurably: no truncation point to suggest.
      if (leftIn && unsettled === null) unsettled = topology;
      return;
    }
    const at = transient ? r.truncation * series.step : 0;
    if (suggested === null || at > suggested) suggested = at;
    if (leftIn && at > chosen && (tooShort === null || at > tooShort.at)) tooShort = { topology, at };
  });
  let warning: string | null = null;
  if (unsettled !== null) {
    warning =
      `pipelines in the system of "${unsettled}" are still changing at mid-run (MSER-5 finds no ` +
      "steady state in the first half): the run may be too short, or the design cannot keep up with its load";
  } else if (tooShort !== null) {
    const { topology, at } = tooShort;
    warning =
      `warm-up ${duration(chosen)} looks too short: MSER-5 suggests ${duration(at)} (pipelines in ` +
      `the system of "${topology}" settle only then; set warmup to at least that)`;
  }
  return { chosen, suggested, warning };
}

/**
 * The bucket-wise mean of equal-length series; null when there are none. (The streaming summary
 * adds each series divided by the count in the same order, so its sums are these, bit for bit.)
 */
function meanSeries(series: readonly TimeSeries[]): TimeSeries | null {
  if (series.length === 0 || series[0]!.values.length === 0) return null;
  const values = new Array<number>(series[0]!.values.length).fill(0);
  for (const s of series) for (let i = 0; i < values.length; i++) values[i]! += s.values[i]! / series.length;
  return { step: series[0]!.step, values };
}

/** Do the means from `from` and from `cut` differ by more than SIGNIFICANT_Z standard errors (√statistic)? */
function significant(values: readonly number[], from: number, cut: number, statistic: number): boolean {
  const gap = Math.abs(meanFrom(values, from) - meanFrom(values, cut));
  return gap > SIGNIFICANT_Z * Math.sqrt(statistic);
}

function meanFrom(values: readonly number[], from: number): number {
  let sum = 0;
  for (let i = from; i < values.length; i++) sum += values[i]!;
  return sum / (values.length - from);
}

/** Seconds for humans, two significant digits: "0 s", "45 min", "2.1 h", "3.5 d". */
function duration(seconds: number): string {
  const round = (x: number) => String(Number(x.toPrecision(2)));
  if (seconds < 120) return `${round(seconds)} s`;
  if (seconds < 7200) return `${round(seconds / 60)} min`;
  if (seconds < 172_800) return `${round(seconds / 3600)} h`;
  return `${round(seconds / 86_400)} d`;
}
