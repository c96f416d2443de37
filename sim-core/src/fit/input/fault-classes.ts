/**
 * The scenario's fault classes (`faults.<class>` in docs/scenario-format.md) that an incident
 * may belong to, and how an export's class names are matched to them: case-insensitively,
 * ignoring spaces and punctuation (`Control Plane`, `control-plane` and `controlPlane` are one),
 * or through the user's class map for names of their own (a PagerDuty service name, say).
 */

import { FAULT_CLASS_NAMES, type FaultClassName } from "../../model/fault-classes";
import { didYouMean } from "../../random/did-you-mean";

export { FAULT_CLASS_NAMES, type FaultClassName };

const BY_KEY = new Map<string, FaultClassName>(FAULT_CLASS_NAMES.map((name) => [name.toLowerCase(), name]));

function key(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** The fault class `text` names, or undefined. */
export function faultClassOf(text: string): FaultClassName | undefined {
  return BY_KEY.get(key(text));
}

/** A did-you-mean hint for an unknown class name, or undefined. */
export function faultClassHint(text: string): string | undefined {
  return didYouMean(text, FAULT_CLASS_NAMES);
}

/**
 * Resolves a class cell: first the user's map (keys compared trimmed and case-insensitively),
 * then the fault class names.
 */
export function resolveClass(
  text: string,
  classMap: ReadonlyMap<string, FaultClassName>,
): FaultClassName | undefined {
  return classMap.get(text.trim().toLowerCase()) ?? faultClassOf(text);
}
