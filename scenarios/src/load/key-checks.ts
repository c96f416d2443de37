/**
 * Mapping keys no scenario field can have, found in the YAML before it becomes data: a key that
 * is itself a mapping, a list or an object-valued scalar (`{[a, b]: 1}`, `!!binary …`:
 * JavaScript objects would turn it into text and the YAML library would print a warning on
 * stderr), and `__proto__`, which a
 * JavaScript object cannot hold as a field — a mapping with free keys (`countByLabel`) would lose
 * it silently instead of reporting it.
 */
import { type Document, isAlias, isCollection, isMap, isPair, isScalar, isSeq, type Node } from "yaml";

/** A key refused, with where it is (character offset in the text) and how it reads. */
export interface BadKey {
  /** Path of the mapping holding the key, then the key as text. */
  path: (string | number)[];
  offset: number;
  key: string;
  allowed: string;
}

const PLAIN = "a field name (a plain word or quoted text)";

/** Every bad key of the document, in text order. */
export function badKeys(doc: Document): BadKey[] {
  const found: BadKey[] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        const offset = key?.range?.[0] ?? 0;
        // A tagged scalar can be an object too (`!!binary` gives bytes): the same problem.
        const objectScalar = isScalar(key) && typeof key.value === "object" && key.value !== null;
        if (isCollection(key) || isAlias(key) || objectScalar) {
          const text = String(key).replace(/\s+/g, " ").slice(0, 60);
          found.push({ path: [...path, text], offset, key: text, allowed: PLAIN });
          continue;
        }
        const name = isScalar(key) ? String(key.value) : "";
        if (name === "__proto__") {
          found.push({ path: [...path, name], offset, key: name, allowed: `${PLAIN}, not __proto__` });
          continue;
        }
        walk(pair.value, [...path, name]);
      }
    } else if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) walk(node.items[i], [...path, i]);
    }
  };
  walk(doc.contents, []);
  return found;
}
