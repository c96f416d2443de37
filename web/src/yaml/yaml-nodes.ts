/**
 * The tree `readYaml` builds: mappings, sequences and scalars with their positions in the text,
 * and `nodeAt` to find a node by its path of keys and indices.
 */

/** A node and where it is in the text: `[start, end)` covers its content, without comments. */
export type YNode = YMap | YSeq | YScalar;

/** A mapping; `indent` is the column of its keys (block style). */
export interface YMap {
  kind: "map";
  flow: boolean;
  indent: number;
  start: number;
  end: number;
  pairs: YPair[];
}

/** One `key: value`; `value` is null when nothing follows the colon. `colon` is just past the colon. */
export interface YPair {
  key: string;
  keyStart: number;
  colon: number;
  value: YNode | null;
  /** End of the pair's content (the value's end, or the colon when it has none). */
  end: number;
}

/** A sequence; block items start at their dash. */
export interface YSeq {
  kind: "seq";
  flow: boolean;
  indent: number;
  start: number;
  end: number;
  items: { start: number; value: YNode | null; end: number }[];
}

/** A scalar as written (`raw`) and its string value. */
export interface YScalar {
  kind: "scalar";
  style: "plain" | "single" | "double" | "block";
  start: number;
  end: number;
  raw: string;
  value: string;
}

/** A path into the tree: map keys and sequence indices. */
export type YPath = readonly (string | number)[];

/** The node at `path`, or undefined when any step is missing (null for a key without a value). */
export function nodeAt(root: YNode | null, path: YPath): YNode | null | undefined {
  let node: YNode | null | undefined = root;
  for (const step of path) {
    if (node === null || node === undefined) return undefined;
    if (node.kind === "map" && typeof step === "string") node = node.pairs.find((p) => p.key === step)?.value;
    else if (node.kind === "seq" && typeof step === "number") {
      const item = node.items[step];
      node = item === undefined ? undefined : item.value;
    } else return undefined;
  }
  return node;
}
