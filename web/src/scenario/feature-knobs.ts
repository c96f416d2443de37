/**
 * Numeric knobs for the optional parts of a topology added with planned changes, restart
 * storms, load, per-label executors and disaster recovery. Each is shown only when the composed
 * topology has that part (the field hides on undefined), so a design that does not use a feature
 * shows no knob for it; the part is switched on in the YAML (or by a preset) and tuned here.
 * Values are in sim-core units (seconds, fractions, GB); defaults are sim-core's own constants.
 */
import {
  BACKUP_DEFAULTS,
  expandTopology,
  RESTORE_DEFAULTS,
  STATE_SIZE_DEFAULTS,
  STRATEGY_DEFAULTS,
  type TopologyConfig,
} from "@resilab/sim-core";
import type { KnobUnit, NumericKnob } from "./knob-values";

const HOUR = 3600;
const DAY = 86_400;

interface Spec {
  id: string;
  label: string;
  help: string;
  unit: KnobUnit;
  /** Path under the topology's `overrides`. */
  path: readonly string[];
  min: number;
  max: number;
  log: boolean;
  step?: number;
  get(config: TopologyConfig): number | undefined;
}

function knob(index: number, spec: Spec): NumericKnob {
  const { get, path, id, ...rest } = spec;
  return {
    ...rest,
    id: `topology-${index}-${id}`,
    path: ["topologies", index, "overrides", ...path],
    read: (s) => {
      const t = s.topologies[index];
      return t === undefined ? undefined : get(expandTopology(t, index, s.shared));
    },
  };
}

function controllerSpecs(config: TopologyConfig): Spec[] {
  const c = config.controllers;
  const specs: Spec[] = [];
  if (c.upgrade?.cutover !== undefined)
    specs.push({
      id: "upgrade-cutover",
      label: "Blue-green cutover",
      help: "How long a shard stops while a blue-green upgrade moves it to the new controllers.",
      unit: "duration",
      path: ["controllers", "upgrade", "cutover"],
      min: 1,
      max: HOUR,
      log: true,
      get: (k) => k.controllers.upgrade?.cutover,
    });
  if (c.bootGrowth !== undefined) {
    specs.push({
      id: "boot-growth-per-build",
      label: "Boot added per build in history",
      help: "Each build a controller keeps makes its boot this much longer (job history loaded at start).",
      unit: "duration",
      path: ["controllers", "bootGrowth", "perBuild"],
      min: 0.01,
      max: 60,
      log: true,
      step: 0.01,
      get: (k) => k.controllers.bootGrowth?.perBuild,
    });
    if (c.bootGrowth.keepBuilds !== undefined)
      specs.push({
        id: "boot-growth-keep-builds",
        label: "Builds kept in history",
        help: "Most builds a controller keeps (build discarder); the boot stops growing there.",
        unit: "integer",
        path: ["controllers", "bootGrowth", "keepBuilds"],
        min: 1,
        max: 1_000_000,
        log: true,
        get: (k) => k.controllers.bootGrowth?.keepBuilds,
      });
  }
  if (c.restartStorm !== undefined)
    specs.push(
      {
        id: "restart-storm-per-agent",
        label: "Restart storm: slow time per agent",
        help: "After a restart every agent reconnects: the controller runs slower for this long per agent attached.",
        unit: "duration",
        path: ["controllers", "restartStorm", "perAgent"],
        min: 0.1,
        max: 600,
        log: true,
        step: 0.1,
        get: (k) => k.controllers.restartStorm?.perAgent,
      },
      {
        id: "restart-storm-slow-factor",
        label: "Restart storm: slow-down factor",
        help: "How many times slower the controller works while agents reconnect (1 = no slow-down).",
        unit: "number",
        path: ["controllers", "restartStorm", "slowFactor"],
        min: 1,
        max: 20,
        log: true,
        step: 0.1,
        get: (k) => k.controllers.restartStorm?.slowFactor,
      },
    );
  if (c.load !== undefined)
    specs.push(
      {
        id: "load-failure-growth",
        label: "Failure growth with load",
        help: "A controller's failure rate × (1 + this × pipelines held / capacity); 0 = no growth.",
        unit: "number",
        path: ["controllers", "load", "failureGrowth"],
        min: 0,
        max: 10,
        log: false,
        step: 0.01,
        get: (k) => (k.controllers.load === undefined ? undefined : (k.controllers.load.failureGrowth ?? 0)),
      },
      {
        id: "load-boot-per-agent",
        label: "Boot added per agent attached",
        help: "Each attached agent makes a controller's boot this much longer.",
        unit: "duration",
        path: ["controllers", "load", "bootPerAgent"],
        min: 0,
        max: 60,
        log: false,
        step: 0.1,
        get: (k) => (k.controllers.load === undefined ? undefined : (k.controllers.load.bootPerAgent ?? 0)),
      },
    );
  return specs;
}

/** One knob per executor label when the topology sets per-label counts (`executors.countByLabel`). */
function labelSpecs(config: TopologyConfig): Spec[] {
  const byLabel = config.executors.countByLabel;
  if (byLabel === undefined) return [];
  const labels = [...new Set([...(config.executors.labels ?? []), ...Object.keys(byLabel)])];
  return labels.map((label) => ({
    id: `executors-label-${label}`,
    label: `Executors of label ${label}`,
    help: `Executors serving label "${label}" (default: executors per label).`,
    unit: "integer" as const,
    path: ["executors", "countByLabel", label],
    min: 1,
    max: 500,
    log: true,
    get: (k: TopologyConfig) => k.executors.countByLabel?.[label] ?? k.executors.count,
  }));
}

function recoverySpecs(config: TopologyConfig): Spec[] {
  const r = config.recovery;
  if (r === undefined) return [];
  const specs: Spec[] = [
    {
      id: "state-size-base",
      label: "State per shard at start (GB)",
      help: "GB of one shard's state at the start; a restore copies it back at the restore rate.",
      unit: "number",
      path: ["recovery", "stateSize", "base"],
      min: 0.1,
      max: 100_000,
      log: true,
      step: 0.1,
      get: (k) => k.recovery?.stateSize?.base ?? STATE_SIZE_DEFAULTS.base,
    },
    {
      id: "state-size-per-pipeline",
      label: "State added per pipeline (GB)",
      help: "GB each pipeline adds to its shard's state (build records, logs).",
      unit: "number",
      path: ["recovery", "stateSize", "perPipeline"],
      min: 0.0001,
      max: 1,
      log: true,
      step: 0.0001,
      get: (k) => k.recovery?.stateSize?.perPipeline ?? STATE_SIZE_DEFAULTS.perPipeline,
    },
    {
      id: "restore-overhead",
      label: "Restore overhead",
      help: "Fixed part of every restore (find the backup, provision, verify) before the copy.",
      unit: "duration",
      path: ["recovery", "restore", "overhead"],
      min: 60,
      max: 2 * DAY,
      log: true,
      get: (k) => k.recovery?.restore?.overhead ?? RESTORE_DEFAULTS.overhead,
    },
  ];
  if (r.backup !== undefined)
    specs.push(
      {
        id: "backup-duration",
        label: "Backup duration",
        help: "How long one backup takes; it holds the state as of its start.",
        unit: "duration",
        path: ["recovery", "backup", "duration"],
        min: 60,
        max: DAY,
        log: true,
        get: (k) =>
          k.recovery?.backup === undefined
            ? undefined
            : (k.recovery.backup.duration ?? BACKUP_DEFAULTS.duration),
      },
      {
        id: "backup-failure-probability",
        label: "Backup failure probability",
        help: "Probability that a backup is unusable (found out only at restore).",
        unit: "percent",
        path: ["recovery", "backup", "failureProbability"],
        min: 0,
        max: 0.5,
        log: false,
        get: (k) =>
          k.recovery?.backup === undefined
            ? undefined
            : (k.recovery.backup.failureProbability ?? BACKUP_DEFAULTS.failureProbability),
      },
    );
  if (r.region !== undefined)
    specs.push(
      {
        id: "region-replication-lag",
        label: "Region loss: replication lag",
        help: "State the recovery region lacks when it takes over (default per strategy).",
        unit: "duration",
        path: ["recovery", "region", "replicationLag"],
        min: 0,
        max: DAY,
        log: false,
        get: (k) => regionValue(k, "replicationLag"),
      },
      {
        id: "region-standby-scale",
        label: "Region loss: standby scale",
        help: "Fraction of the controllers running in the recovery region all the time, billed at the controllers' price.",
        unit: "percent",
        path: ["recovery", "region", "standbyScale"],
        min: 0,
        max: 1,
        log: false,
        get: (k) => regionValue(k, "standbyScale"),
      },
    );
  return specs;
}

function regionValue(c: TopologyConfig, key: "replicationLag" | "standbyScale"): number | undefined {
  const region = c.recovery?.region;
  if (region === undefined) return undefined;
  return region[key] ?? STRATEGY_DEFAULTS[region.strategy]?.[key];
}

/** The feature knobs of topology `index` (composed configuration `config`). */
export function featureKnobs(config: TopologyConfig, index: number): NumericKnob[] {
  return [...controllerSpecs(config), ...labelSpecs(config), ...recoverySpecs(config)].map((s) =>
    knob(index, s),
  );
}
