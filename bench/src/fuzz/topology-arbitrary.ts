/**
 * Valid topologies: every preset (or none: the single default) with overrides of every part —
 * controllers, executors, intake, trigger handling, in-flight policy, platform, failover, router,
 * shared store and costs — and `shared` settings. Cross-field rules of the loader (a failover
 * needs two controllers in shard mode, a shared-store state needs a sharedStore section, a quorum
 * no larger than the count, stage labels on every topology…) are satisfied by construction.
 */

import { REGION_STRATEGIES } from "@resilab/sim-core";
import fc from "fast-check";
import { distribution, duration, fraction, ratePerHour, sometimes } from "./value-arbitraries";
import type { DocValue } from "./yaml-text";

type Doc = Record<string, DocValue>;

/** The presets, and what the fixes below need to know about them (sim-core's presets.ts). */
export const PRESET_FACTS = {
  single: { count: 1, failover: false, sharedStore: false },
  "active-passive": { count: 2, failover: true, sharedStore: true },
  "active-active": { count: 3, failover: false, sharedStore: true },
  "resilient-decoupled": { count: 10, failover: false, sharedStore: false },
  "cloud-native": { count: 2, failover: true, sharedStore: false },
} as const;
export type PresetName = keyof typeof PRESET_FACTS;
const PRESETS = Object.keys(PRESET_FACTS) as PresetName[];

/** Builds a record of optional parts from arbitraries, each present with weight 1 of 1 + `absent`. */
function part(shape: Record<string, fc.Arbitrary<DocValue>>, absent = 2): fc.Arbitrary<Doc> {
  const keys = Object.keys(shape);
  return fc.tuple(...keys.map((k) => sometimes(shape[k]!, 1, absent))).map((values) => {
    const out: Doc = {};
    values.forEach((v, i) => {
      if (v !== undefined) out[keys[i]!] = v;
    });
    return out;
  });
}

const countOrUnlimited = (max: number) =>
  fc.oneof(fc.integer({ min: 1, max }), fc.constant("unlimited") as fc.Arbitrary<DocValue>);

const controllers = part({
  count: fc.integer({ min: 1, max: 12 }),
  mode: fc.constantFrom("shard", "replica"),
  capacity: fc.integer({ min: 1, max: 200 }),
  boot: distribution(60),
  state: fc.constantFrom("none", "durable-disk", "shared-store", "declared-objects"),
  hosting: fc.constantFrom("vm", "pod"),
  restart: fc.constantFrom("supervisor", "manual"),
  statefulVolume: fc.boolean(),
  repairCrews: countOrUnlimited(3),
  quorum: fc.integer({ min: 1, max: 12 }),
  // Kept small: boot grows per build held and per agent attached, and a case must stay fast.
  bootGrowth: fc
    .record(
      { perBuild: duration(0, 5), keepBuilds: fc.integer({ min: 0, max: 500 }) },
      { requiredKeys: ["perBuild"] },
    )
    .map((g) => g as Doc),
  upgrade: fc
    .tuple(fc.constantFrom("full-restart", "rolling", "blue-green"), duration(0, 600))
    .map(
      ([strategy, cutover]): DocValue => (strategy === "blue-green" ? { strategy, cutover } : { strategy }),
    ),
  restartStorm: fc.record({
    perAgent: duration(0, 60),
    slowFactor: fc.integer({ min: 10, max: 100 }).map((tenths) => tenths / 10),
  }),
  load: part(
    { failureGrowth: fc.integer({ min: 0, max: 40 }).map((t) => t / 10), bootPerAgent: duration(0, 30) },
    1,
  ),
});

const executors = part({
  kind: fc.constantFrom("static", "ephemeral"),
  count: fc.integer({ min: 1, max: 30 }),
  startup: part({ podStart: distribution(5), imagePull: distribution(20), agentConnect: distribution(3) }, 1),
  survivesControllerOutage: fc.boolean(),
  lossDetection: duration(0, 600),
  partitionDetection: duration(0, 900),
  repairCrews: countOrUnlimited(3),
  // Counts only: `fixOverrides` keys them by the topology's labels (the loader's rule).
  countByLabel: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 }),
  cells: fc.integer({ min: 1, max: 4 }),
});

const intake = part({
  capacity: fc.oneof(fc.integer({ min: 0, max: 2000 }), fc.constant("unlimited") as fc.Arbitrary<DocValue>),
  durable: fc.boolean(),
  overflow: fc.constantFrom("block", "drop"),
  stageBuffer: countOrUnlimited(20),
  decoupled: fc.boolean(),
});

const probe = part({ period: duration(1, 60), threshold: fc.integer({ min: 1, max: 5 }) }, 1);

const platform = part({
  nodes: fc.integer({ min: 1, max: 10 }),
  zones: fc.integer({ min: 1, max: 4 }),
  liveness: probe,
  crashLoop: part({ initial: duration(1, 30), max: duration(30, 600), reset: duration(60, 1200) }, 1),
  nodeGrace: duration(0, 120),
  toleration: duration(0, 600),
  volumeDetach: duration(0, 720),
  nodeLossAutomation: fc.constantFrom("none", "force-delete", "out-of-service-taint"),
  volumeScope: fc.constantFrom("zonal", "regional"),
});

const failover = part({
  detection: duration(0, 120),
  coverage: fraction(),
  standby: fc.constantFrom("warm", "cold"),
  switchTime: distribution(30),
  replicationLag: duration(0, 60),
  trigger: fc.constantFrom("automatic", "manual"),
  manualSteps: distribution(300),
});

/**
 * Disaster recovery. A backup interval of at most 6 h and a retention of at least 6 h keep
 * "retention ≥ interval" true however shared settings and overrides merge; a backup-restore
 * strategy always comes with a backup (the loader's rule: something to restore).
 */
const recovery = fc
  .record(
    {
      backup: part(
        {
          duration: duration(60, 1800),
          retention: duration(6 * 3600, 30 * 86_400),
          failureProbability: fraction(0.5),
        },
        1,
      ).chain((b) => duration(60, 6 * 3600).map((interval): Doc => ({ interval, ...b }))),
      restore: part({ rate: ratePerHour(1, 600), overhead: duration(0, 1800) }, 1),
      stateSize: part(
        {
          base: fc.integer({ min: 0, max: 500 }),
          perPipeline: fc.integer({ min: 0, max: 100 }).map((m) => m / 1000),
        },
        1,
      ),
      region: part(
        {
          detection: duration(0, 1800),
          provision: duration(0, 3600),
          replicationLag: duration(0, 600),
          standbyScale: fraction(),
        },
        1,
      ).chain((g) => fc.constantFrom(...REGION_STRATEGIES).map((strategy): Doc => ({ strategy, ...g }))),
    },
    { requiredKeys: [] },
  )
  .chain((r) => {
    const region = r.region as Doc | undefined;
    if (region?.strategy !== "backup-restore" || r.backup !== undefined) return fc.constant(r as Doc);
    return duration(60, 6 * 3600).map((interval): Doc => ({ ...r, backup: { interval } }));
  });

const price = fc.integer({ min: 0, max: 500 }).map((cents) => cents / 100);
const costs = part({
  controllerHour: price,
  controllerPodHour: price,
  standbyHour: price,
  executorHour: price,
  storeHour: price,
  platformHour: price,
});

/** Any combination of override parts (each part present with probability ~1/3). */
export const overrides: fc.Arbitrary<Doc> = part({
  controllers,
  executors,
  intake,
  onTriggerUnavailable: fc.constantFrom("buffer", "retry", "lose"),
  triggerRetry: part(
    { initial: duration(1, 60), max: duration(60, 600), attempts: fc.integer({ min: 0, max: 6 }) },
    1,
  ),
  inFlight: part(
    {
      policy: fc.constantFrom(
        "restart-from-scratch",
        "resume-from-checkpoint",
        "hold-until-return",
        "fail-and-notify",
      ),
      retryBudget: fc.integer({ min: 0, max: 3 }),
    },
    1,
  ),
  platform,
  failover,
  router: part({ healthCheck: probe }, 1),
  sharedStore: part(
    { reconnect: duration(0, 120), lockContention: fc.integer({ min: 0, max: 20 }).map((p) => p / 100) },
    1,
  ),
  costs,
  recovery,
});

/** Settings every topology shares: only parts that cannot break a preset's own structure. */
export const sharedSettings: fc.Arbitrary<Doc> = overrides.map((o) => {
  const { controllers: c, ...withExecutors } = o;
  // Per-label counts and cells depend on each topology's labels and counts: never shared.
  const rest: Doc = { ...withExecutors };
  if (rest.executors !== undefined) {
    const { countByLabel: _byLabel, cells: _cells, ...ex } = rest.executors as Doc;
    if (Object.keys(ex).length > 0) rest.executors = ex;
    else delete rest.executors;
  }
  if (c === undefined) return rest;
  const { restart, repairCrews, boot } = c as Doc;
  const safe: Doc = {};
  if (restart !== undefined) safe.restart = restart;
  if (repairCrews !== undefined) safe.repairCrews = repairCrews;
  if (boot !== undefined) safe.boot = boot;
  return Object.keys(safe).length === 0 ? rest : { ...rest, controllers: safe };
});

/** Complete components, for an override that adds one to a preset without it. */
const FULL: Record<"failover" | "router" | "sharedStore", Doc> = {
  failover: { detection: "15s", coverage: "95%", standby: "warm", switchTime: "1m", replicationLag: 0 },
  router: { healthCheck: { period: "10s", threshold: 3 } },
  sharedStore: { reconnect: "1m", lockContention: 0.05 },
};

/** Makes one topology's overrides consistent with its preset, the shared settings and the stage labels. */
export function fixOverrides(preset: PresetName, own: Doc, shared: Doc, labels: readonly string[]): Doc {
  const o: Doc = structuredClone(own);
  const facts = PRESET_FACTS[preset];
  const c = { ...((o.controllers as Doc | undefined) ?? {}) };
  const hasFailover = facts.failover || o.failover !== undefined;
  if (hasFailover) {
    const count = typeof c.count === "number" ? c.count : facts.count;
    if (count < 2) c.count = 2;
    if ((c.mode ?? (preset === "active-active" ? "replica" : "shard")) === "replica") c.mode = "shard";
  }
  const count = typeof c.count === "number" ? c.count : facts.count;
  if (typeof c.quorum === "number" && c.quorum > count) c.quorum = count;
  // A component the preset lacks must be written whole when an override adds it.
  if (!facts.failover && o.failover !== undefined) o.failover = { ...FULL.failover, ...(o.failover as Doc) };
  if (preset !== "active-active" && o.router !== undefined) {
    const check = ((o.router as Doc).healthCheck as Doc | undefined) ?? {};
    o.router = { healthCheck: { ...(FULL.router.healthCheck as Doc), ...check } };
  }
  const needsStore = c.state === "shared-store" || o.sharedStore !== undefined;
  if (!facts.sharedStore && needsStore)
    o.sharedStore = { ...FULL.sharedStore, ...((o.sharedStore as Doc) ?? {}) };
  if (Object.keys(c).length > 0) o.controllers = c;
  const intake = o.intake as Doc | undefined;
  if (intake !== undefined && intake.capacity === 0) {
    const sharedIntake = (shared.intake as Doc | undefined) ?? {};
    if ((intake.overflow ?? sharedIntake.overflow) === "block") intake.overflow = "drop";
  }
  const sharedCapacity = (shared.intake as Doc | undefined)?.capacity;
  if (sharedCapacity === 0 && (intake?.overflow ?? (shared.intake as Doc).overflow) === "block") {
    o.intake = { ...(intake ?? {}), capacity: 1 };
  }
  // Every stage label must exist on every topology: the default pool only has "default".
  const ex = { ...((o.executors as Doc | undefined) ?? {}) };
  if (labels.some((l) => l !== "default")) ex.labels = [...labels];
  const poolLabels = labels.some((l) => l !== "default") ? labels : ["default"];
  // countByLabel names only the pool's labels (generated as counts, keyed here).
  if (Array.isArray(ex.countByLabel)) {
    const counts = ex.countByLabel as number[];
    const byLabel: Doc = {};
    counts.slice(0, poolLabels.length).forEach((n, i) => {
      byLabel[poolLabels[i]!] = n;
    });
    ex.countByLabel = byLabel;
  }
  // Every cell needs an executor of every label: the count (written here, since the preset's or
  // the shared one is not known to be enough) and each per-label count are at least `cells`.
  if (typeof ex.cells === "number") {
    const cells = ex.cells;
    ex.count = Math.max(typeof ex.count === "number" ? ex.count : cells, cells);
    if (ex.countByLabel !== undefined) {
      const byLabel = ex.countByLabel as Record<string, number>;
      for (const k of Object.keys(byLabel)) byLabel[k] = Math.max(byLabel[k]!, cells);
    }
  }
  if (Object.keys(ex).length > 0) o.executors = ex;
  return o;
}

/** 1–3 topologies (presets drawn with replacement, unique names), with consistent overrides. */
export function topologies(shared: Doc, labels: readonly string[]): fc.Arbitrary<Doc[]> {
  const one = fc.record(
    {
      preset: fc.constantFrom(...PRESETS),
      overrides,
      named: fc.boolean(),
    },
    { requiredKeys: ["overrides", "named"] },
  );
  return fc.array(one, { minLength: 1, maxLength: 3 }).map((list) =>
    list.map((t, i) => {
      const preset = t.preset ?? "single";
      const doc: Doc = {};
      const duplicate = list.some((u, j) => j < i && (u.preset ?? "single") === preset);
      if (t.named || duplicate) doc.name = `t${i}-${preset}`;
      if (t.preset !== undefined) doc.preset = t.preset;
      const fixed = fixOverrides(preset, t.overrides, shared, labels);
      if (Object.keys(fixed).length > 0) doc.overrides = fixed;
      return doc;
    }),
  );
}
