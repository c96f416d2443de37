/**
 * MSER-5: where to truncate the initial transient of a simulation output series (White 1997,
 * "An effective truncation heuristic for bias reduction in simulation output"; White, Cobb &
 * Spratt 2000). The series is cut into batches of 5 and averaged; for each candidate truncation
 * of d batches the heuristic scores the kept batch means Z_{d+1..k} by
 *
 *     MSER(d) = Σ_{j>d} (Z_j − Z̄(d))² / (k − d)²
 *
 * — the squared standard error of their mean — and truncates where that is smallest: dropping
 * biased early batches lowers it, dropping good data raises it. The truncation is searched in the
 * first half of the series (White's rule); a minimum pinned at the half means the series was
 * still drifting there — the run never settled, or is too short to tell — and is flagged
 * unreliable. Only +, −, ×, ÷: the same bits in every JavaScript engine.
 */
import { invalid } from "../errors";

/** Observations per batch in MSER-5. */
export const MSER_BATCH = 5;

export interface MserResult {
  /** Observations to drop from the start (a multiple of the batch size). */
  truncation: number;
  /** Batches the series was cut into (trailing observations that fill no batch are ignored). */
  batches: number;
  /** The minimum lies inside the first half of the batches, not at its end (the series settled). */
  reliable: boolean;
  /** MSER at the chosen truncation (squared standard error of the kept batch means). */
  statistic: number;
}

/**
 * The MSER truncation point of `series` with batches of `batchSize` (5: MSER-5; 1: plain MSER).
 * Null when the series fills fewer than two batches. Ties go to the shorter truncation.
 */
export function mser(series: readonly number[], batchSize: number = MSER_BATCH): MserResult | null {
  if (!Number.isInteger(batchSize) || batchSize < 1) invalid("batchSize", batchSize, "a whole number ≥ 1");
  const k = Math.floor(series.length / batchSize);
  if (k < 2) return null;
  const z = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    let sum = 0;
    for (let i = j * batchSize; i < (j + 1) * batchSize; i++) {
      const x = series[i]!;
      if (!Number.isFinite(x)) invalid(`series[${i}]`, x, "a finite number");
      sum += x;
    }
    z[j] = sum / batchSize;
  }
  // Welford's update from the end: after adding Z_{d+1} the running moments are those of the
  // kept batches Z_{d+1..k}, so every candidate d costs O(1) and stays accurate.
  let mean = 0;
  let m2 = 0;
  let kept = 0;
  let best = Number.POSITIVE_INFINITY;
  let bestD = 0;
  const half = Math.floor(k / 2);
  for (let d = k - 1; d >= 0; d--) {
    const x = z[d]!;
    kept++;
    const delta = x - mean;
    mean += delta / kept;
    m2 += delta * (x - mean);
    // Candidates: the first half only, and at least two batches kept. Over the whole range the
    // minimum often falls near the end by chance (two or three last batches that happen to
    // agree), which is why White's rule distrusts a truncation beyond half the series.
    if (d > half || kept < 2) continue;
    const score = m2 / (kept * kept);
    if (score <= best) {
      best = score;
      bestD = d;
    }
  }
  return { truncation: bestD * batchSize, batches: k, reliable: bestD < half, statistic: best };
}
