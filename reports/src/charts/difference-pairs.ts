/**
 * Which paired differences a chart can show. n topologies give n(n−1)/2 pairs; 100 topologies
 * give 4,950 pairs × 7 metrics, far beyond a readable (or even renderable) chart. Past the cap the
 * chart keeps the pairs against the first topology (the reference a scenario lists first) and
 * says how many it left out; every pair stays in result.json and summary.md.
 */
import type { PairedDifference } from "@resilab/sim-core";

/**
 * Most topology pairs one chart shows: 45 = every pair of 10 topologies, so the library's
 * comparisons (at most 6 topologies) are always shown in full.
 */
export const MAX_CHART_PAIRS = 45;

/** The differences to draw and, when some were left out, a sentence saying which. */
export interface ChartPairs {
  differences: PairedDifference[];
  /** null when every pair is shown. */
  note: string | null;
}

const pairKey = (d: PairedDifference) => `${d.a}\u0000${d.b}`;

/** Caps `differences` at `maxPairs` topology pairs (pairs against the first topology first). */
export function chartPairs(
  differences: readonly PairedDifference[],
  maxPairs: number = MAX_CHART_PAIRS,
): ChartPairs {
  const pairs: PairedDifference[] = [];
  const seen = new Set<string>();
  for (const d of differences) {
    const key = pairKey(d);
    if (!seen.has(key)) {
      seen.add(key);
      pairs.push(d);
    }
  }
  if (pairs.length <= maxPairs) return { differences: [...differences], note: null };
  const reference = pairs[0]!.a;
  const kept = new Set(
    pairs
      .filter((d) => d.a === reference || d.b === reference)
      .slice(0, maxPairs)
      .map(pairKey),
  );
  return {
    differences: differences.filter((d) => kept.has(pairKey(d))),
    note:
      `Showing ${kept.size} of ${pairs.length} topology pairs: each against ${reference}. ` +
      "Every pair is in result.json and summary.md.",
  };
}
