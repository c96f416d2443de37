/**
 * "Apply to scenario": writes the fitted `faults:` classes into the scenario's YAML text, in
 * place, so the user sees every fitted value (with its fit-quality comments) in the editor and
 * can change it before running. Like the form's edits (web/src/yaml/yaml-edit.ts), everything
 * else in the text stays byte for byte:
 *
 * - a fitted class that the scenario has is replaced as a whole (its key line to its last value),
 *   keeping only what the fit does not estimate and does not contradict: `slowFactor`, and
 *   `modes` when the file stated no modes; `clock` (the fit measured wall-clock times) and
 *   `repairByMode` (it would override the fitted repair) are removed and reported;
 * - a fitted class the scenario lacks is added at the end of `faults`;
 * - a class with too little data keeps the scenario's entry, with the fit's reason as a comment;
 * - the fit's header comment goes above `faults:`.
 *
 * Applying again replaces the earlier fit's header and notes instead of stacking them.
 */
import type { FaultClassName } from "@resilab/sim-core";
import { YamlEditError } from "../yaml/yaml-edit";
import type { YMap, YNode, YPair } from "../yaml/yaml-nodes";
import { readYaml } from "../yaml/yaml-tree";
import { chunkKeys, type FaultsChunk, type FittedFaults, indented } from "./faults-chunks";

/** What an apply did, for the panel's message. */
export interface ApplyResult {
  text: string;
  replaced: FaultClassName[];
  added: FaultClassName[];
  /** Classes the fit could not estimate (the scenario's entry, if any, is kept). */
  notFitted: FaultClassName[];
  /** Keys of replaced classes that were removed although the fit does not write them. */
  dropped: { cls: FaultClassName; keys: string[] }[];
}

/** Keys of an existing class kept under the fitted values when the fit does not write them. */
const KEEP = new Set(["slowFactor", "modes"]);
/** Keys the fit replaces (written or implied: an exponential choice replaces a distribution). */
const FITTED = new Set(["mtbf", "mttr", "timeToFailure", "repair", "modes"]);

interface Edit {
  start: number;
  end: number;
  insert: string;
}

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf("\n", pos - 1) + 1;
}

function lineEnd(text: string, pos: number): number {
  const nl = text.indexOf("\n", pos);
  return nl === -1 ? text.length : nl;
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.insert + out.slice(e.end);
  return out;
}

function rootMap(text: string): YMap {
  const root = readYaml(text);
  if (root === null || root.kind !== "map" || root.flow)
    throw new YamlEditError(
      "the scenario uses YAML the lab cannot edit in place; copy the fitted block into it by hand",
    );
  return root;
}

function faultsPair(root: YMap): YPair | undefined {
  return root.pairs.find((p) => p.key === "faults");
}

/** A flow `faults: { … }` rewritten as a block mapping, so classes can be replaced line by line. */
function toBlock(text: string, pair: YPair, value: YMap, indent: number): string {
  const pad = " ".repeat(indent);
  const lines = value.pairs.map((p) => pad + text.slice(p.keyStart, p.end).replace(/\s*\n\s*/g, " "));
  return (
    text.slice(0, pair.colon) + (lines.length === 0 ? "" : `\n${lines.join("\n")}`) + text.slice(value.end)
  );
}

/** Removes an earlier apply's header above `faults:` and its "not fitted" notes inside it. */
function stripEarlierFit(text: string, pair: YPair, root: YMap, indent: number): string {
  const edits: Edit[] = [];
  const keyLine = lineStart(text, pair.keyStart);
  const above = text.slice(0, keyLine).split("\n").slice(0, -1);
  let first = above.length;
  while (first > 0 && /^\s*#/.test(above[first - 1]!)) first--;
  const header = above.slice(first).findIndex((l) => /^\s*# Fitted by resilab fit from /.test(l));
  if (header !== -1) {
    const from = above.slice(0, first + header).join("\n").length + (first + header > 0 ? 1 : 0);
    edits.push({ start: from, end: keyLine, insert: "" });
  }
  const next = root.pairs[root.pairs.indexOf(pair) + 1];
  const regionEnd = next === undefined ? text.length : lineStart(text, next.keyStart);
  const note = new RegExp(`^ {${indent}}# [A-Za-z]+: not fitted \\(`);
  const deeper = new RegExp(`^ {${indent + 1},}#`);
  let pos = lineEnd(text, pair.keyStart) + 1;
  while (pos < regionEnd) {
    const end = lineEnd(text, pos);
    if (note.test(text.slice(pos, end))) {
      let stop = Math.min(end + 1, text.length);
      while (stop < regionEnd && deeper.test(text.slice(stop, lineEnd(text, stop))))
        stop = Math.min(lineEnd(text, stop) + 1, text.length);
      edits.push({ start: pos, end: stop, insert: "" });
      pos = stop;
    } else pos = end + 1;
  }
  return applyEdits(text, edits);
}

/** The text of an existing class's pair `p`, re-indented from `from` to `to` columns. */
function movedPair(text: string, p: YPair, from: number, to: number): string[] {
  const [first, ...rest] = text.slice(p.keyStart, p.end).split("\n");
  const shift = (l: string) =>
    to >= from ? " ".repeat(to - from) + l : l.slice(Math.min(from - to, l.search(/\S|$/)));
  return [" ".repeat(to) + first!, ...rest.map(shift)];
}

function replacement(
  text: string,
  chunk: FaultsChunk,
  existing: YNode | null,
  indent: number,
): { lines: string[]; dropped: string[] } {
  const lines = indented(chunk.lines, indent);
  const dropped: string[] = [];
  if (existing?.kind === "map") {
    const written = chunkKeys(chunk);
    for (const p of existing.pairs) {
      if (written.has(p.key)) continue;
      if (KEEP.has(p.key)) {
        const from = existing.flow ? 0 : existing.indent;
        lines.push(...movedPair(text, p, from, indent + 2));
      } else if (!FITTED.has(p.key)) dropped.push(p.key);
    }
  }
  return { lines, dropped };
}

/** Writes `fitted` into the scenario `text`; throws `YamlEditError` when the text cannot be edited in place. */
export function applyFittedFaults(text: string, fitted: FittedFaults): ApplyResult {
  const result: ApplyResult = { text, replaced: [], added: [], notFitted: [], dropped: [] };
  for (const c of fitted.chunks) if (!c.fitted) result.notFitted.push(c.cls);
  if (fitted.chunks.every((c) => !c.fitted))
    throw new YamlEditError("the fit has no class with enough data to apply");
  let root = rootMap(text);
  let pair = faultsPair(root);
  const classIndent = root.indent + 2;
  if (pair === undefined) {
    const at = lineEnd(text, root.end);
    const block = [
      ...indented(fitted.header, root.indent),
      `${" ".repeat(root.indent)}faults:`,
      ...fitted.chunks.flatMap((c) => indented(c.lines, classIndent)),
    ];
    for (const c of fitted.chunks) if (c.fitted) result.added.push(c.cls);
    result.text = `${text.slice(0, at)}\n${block.join("\n")}${text.slice(at)}`;
    return result;
  }
  const value = pair.value;
  if (value !== null && value.kind !== "map")
    throw new YamlEditError(
      `faults holds a ${value.kind === "seq" ? "list" : "value"}, not a mapping of fault classes`,
    );
  if (value?.flow === true) {
    text = toBlock(text, pair, value, classIndent);
    root = rootMap(text);
    pair = faultsPair(root)!;
  }
  const blockIndent = pair.value?.kind === "map" ? pair.value.indent : classIndent;
  text = stripEarlierFit(text, pair, root, blockIndent);
  root = rootMap(text);
  pair = faultsPair(root)!;
  const map = pair.value?.kind === "map" ? pair.value : null;
  const edits: Edit[] = [];
  const appended: string[] = [];
  for (const chunk of fitted.chunks) {
    const old = map?.pairs.find((p) => p.key === chunk.cls);
    if (!chunk.fitted) {
      const note = indented(chunk.lines, blockIndent);
      if (old === undefined) appended.push(...note);
      else {
        const at = lineStart(text, old.keyStart);
        edits.push({ start: at, end: at, insert: `${note.join("\n")}\n` });
      }
      continue;
    }
    if (old === undefined) {
      appended.push(...indented(chunk.lines, blockIndent));
      result.added.push(chunk.cls);
      continue;
    }
    const { lines, dropped } = replacement(text, chunk, old.value, blockIndent);
    edits.push({
      start: lineStart(text, old.keyStart),
      end: lineEnd(text, old.end),
      insert: lines.join("\n"),
    });
    result.replaced.push(chunk.cls);
    if (dropped.length > 0) result.dropped.push({ cls: chunk.cls, keys: dropped });
  }
  if (appended.length > 0) {
    const at = lineEnd(text, map === null ? pair.colon : map.end);
    edits.push({ start: at, end: at, insert: `\n${appended.join("\n")}` });
  }
  const keyLine = lineStart(text, pair.keyStart);
  edits.push({
    start: keyLine,
    end: keyLine,
    insert: `${indented(fitted.header, root.indent).join("\n")}\n`,
  });
  result.text = applyEdits(text, edits);
  return result;
}
