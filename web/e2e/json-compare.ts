/**
 * Compares two result documents across JavaScript engines: identical structure and strings
 * (fingerprints, names, verdict words), and numbers equal up to a relative tolerance. Node's
 * and Chromium's V8 round `**` / `Math.pow` differently in the last bit, so sim-core numbers
 * computed with them may differ by an ulp between the CLI and the browser.
 */

/** One difference between the documents. */
export interface JsonDifference {
  path: string;
  a: unknown;
  b: unknown;
}

/** The outcome of a comparison. */
export interface JsonComparison {
  /** Differences that are not numbers within tolerance (structure, strings, booleans, large gaps). */
  structural: JsonDifference[];
  /** Numbers that differ, within tolerance. */
  numeric: JsonDifference[];
  /** Largest relative difference among `numeric`. */
  maxRelative: number;
}

/** Compares `a` and `b` (parsed JSON); numbers differing by at most `tolerance` relative count as numeric. */
export function compareJson(a: unknown, b: unknown, tolerance = 1e-12): JsonComparison {
  const out: JsonComparison = { structural: [], numeric: [], maxRelative: 0 };
  const walk = (x: unknown, y: unknown, path: string) => {
    if (typeof x === "number" && typeof y === "number") {
      if (Object.is(x, y)) return;
      const relative = Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
      if (relative <= tolerance) {
        out.numeric.push({ path, a: x, b: y });
        out.maxRelative = Math.max(out.maxRelative, relative);
      } else out.structural.push({ path, a: x, b: y });
      return;
    }
    if (x !== null && y !== null && typeof x === "object" && typeof y === "object") {
      if (Array.isArray(x) !== Array.isArray(y)) {
        out.structural.push({ path, a: x, b: y });
        return;
      }
      const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
      for (const key of keys) {
        walk((x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key], `${path}.${key}`);
      }
      return;
    }
    if (!Object.is(x, y)) out.structural.push({ path, a: x, b: y });
  };
  walk(a, b, "");
  return out;
}
