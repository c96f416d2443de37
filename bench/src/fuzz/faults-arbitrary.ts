/**
 * Valid fault traces: every failure class (with optional time-to-failure and repair
 * distributions, failure modes, per-mode repair, slow factor and operating clock) and scripted chaos
 * events. The classes are sim-core's FAULT_CLASS_NAMES, so a class added to the model is fuzzed too.
 * Mean times between failures are hours to days, so a short horizon still sees a few cycles.
 */
import { FAULT_CLASS_NAMES } from "@resilab/sim-core";
import fc from "fast-check";
import { distribution, duration, sometimes } from "./value-arbitraries";
import type { DocValue } from "./yaml-text";

/** Every chaos target family; indices and zone letters are filtered against the topologies later. */
export const CHAOS_TARGETS = [
  "controller-0",
  "controller-1",
  "executor-0",
  "executor-3",
  "node-0",
  "node-2",
  "zone-a",
  "zone-b",
  "store",
  "partition-0",
  "control-plane",
  "ingress",
  "dns",
  "scm",
  "registry",
  "artifact-store",
  "release",
  "region",
  "corruption-0",
  "corruption-2",
] as const;

/** A mix of failure modes with a positive sum (the loader refuses all-zero weights). */
const modes = fc
  .record(
    { crash: fc.nat({ max: 100 }), hang: fc.nat({ max: 100 }), slow: fc.nat({ max: 100 }) },
    { requiredKeys: [] },
  )
  .chain((m) => {
    const percents: Record<string, number> = { ...m };
    if (Object.values(percents).every((v) => v === 0)) percents.crash = 100;
    const keys = Object.keys(percents);
    return fc.array(fc.boolean(), { minLength: keys.length, maxLength: keys.length }).map((asText) => {
      const out: Record<string, DocValue> = {};
      keys.forEach((k, i) => {
        out[k] = asText[i] ? `${percents[k]}%` : percents[k]! / 100;
      });
      return out;
    });
  });

/** Repair times per failure mode (each mode present or not; an empty record is valid too). */
const repairByMode = fc
  .record(
    { crash: distribution(600), hang: distribution(300), slow: distribution(1200) },
    { requiredKeys: [] },
  )
  .map((r) => r as Record<string, DocValue>);

function failureClass(): fc.Arbitrary<DocValue> {
  return fc
    .record(
      {
        mtbf: duration(2 * 3600, 10 * 86_400),
        mttr: duration(30, 4 * 3600),
        timeToFailure: distribution(86_400),
        repair: distribution(1200),
        modes,
        slowFactor: fc.integer({ min: 10, max: 50 }).map((tenths) => tenths / 10),
        clock: fc.constantFrom("wall", "operating"),
        repairByMode,
      },
      { requiredKeys: ["mtbf", "mttr"] },
    )
    .map((c) => c as Record<string, DocValue>);
}

/** Chaos events at times inside `horizon` seconds. */
export function chaosEvents(horizon: number): fc.Arbitrary<Record<string, DocValue>[]> {
  const event = fc
    .record(
      {
        at: duration(0, Math.max(0, horizon - 1)),
        target: fc.constantFrom(...CHAOS_TARGETS),
        kind: fc.constantFrom("crash", "hang", "down"),
        duration: duration(1, 7200),
      },
      { requiredKeys: ["at", "target", "kind"] },
    )
    .map((e) => e as Record<string, DocValue>);
  return fc.array(event, { maxLength: 4 });
}

/** Each class present with probability ~1/4 (so most traces mix a few of them). */
export function faults(): fc.Arbitrary<Record<string, DocValue>> {
  const entries = FAULT_CLASS_NAMES.map((name) => [name, sometimes(failureClass(), 1, 3)] as const);
  return fc.tuple(...entries.map(([, arb]) => arb)).map((values) => {
    const out: Record<string, DocValue> = {};
    values.forEach((value, i) => {
      if (value !== undefined) out[FAULT_CLASS_NAMES[i]!] = value;
    });
    return out;
  });
}
