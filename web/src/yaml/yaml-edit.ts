/**
 * Targeted edits of scenario YAML text: set a scalar at a path (creating missing mapping keys in
 * the file's own style), append or remove a list item. Everything else in the text — comments,
 * order, blank lines, other values — stays byte for byte. Each edit returns the new text; an
 * edit the subset reader cannot place throws `YamlEditError`.
 */
import { nodeAt, type YMap, type YNode, type YPath, type YSeq } from "./yaml-nodes";
import { readYaml } from "./yaml-tree";

/** An edit that cannot be made on this text (the path crosses a scalar, the file is outside the subset…). */
export class YamlEditError extends Error {
  override readonly name = "YamlEditError";
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf("\n", pos - 1) + 1;
}

function lineEndIncl(text: string, pos: number): number {
  const nl = text.indexOf("\n", pos);
  return nl === -1 ? text.length : nl + 1;
}

/** A scalar as YAML text: plain when that reads back as the same string, double-quoted otherwise. */
export function yamlScalar(value: string | number | boolean): string {
  if (typeof value !== "string") return String(value);
  const plain =
    value !== "" &&
    value === value.trim() &&
    !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) &&
    !/: |:$| #|[\n\r\t]/.test(value) &&
    !/^(true|false|null|~|yes|no|on|off)$/i.test(value) &&
    !/^[-+]?(\d[\d_]*\.?\d*([eE][-+]?\d+)?|\.inf|\.nan|0x[0-9a-f]+|0o[0-7]+)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

/** `k1: { k2: { … kn: value } }` for the missing keys of a path, in flow style after the first key. */
function flowChain(keys: readonly string[], raw: string): string {
  const [first, ...rest] = keys;
  const inner = rest.reduceRight((acc, key) => `{ ${yamlScalar(key)}: ${acc} }`, raw);
  return `${yamlScalar(first!)}: ${inner}`;
}

/** Lines for missing keys under a block mapping at `indent`: one block level, then flow. */
function blockChain(keys: readonly string[], raw: string, indent: number): string {
  const pad = " ".repeat(indent);
  if (keys.length <= 2) return `${pad}${flowChain(keys, raw)}`;
  return `${pad}${yamlScalar(keys[0]!)}:\n${blockChain(keys.slice(1), raw, indent + 2)}`;
}

function parse(text: string): YNode {
  const root = readYaml(text);
  if (root === null)
    throw new YamlEditError("the text uses YAML the form cannot edit (or is not valid YAML)");
  return root;
}

/**
 * Sets the scalar at `path` to `raw` (YAML text, e.g. from `yamlScalar`). Missing mapping keys
 * along the path are created; list items are never created.
 */
export function setScalar(text: string, path: YPath, raw: string): string {
  const root = parse(text);
  // Walk to the deepest node that exists.
  let node: YNode | null = root;
  let depth = 0;
  let parentPair: { map: YMap; index: number } | null = null;
  while (depth < path.length) {
    const step = path[depth]!;
    if (node === null) break;
    if (node.kind === "map" && typeof step === "string") {
      const index = node.pairs.findIndex((p) => p.key === step);
      if (index === -1) break;
      parentPair = { map: node, index };
      node = node.pairs[index]!.value;
    } else if (node.kind === "seq" && typeof step === "number") {
      const item: YSeq["items"][number] | undefined = node.items[step];
      if (item === undefined)
        throw new YamlEditError(`list item ${path.slice(0, depth + 1).join(".")} does not exist`);
      if (item.value === null)
        throw new YamlEditError(`list item ${path.slice(0, depth + 1).join(".")} is empty`);
      parentPair = null;
      node = item.value;
    } else {
      throw new YamlEditError(`${path.slice(0, depth).join(".") || "the document"} is not a mapping`);
    }
    depth++;
  }
  const missing = path.slice(depth);
  if (missing.some((s) => typeof s !== "string")) {
    throw new YamlEditError(`list items along ${path.join(".")} would have to be created`);
  }
  const keys = missing as string[];
  if (keys.length === 0) {
    if (node === null) {
      // `key:` with nothing after it: write the value after the colon.
      const pair = parentPair!.map.pairs[parentPair!.index]!;
      return splice(text, pair.colon, pair.colon, ` ${raw}`);
    }
    if (node.kind !== "scalar")
      throw new YamlEditError(`${path.join(".")} holds a ${node.kind}, not a value`);
    return splice(text, node.start, node.end, raw);
  }
  if (node === null) {
    const pair = parentPair!.map.pairs[parentPair!.index]!;
    if (parentPair!.map.flow) return splice(text, pair.colon, pair.colon, ` { ${flowChain(keys, raw)} }`);
    return splice(text, pair.colon, pair.colon, `\n${blockChain(keys, raw, parentPair!.map.indent + 2)}`);
  }
  if (node.kind !== "map") throw new YamlEditError(`${path.slice(0, depth).join(".")} is not a mapping`);
  return insertIntoMap(text, node, keys, raw);
}

function insertIntoMap(text: string, map: YMap, keys: readonly string[], raw: string): string {
  if (map.flow) {
    const last = map.pairs.at(-1);
    if (last === undefined) return splice(text, map.start, map.end, `{ ${flowChain(keys, raw)} }`);
    return splice(text, last.end, last.end, `, ${flowChain(keys, raw)}`);
  }
  return splice(text, map.end, map.end, `\n${blockChain(keys, raw, map.indent)}`);
}

function seqAt(text: string, path: YPath): { root: YNode; seq: YSeq } {
  const root = parse(text);
  const node = nodeAt(root, path);
  if (node === undefined || node === null || node.kind !== "seq") {
    throw new YamlEditError(`${path.join(".")} is not a list`);
  }
  return { root, seq: node };
}

/**
 * Appends an item to the list at `path`. `raw` is the item's YAML; for a block list it may span
 * lines (continuation lines are indented under the dash automatically).
 */
export function appendItem(text: string, path: YPath, raw: string): string {
  const { seq } = seqAt(text, path);
  if (seq.flow) {
    const last = seq.items.at(-1);
    if (last === undefined) return splice(text, seq.start, seq.end, `[${raw}]`);
    return splice(text, last.end, last.end, `, ${raw}`);
  }
  const pad = " ".repeat(seq.indent);
  const body = raw.split("\n").join(`\n${pad}  `);
  return splice(text, seq.end, seq.end, `\n${pad}- ${body}`);
}

/** Removes item `index` of the list at `path` with its lines; the last item leaves `[]`. */
export function removeItem(text: string, path: YPath, index: number): string {
  const { root, seq } = seqAt(text, path);
  const item = seq.items[index];
  if (item === undefined) throw new YamlEditError(`list item ${[...path, index].join(".")} does not exist`);
  if (seq.items.length === 1) {
    if (seq.flow) return splice(text, seq.start, seq.end, "[]");
    const parent = nodeAt(root, path.slice(0, -1));
    const key = path.at(-1);
    const pair = parent?.kind === "map" ? parent.pairs.find((p) => p.key === key) : undefined;
    if (pair === undefined) throw new YamlEditError(`cannot empty the list at ${path.join(".")}`);
    const end = text.indexOf("\n", seq.end);
    return splice(text, pair.colon, end === -1 ? text.length : end, " []");
  }
  if (seq.flow) {
    const next = seq.items[index + 1];
    if (next !== undefined) return splice(text, item.start, next.start, "");
    const prev = seq.items[index - 1]!;
    return splice(text, prev.end, item.end, "");
  }
  return splice(text, lineStart(text, item.start), lineEndIncl(text, item.end), "");
}
