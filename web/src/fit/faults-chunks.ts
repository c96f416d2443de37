/**
 * The `faults:` YAML that `faultsYaml` (sim-core/src/fit/faults-yaml.ts) writes, split into its
 * header comment and one chunk per class, so each class can be placed into a scenario on its
 * own. The format is the one that function writes (two-space indents): a class starts at a line
 * with exactly two spaces of indent, either `  <class>:` (fitted) or `  # <class>: not fitted
 * (<why>)…` (too little data: comments only).
 */
import { FAULT_CLASS_NAMES, type FaultClassName } from "@resilab/sim-core";

/** One class of the fitted block; `lines` are de-indented (the class line at column 0). */
export interface FaultsChunk {
  cls: FaultClassName;
  fitted: boolean;
  lines: string[];
}

/** The header comment lines (before `faults:`) and the classes, in the fit's order. */
export interface FittedFaults {
  header: string[];
  chunks: FaultsChunk[];
}

const CLASS_START = /^ {2}(# )?([A-Za-z]+):/;
const KNOWN = new Set<string>(FAULT_CLASS_NAMES);

/** Splits the output of `faultsYaml`; throws when `yaml` is not that shape (a defect, not user input). */
export function splitFaultsYaml(yaml: string): FittedFaults {
  const lines = yaml.replace(/\n$/, "").split("\n");
  const at = lines.findIndex((l) => /^faults:( \{\})?$/.test(l));
  if (at === -1) throw new Error("the fitted YAML has no faults: line");
  const chunks: FaultsChunk[] = [];
  for (const line of lines.slice(at + 1)) {
    const start = CLASS_START.exec(line);
    if (start !== null && KNOWN.has(start[2]!)) {
      chunks.push({ cls: start[2] as FaultClassName, fitted: start[1] === undefined, lines: [] });
    } else if (chunks.length === 0 || !line.startsWith("    ")) {
      throw new Error(`unexpected line in the fitted YAML: ${JSON.stringify(line)}`);
    }
    chunks.at(-1)!.lines.push(line.slice(2));
  }
  return { header: lines.slice(0, at), chunks };
}

/** `lines` moved right by `indent` spaces (blank lines stay blank). */
export function indented(lines: readonly string[], indent: number): string[] {
  const pad = " ".repeat(indent);
  return lines.map((l) => (l === "" ? l : pad + l));
}

/** The keys a fitted class writes (the rest of an existing class is kept or dropped, see apply-faults). */
export function chunkKeys(chunk: FaultsChunk): Set<string> {
  const keys = new Set<string>();
  for (const l of chunk.lines) {
    const m = /^ {2}([A-Za-z]+):/.exec(l);
    if (m !== null) keys.add(m[1]!);
  }
  return keys;
}
