/**
 * Optional parts of a topology the form can switch on, so their knobs (`feature-knobs.ts`,
 * `recoveryKnobs`) appear: boot growth with the build history, restart storms, backups and a
 * cross-region recovery strategy. Each is written into the topology's `overrides` with the
 * starting values of the examples in docs/scenario-format.md (then tuned with the knobs);
 * removing one is done in the YAML.
 */
import type { TopologyConfig } from "@resilab/sim-core";
import { setScalar } from "../yaml/yaml-edit";

/** A part a topology may lack. */
export interface OptionalPart {
  id: string;
  label: string;
  /** Path under the topology's `overrides`. */
  path: readonly string[];
  /** The YAML written there. */
  raw: string;
  /** Whether the composed topology already has the part. */
  present(config: TopologyConfig): boolean;
}

export const OPTIONAL_PARTS: readonly OptionalPart[] = [
  {
    id: "boot-growth",
    label: "boot that grows with the build history",
    path: ["controllers", "bootGrowth"],
    raw: "{ perBuild: 0.5s, keepBuilds: 2000 }",
    present: (c) => c.controllers.bootGrowth !== undefined,
  },
  {
    id: "restart-storm",
    label: "restart storm (agents reconnecting)",
    path: ["controllers", "restartStorm"],
    raw: "{ perAgent: 2s, slowFactor: 2 }",
    present: (c) => c.controllers.restartStorm !== undefined,
  },
  {
    id: "backup",
    label: "backups and restores",
    path: ["recovery", "backup"],
    raw: "{ interval: 4h }",
    present: (c) => c.recovery?.backup !== undefined,
  },
  {
    id: "region",
    label: "recovery from a region loss",
    path: ["recovery", "region"],
    // Not backup-restore: that strategy needs a backup section to restore from.
    raw: "{ strategy: warm-standby }",
    present: (c) => c.recovery?.region !== undefined,
  },
];

/** The parts topology `config` does not have yet. */
export function missingParts(config: TopologyConfig): OptionalPart[] {
  return OPTIONAL_PARTS.filter((p) => !p.present(config));
}

/** Writes `part` into the overrides of topology `index`. */
export function addPart(text: string, index: number, part: OptionalPart): string {
  return setScalar(text, ["topologies", index, "overrides", ...part.path], part.raw);
}
