/**
 * Maps a field path (`["topologies", 0, "overrides"]`) to its line and column in the YAML text.
 * A path that does not exist in the text (a missing key, a value sim-core derived) maps to the
 * deepest node that does, so the user is pointed at the object that needs the field.
 */
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from "yaml";

/** A 1-based position in the text. */
export interface TextPosition {
  line: number;
  column: number;
}

function resolve(node: unknown, doc: Document): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  if (typeof key === "string" || typeof key === "number") return String(key);
  return undefined;
}

/**
 * The position of `path` in `doc`. With `at: "key"` and a path ending in a map key, points at the
 * key itself (for unknown keys); otherwise at the value.
 */
export function positionOf(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly (string | number)[],
  at: "key" | "value" = "value",
): TextPosition {
  let node = resolve(doc.contents, doc) as Node | null | undefined;
  let offset = node?.range?.[0] ?? 0;
  // Where the current node was named: a missing key is reported at its parent's key line.
  let namedAt = offset;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
      if (!pair) {
        offset = namedAt;
        break;
      }
      const keyNode = pair.key as Node | null;
      if (last && at === "key" && keyNode?.range) {
        offset = keyNode.range[0];
        break;
      }
      const value = resolve(pair.value, doc) as Node | null;
      offset = value?.range?.[0] ?? keyNode?.range?.[0] ?? offset;
      namedAt = keyNode?.range?.[0] ?? offset;
      node = value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = resolve(node.items[segment], doc) as Node | null | undefined;
      if (!item?.range) break;
      offset = item.range[0];
      namedAt = offset;
      node = item;
    } else {
      break;
    }
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** The scalar written at exactly `path`, if there is one (for showing "3000d" next to its seconds). */
export function scalarAt(doc: Document, path: readonly (string | number)[]): unknown {
  const node = doc.getIn(path, true);
  return isScalar(node) ? node.value : undefined;
}
