/**
 * The fault classes of the scenario format (the keys of `faults`), in its order: the one list the
 * validator, the incident fit, the fuzzer and the docs' tables are checked against, so a class
 * added to the model cannot be missed by one of them.
 */

/** The platform's dependencies (modelled in `run/dependencies.ts`), in the format's order. */
export const DEPENDENCY_CLASSES = [
  "controlPlane",
  "ingress",
  "dns",
  "scm",
  "registry",
  "artifactStore",
] as const;

/** One of DEPENDENCY_CLASSES. */
export type DependencyClass = (typeof DEPENDENCY_CLASSES)[number];

/** Every fault class, in the format's order. */
export const FAULT_CLASS_NAMES = [
  "controller",
  "executor",
  "node",
  "zone",
  "store",
  "agentPartition",
  ...DEPENDENCY_CLASSES,
  "release",
  // Disaster recovery (`run/disaster-recovery.ts`).
  "region",
  "corruption",
] as const;

/** One of FAULT_CLASS_NAMES. */
export type FaultClassName = (typeof FAULT_CLASS_NAMES)[number];
