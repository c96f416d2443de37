/**
 * The shape and the value ranges of the documents `merge` and `report` read back: shard files
 * and result documents. A hand-edited or truncated file must be refused with the field, the
 * value and what is allowed (exit 2), never merged into a silently wrong result (an availability
 * of 5 pooled into a mean of 2.97) nor crash a renderer (exit 3). Objects are loose: fields added
 * by newer model features pass through; every field the summaries and reports read is checked.
 */
import { z } from "zod";
import { InputError } from "../errors";

/** A number satisfying `ok`; `allowed` says what is allowed, for the message. */
const numberWhere = (ok: (n: number) => boolean, allowed: string) =>
  z.custom<number>((v) => typeof v === "number" && ok(v), allowed);

/** A count: a whole number ≥ 0. */
const count = numberWhere((n) => Number.isInteger(n) && n >= 0, "a whole number ≥ 0");
/** A fraction in [0, 1]. */
const fraction = numberWhere((n) => n >= 0 && n <= 1, "a fraction in [0, 1]");
/** Seconds, cost or another magnitude: ≥ 0 (Infinity allowed: "unbounded"). */
const nonNegative = numberWhere((n) => n >= 0, "a number ≥ 0");
/** Any number, including the non-finite ones a shard file keeps exactly. */
const anyNumber = numberWhere(() => true, "a number");
/** result.json writes non-finite numbers as null (JSON has no Infinity). */
const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

const histogram = z.looseObject({ bounds: z.array(nonNegative), counts: z.array(count) });

/** Per-event summaries. `withNulls`: result.json, where non-finite numbers became null. */
function distribution(withNulls: boolean) {
  const magnitude = withNulls ? orNull(nonNegative) : nonNegative;
  return z.looseObject({
    count,
    mean: magnitude,
    max: magnitude,
    p50: magnitude,
    p90: magnitude,
    p95: magnitude,
    p99: magnitude,
    histogram,
  });
}

function censored(withNulls: boolean) {
  return distribution(withNulls).extend({ censored: z.array(nonNegative), never: count });
}

const series = z.looseObject({ step: nonNegative, values: z.array(z.union([anyNumber, z.null()])) });

/** One replication of one topology, as shard files and result documents carry it. */
export function runResultSchema(withNulls: boolean) {
  const magnitude = withNulls ? orNull(nonNegative) : nonNegative;
  const events = censored(withNulls);
  return z.looseObject({
    topology: z.string(),
    replication: count,
    fingerprint: z.string(),
    events: count,
    simulatedSeconds: nonNegative,
    incidents: z.looseObject({
      count,
      byClass: z.record(z.string(), count),
      detection: distribution(withNulls),
      unrecovered: count,
      workLost: magnitude,
      blastTeamsMean: magnitude,
      blastPipelinesMean: magnitude,
      sample: z.array(z.looseObject({ component: z.string(), at: nonNegative })).optional(),
    }),
    outages: z.looseObject({
      duration: events,
      byClass: z.record(z.string(), events),
      teamDowntime: magnitude,
    }),
    interruptions: z.looseObject({ recovery: events, byClass: z.record(z.string(), events) }),
    pipelines: z.looseObject({
      triggered: count,
      succeeded: count,
      failedFlaky: count,
      failedInfrastructure: count,
      lost: count,
      stillRunning: count,
      restarts: count,
      leadTime: distribution(withNulls),
      executionTime: distribution(withNulls),
      feedbackTime: events,
      failureDelay: z.union([anyNumber, z.null()]),
      sample: z.array(z.looseObject({ id: count, triggeredAt: nonNegative })).optional(),
    }),
    service: z.looseObject({
      availability: fraction,
      stateAvailability: fraction,
      throughputPerHour: magnitude,
      deploymentsPerDay: magnitude,
      queueLength: z.looseObject({ mean: magnitude, max: magnitude, series }),
      availabilitySeries: series,
      inSystemSeries: series,
      little: z.looseObject({ L: z.union([anyNumber, z.null()]), lambdaW: z.union([anyNumber, z.null()]) }),
      blockedRequests: z.union([
        z.null(),
        z.looseObject({ rate: magnitude, overThreshold: fraction, max: magnitude }),
      ]),
    }),
    cost: z.looseObject({
      total: magnitude,
      perHour: magnitude,
      byKind: z.record(z.string(), z.looseObject({ hours: magnitude, cost: magnitude })),
    }),
  });
}

/** An interval as result.json writes it (non-finite bounds as null). */
const interval = z.looseObject({
  mean: z.union([anyNumber, z.null()]),
  halfWidth: z.union([anyNumber, z.null()]),
  lower: z.union([anyNumber, z.null()]),
  upper: z.union([anyNumber, z.null()]),
  n: count,
  level: fraction,
});

const pooledDurations = z.looseObject({
  summary: distribution(true),
  censored: count,
  never: count,
  p50: interval,
  p90: interval,
  p99: interval,
  byClass: z.array(
    z.looseObject({
      componentClass: z.string(),
      count,
      censored: count,
      never: count,
      total: orNull(nonNegative),
      share: fraction,
    }),
  ),
});

const header = {
  schemaVersion: z.literal(1),
  tool: z.looseObject({ name: z.literal("resilab"), version: z.string() }),
  scenario: z.looseObject({
    name: z.string(),
    hash: z.string(),
    description: z.union([z.string(), z.null()]),
  }),
  seed: count,
};

/** An experiment's result.json. */
export const experimentResultSchema = z.looseObject({
  ...header,
  replications: count,
  horizon: nonNegative,
  warmup: z.looseObject({
    chosen: nonNegative,
    suggested: z.union([nonNegative, z.null()]),
    warning: z.union([z.string(), z.null()]),
  }),
  topologies: z.array(
    z.looseObject({
      topology: z.string(),
      preset: z.union([z.string(), z.null()]),
      metrics: z.record(z.string(), interval),
      outages: pooledDurations,
      interruptions: pooledDurations,
      leadTime: distribution(true),
      availabilitySeries: series,
      queueSeries: series,
      incidentsSample: z.array(z.looseObject({ component: z.string(), at: nonNegative })),
      pipelinesSample: z.array(z.looseObject({ id: count, triggeredAt: nonNegative })),
      fingerprints: z.array(z.string()),
    }),
  ),
  verdicts: z.array(
    z.looseObject({
      name: z.string(),
      topology: z.string(),
      verdict: z.enum(["met", "missed", "inconclusive"]),
      estimate: interval,
      replicationsNeeded: z.union([count, z.null()]),
      note: z.union([z.string(), z.null()]),
    }),
  ),
  differences: z.array(
    z.looseObject({ metric: z.string(), a: z.string(), b: z.string(), difference: interval }),
  ),
  topologyDifferences: z
    .array(z.looseObject({ setting: z.string(), values: z.array(z.string()) }))
    .optional(),
  runs: z.array(runResultSchema(true)),
});

/** A sweep's result.json. */
export const sweepResultSchema = z.looseObject({
  ...header,
  parameter: z.string(),
  points: z.array(z.looseObject({ value: anyNumber, result: experimentResultSchema })),
  cheapest: z.union([
    z.null(),
    z.looseObject({ topology: z.string(), value: anyNumber, costPerHour: orNull(nonNegative) }),
  ]),
});

/** `a.b[3].c` for a zod issue path. */
function pathText(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path)
    out += typeof key === "number" ? `[${key}]` : `${out === "" ? "" : "."}${String(key)}`;
  return out === "" ? "(document)" : out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function shownValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object" && value !== null) return "an object";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** "object" → "an object", as the messages say what is allowed. */
function typeName(expected: string): string {
  return `${/^[aeiou]/.test(expected) ? "an" : "a"} ${expected === "array" ? "list" : expected}`;
}

/** Most problems listed in one message. */
const MAX_LISTED = 10;

/**
 * Parses `data` with `schema`; on failure throws an InputError naming `name`, and per problem
 * the field path (under `prefix`), the value and what is allowed.
 */
export function parseDocument<T>(schema: z.ZodType<T>, data: unknown, name: string, prefix = ""): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const lines = issues.slice(0, MAX_LISTED).map((issue) => {
    const path = pathText([...(prefix === "" ? [] : [prefix]), ...issue.path]);
    const got = shownValue(valueAt(data, issue.path));
    const allowed =
      issue.code === "custom"
        ? issue.message
        : issue.code === "invalid_type"
          ? typeName(String(issue.expected))
          : issue.message.replace(/^Invalid (input|option): (expected )?/, "");
    return `  ${name}: ${path}: got ${got}; allowed: ${allowed}`;
  });
  const more = issues.length > MAX_LISTED ? `\n  … and ${issues.length - MAX_LISTED} more` : "";
  throw new InputError(
    `${name}: ${issues.length} problem${issues.length === 1 ? "" : "s"} in the document\n${lines.join("\n")}${more}`,
  );
}
