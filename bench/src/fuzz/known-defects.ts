/**
 * The defects issue 12 listed (all fixed, each with a regression test), recognised in a fuzz
 * failure so the report can say a fixed defect is back (a regression: look at its test first) or
 * that the failure is new. Recognising a defect never hides it: the failure still fails the run.
 */
import type { Failure } from "./fuzz-case";

export interface KnownDefect {
  /** The item, in a few words. */
  item: string;
  matches: (f: Failure) => boolean;
}

const has = (re: RegExp) => (f: Failure) => re.test(f.check) || re.test(f.message);

export const KNOWN_DEFECTS: readonly KnownDefect[] = [
  {
    item: "issue 12: controller hang, replica mode, no router → TypeError 'healthCheck' (controller-outages.ts)",
    matches: has(/healthCheck/),
  },
  {
    item: "issue 12: executor faults + partitions + hold-until-return → TypeError 'opTimer' (operating-clock.ts)",
    matches: has(/opTimer/),
  },
  {
    item: "issue 12: executors.count up to 1e6 → Maximum call stack size exceeded (simulate.ts)",
    matches: has(/Maximum call stack/),
  },
  {
    item: "issue 12: huge price → infinite cost (null in JSON, n = 0)",
    matches: has(/cost\.(total|perHour)|metrics\.cost|costs?\b.*Infinity/),
  },
  {
    item: "issue 12: huge mttr/stage time passes the loader, fails mid-run with a kernel message",
    matches: has(/SimulationError: (?!zero-delay).*(horizon|delay|time)/i),
  },
  {
    item: "issue 12: event-budget estimate does not bound the real event count (runaway)",
    matches: has(/event budget|eventBudget|time bounded/),
  },
  {
    item: "issue 12: platform.nodes/zones unbounded (memory, time)",
    matches: has(/memory bounded|ERR_WORKER_OUT_OF_MEMORY/),
  },
  {
    item: "issue 12: terminal injection (control characters printed raw)",
    matches: has(/control characters escaped/),
  },
];

/** The known defect a failure matches, if any. */
export function knownDefect(failures: readonly Failure[]): KnownDefect | null {
  for (const defect of KNOWN_DEFECTS) if (failures.some((f) => defect.matches(f))) return defect;
  return null;
}
