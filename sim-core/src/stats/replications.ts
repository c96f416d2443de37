/**
 * Across-replication statistics: summaries per metric, and how many replications a comparison
 * with a target would need before its confidence interval settles it.
 */
import {
  max as sampleMax,
  mean as sampleMean,
  min as sampleMin,
  sampleStandardDeviation,
} from "simple-statistics";
import { invalid } from "../errors";
import { checkLevel, checkSamples, type Interval, intervalFromMoments } from "./interval";
import { pow } from "./portable-math";
import { studentTQuantile } from "./student-t";

/** An interval for the mean plus the spread of the replications themselves. */
export interface Summary extends Interval {
  /** Sample standard deviation across replications (0 for a single one). */
  stdDev: number;
  min: number;
  max: number;
}

/** Mean with its t-based interval, standard deviation, min and max of independent samples. */
export function summarize(samples: readonly number[], level = 0.95): Summary {
  checkSamples(samples);
  checkLevel(level);
  const xs = samples as number[];
  const stdDev = xs.length < 2 ? 0 : sampleStandardDeviation(xs);
  return {
    ...intervalFromMoments(sampleMean(xs), stdDev, xs.length, level),
    stdDev,
    min: sampleMin(xs),
    max: sampleMax(xs),
  };
}

/**
 * Summarises each metric across replications: `[{ wait: 3.1, lost: 2 }, { wait: 2.9, lost: 0 }]`
 * gives `{ wait: Summary, lost: Summary }`. Every replication must report the same metrics; the
 * result keeps the metric order of the first replication.
 *
 * @param replications - one record of finite numbers per replication (at least one).
 * @param level - confidence level, default 0.95.
 */
export function aggregateReplications<K extends string>(
  replications: readonly Readonly<Record<K, number>>[],
  level = 0.95,
): Record<K, Summary> {
  if (!Array.isArray(replications) || replications.length === 0) {
    invalid("replications", replications, "a non-empty array of metric records");
  }
  checkLevel(level);
  const keys = Object.keys(replications[0]!) as K[];
  const result = {} as Record<K, Summary>;
  replications.forEach((record, i) => {
    for (const key of Object.keys(record)) {
      if (!keys.includes(key as K))
        invalid(`replications.${i}.${key}`, record[key as K], "only the metrics of replication 0");
    }
  });
  for (const key of keys) {
    const values = replications.map((record, i) => {
      const v = record[key];
      if (typeof v !== "number" || !Number.isFinite(v))
        invalid(`replications.${i}.${key}`, v, "a finite number");
      return v;
    });
    result[key] = summarize(values, level);
  }
  return result;
}

/** Cap on the answer of {@link replicationsNeeded}: beyond it the difference is practically nil. */
const MAX_REPLICATIONS = 1e9;

/**
 * Estimated total number of replications needed for the t interval of the mean to exclude
 * `target`, assuming the mean and standard deviation stay as estimated: the smallest m with
 * t(1 − (1 − level)/2, m − 1) · s / √m < |mean − target| (≈ (t·s / |mean − target|)²).
 *
 * Returns the current count when the interval already excludes the target, at least n + 1
 * otherwise, 2 when a single sample gives no estimate of the spread yet, and Infinity when the
 * mean equals the target (or more than 1e9 would be needed).
 */
export function replicationsNeeded(samples: readonly number[], target: number, level = 0.95): number {
  checkSamples(samples);
  checkLevel(level);
  if (!Number.isFinite(target)) invalid("target", target, "a finite number");
  const xs = samples as number[];
  const n = xs.length;
  if (n < 2) return 2;
  const mean = sampleMean(xs);
  const s = sampleStandardDeviation(xs);
  const gap = Math.abs(mean - target);
  const p = 1 - (1 - level) / 2;
  const enough = (m: number) => (studentTQuantile(p, m - 1) * s) / Math.sqrt(m) < gap;
  if (enough(n)) return n;
  if (gap === 0) return Infinity;
  // t·s/√m decreases in m: grow an upper bound, then bisect for the smallest m that is enough.
  let lo = n;
  let hi = Math.max(n + 1, Math.ceil(pow((studentTQuantile(p, n - 1) * s) / gap, 2)));
  while (!enough(hi)) {
    lo = hi;
    hi *= 2;
    if (hi > MAX_REPLICATIONS) return Infinity;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (enough(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}
