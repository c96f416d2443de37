/** Did-you-mean suggestions for unknown keys and names. */

/**
 * Optimal string alignment (restricted Damerau–Levenshtein) distance: insertions, deletions,
 * substitutions and transpositions of two adjacent letters each cost 1, so the commonest typo of
 * a short key — two letters swapped, "sede" for "seed" — is one edit, not two.
 */
export function editDistance(a: string, b: string): number {
  // Three rolling rows: the transposition looks two rows back.
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `word` (case-insensitively), if close enough to be a likely typo:
 * at most a third of the word's length, and never more than 3 edits.
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase().slice(0, 100);
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.max(1, Math.floor(lower.length / 3))) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
