/** Human fractions: `"99.9%"` → 0.999; a plain number in [0, 1] is already a fraction. */
import { scaledDecimal } from "./duration";

/** Matches a percentage string such as `"99.9%"` or `"1.5 %"`. */
export const PERCENT_PATTERN = /^\s*\d+(?:\.\d+)?\s*%\s*$/;

/** What the error messages say a fraction may look like. */
export const FRACTION_ALLOWED = 'a fraction in [0, 1] or a percentage such as "99.9%"';

/** Parses a percentage string to a fraction (exact decimal scaling); undefined when malformed. */
export function parsePercentage(text: string): number | undefined {
  if (!PERCENT_PATTERN.test(text)) return undefined;
  return scaledDecimal(text.replace("%", "").trim(), -2);
}
