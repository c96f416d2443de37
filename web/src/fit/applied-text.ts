/** The panel's message after "Apply to scenario": what changed in `faults`, and what did not. */
import type { ApplyResult } from "./apply-faults";

const list = (xs: readonly string[]) => xs.join(", ");

/** One paragraph naming every class replaced, added, left alone, and every key removed. */
export function appliedText(r: Omit<ApplyResult, "text">): string {
  const parts: string[] = [];
  if (r.replaced.length > 0) parts.push(`replaced ${list(r.replaced)}`);
  if (r.added.length > 0) parts.push(`added ${list(r.added)}`);
  let text = `Applied to the scenario's faults: ${parts.join("; ")}.`;
  if (r.notFitted.length > 0)
    text += ` Not fitted (too little data; the scenario's values, if any, are kept): ${list(r.notFitted)}.`;
  for (const d of r.dropped)
    text += ` Removed from ${d.cls}: ${list(d.keys)} (${d.keys.map((k) => (k === "clock" ? "the fit measured wall-clock time" : k === "repairByMode" ? "it would override the fitted repair" : "not part of the fit")).join("; ")}).`;
  return `${text} The YAML editor shows the fitted values with their fit quality as comments; edit them there, then run.`;
}
