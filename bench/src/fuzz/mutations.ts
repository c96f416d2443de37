/**
 * Mutated scenario texts: a valid document with one thing broken — a value of the wrong type, a
 * number out of range, huge or not a number, an unknown or misspelt key, a missing key, deep
 * nesting, control characters in names, a value moved from elsewhere — or the YAML text itself
 * damaged (truncated, duplicate keys, several documents, an alias bomb, tabs, NUL bytes, a BOM).
 * `mustFail` says whether the loader has to refuse the result; otherwise either outcome is fine
 * as long as it is a structured one.
 */
import fc from "fast-check";
import { blockYaml, type DocValue, flowYaml } from "./yaml-text";

type Path = (string | number)[];

/** What a mutation did, for the report and for the "error names the field" check. */
export interface Mutation {
  kind: string;
  /** Dotted path of the value changed (document mutations; "" for text damage). */
  path: string;
  /** True when no loader may accept the result. */
  mustFail: boolean;
  /** Another path an error may name instead (a misspelt key's original, now missing). */
  alsoPath?: string;
}

export interface MutatedText {
  text: string;
  mutation: Mutation;
}

/** Every path to a value of `doc` (objects, lists and leaves), root excluded. */
export function documentPaths(doc: DocValue, prefix: Path = []): Path[] {
  if (Array.isArray(doc))
    return doc.flatMap((item, i) => [[...prefix, i], ...documentPaths(item, [...prefix, i])]);
  if (typeof doc === "object" && doc !== null)
    return Object.entries(doc).flatMap(([k, v]) => [[...prefix, k], ...documentPaths(v, [...prefix, k])]);
  return [];
}

function getAt(doc: DocValue, path: Path): DocValue {
  let node: DocValue = doc;
  for (const seg of path) node = (node as Record<string | number, DocValue>)[seg]!;
  return node;
}

function setAt(doc: DocValue, path: Path, value: DocValue | undefined): DocValue {
  const copy = structuredClone(doc);
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, DocValue>;
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = value;
  return copy;
}

/** Renames a key in place, keeping the key order (so the text moves as little as possible). */
function renameAt(doc: DocValue, path: Path, to: string): DocValue {
  const copy = structuredClone(doc);
  const parent = getAt(copy, path.slice(0, -1)) as Record<string, DocValue>;
  const from = path[path.length - 1] as string;
  const entries = Object.entries(parent).map(([k, v]) => [k === from ? to : k, v] as const);
  for (const k of Object.keys(parent)) delete parent[k];
  for (const [k, v] of entries) parent[k] = v;
  return copy;
}

const isScalar = (v: DocValue) => typeof v !== "object" || v === null;

function nested(depth: number, asList: boolean): DocValue {
  let value: DocValue = 1;
  for (let i = 0; i < depth; i++) value = asList ? [value] : { a: value };
  return value;
}

function typo(key: string, how: number, at: number): string {
  const i = at % Math.max(1, key.length - 1);
  switch (how % 5) {
    case 0:
      return key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2); // swapped letters
    case 1:
      return key.slice(0, i) + key.slice(i + 1); // dropped letter
    case 2:
      return key.slice(0, i) + key[i] + key.slice(i); // doubled letter
    case 3:
      return key.toUpperCase();
    default:
      return `${key}s`;
  }
}

const WRONG_TYPES: DocValue[] = [true, "text", 42, -3.5, [], {}, null, ["a", 1], { x: 1 }, "", "12abc"];
const OUT_OF_RANGE: DocValue[] = [-1, -1e9, 0, 0.5, 2, 101, 1e21, 2 ** 53 + 2, 1e308, 1.7e308, 4294967296];
const NOT_NUMBERS: DocValue[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  "NaN",
  "Infinity",
  "-Infinity",
  ".nan",
  "1e999",
  "nan%",
  "1e999s",
];
const HUGE: DocValue[] = [
  "1e11s",
  "1e10s",
  "99999999999d",
  "1e300/h",
  "1e308",
  1e11,
  "1e6",
  1_000_000,
  10_000_000,
  1e9,
];
const CONTROL_NAMES = [
  "\u001b[2J\u001b[Hgone",
  "bell\u0007\u0007",
  "nul\u0000byte",
  "\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007",
  "line\nbreak",
  "\u202eevil",
  "tab\tname",
];
const UNKNOWN_KEYS = [
  "colour",
  "mtbff",
  "sede",
  "__proto__",
  "constructor",
  "toString",
  "x".repeat(300),
  "ключ",
  "\u001b[31mred",
];

/** Applies document mutation `kind` at the `pick`-th path of `doc`. */
function mutateDocument(
  doc: DocValue,
  kind: number,
  pick: number,
  choice: number,
): { doc: DocValue; mutation: Mutation } {
  const paths = documentPaths(doc);
  const path = paths[pick % paths.length]!;
  const at = path.join(".");
  const leafPaths = paths.filter((p) => isScalar(getAt(doc, p)));
  const leaf = leafPaths[pick % leafPaths.length]!;
  const leafOld = getAt(doc, leaf);
  const numberPaths = leafPaths.filter((p) => typeof getAt(doc, p) === "number");
  const numberPath = numberPaths[pick % Math.max(1, numberPaths.length)] ?? leaf;
  const objectPaths: Path[] = [
    [],
    ...paths.filter((p) => {
      const v = getAt(doc, p);
      return typeof v === "object" && v !== null && !Array.isArray(v);
    }),
  ];
  const objectPath = objectPaths[pick % objectPaths.length]!;
  const keyPaths = paths.filter((p) => typeof p[p.length - 1] === "string");
  switch (kind) {
    case 0: {
      const value = WRONG_TYPES[choice % WRONG_TYPES.length]!;
      // A scalar replaced by a list, a mapping or null fits no field of the format.
      const mustFail = isScalar(leafOld) && (value === null || typeof value === "object");
      return {
        doc: setAt(doc, leaf, value),
        mutation: { kind: "wrong-type", path: leaf.join("."), mustFail },
      };
    }
    case 1:
      return {
        doc: setAt(doc, numberPath, OUT_OF_RANGE[choice % OUT_OF_RANGE.length]!),
        mutation: { kind: "out-of-range", path: numberPath.join("."), mustFail: false },
      };
    case 2: {
      const isNumber = typeof getAt(doc, numberPath) === "number";
      return {
        doc: setAt(doc, numberPath, NOT_NUMBERS[choice % NOT_NUMBERS.length]!),
        mutation: { kind: "not-a-number", path: numberPath.join("."), mustFail: isNumber },
      };
    }
    case 3:
      return {
        doc: setAt(doc, leaf, HUGE[choice % HUGE.length]!),
        mutation: { kind: "huge-number", path: leaf.join("."), mustFail: false },
      };
    case 4: {
      const key = UNKNOWN_KEYS[choice % UNKNOWN_KEYS.length]!;
      const target = getAt(doc, objectPath) as Record<string, DocValue>;
      if (Object.hasOwn(target, key)) return mutateDocument(doc, 5, pick, choice);
      const copy = structuredClone(doc);
      const node = getAt(copy, objectPath) as Record<string, DocValue>;
      Object.defineProperty(node, key, { value: 1, enumerable: true, writable: true, configurable: true });
      return {
        doc: copy,
        mutation: { kind: "unknown-key", path: [...objectPath, key].join("."), mustFail: true },
      };
    }
    case 5: {
      const keyPath = keyPaths[pick % keyPaths.length]!;
      const key = keyPath[keyPath.length - 1] as string;
      const renamed = typo(key, choice, pick);
      const parent = getAt(doc, keyPath.slice(0, -1)) as Record<string, DocValue>;
      if (renamed === key || Object.hasOwn(parent, renamed)) return mutateDocument(doc, 6, pick, choice);
      return {
        doc: renameAt(doc, keyPath, renamed),
        mutation: {
          kind: "typo-key",
          path: [...keyPath.slice(0, -1), renamed].join("."),
          mustFail: true,
          alsoPath: keyPath.join("."),
        },
      };
    }
    case 6:
      return { doc: setAt(doc, path, undefined), mutation: { kind: "remove", path: at, mustFail: false } };
    case 7: {
      const depth = [20, 80, 300, 1000][choice % 4]!;
      return {
        doc: setAt(doc, leaf, nested(depth, choice % 2 === 0)),
        mutation: { kind: `nesting-${depth}`, path: leaf.join("."), mustFail: true },
      };
    }
    case 8: {
      const names = paths.filter((p) => p[p.length - 1] === "name" && typeof getAt(doc, p) === "string");
      const namePath = names[pick % names.length]!;
      const value = CONTROL_NAMES[choice % CONTROL_NAMES.length]!;
      return {
        doc: setAt(doc, namePath, value),
        mutation: { kind: "control-characters", path: namePath.join("."), mustFail: false },
      };
    }
    case 9: {
      const lists = paths.filter((p) => Array.isArray(getAt(doc, p)));
      if (lists.length === 0) return mutateDocument(doc, 6, pick, choice);
      const listPath = lists[pick % lists.length]!;
      return {
        doc: setAt(doc, listPath, []),
        mutation: { kind: "empty-list", path: listPath.join("."), mustFail: false },
      };
    }
    default: {
      const from = paths[(pick * 7 + choice) % paths.length]!;
      return {
        doc: setAt(doc, path, structuredClone(getAt(doc, from))),
        mutation: { kind: "moved-value", path: at, mustFail: false },
      };
    }
  }
}

const ALIAS_BOMB =
  'a: &a ["x","x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';

/** Damages the YAML text itself. */
function mutateText(text: string, kind: number, pick: number, choice: number): MutatedText {
  const lines = text.split("\n");
  const line = pick % Math.max(1, lines.length - 1);
  const pos = pick % Math.max(1, text.length);
  const damage = (name: string, result: string, mustFail = false): MutatedText => ({
    text: result,
    mutation: { kind: name, path: "", mustFail },
  });
  switch (kind) {
    case 0:
      return damage("truncated", text.slice(0, pos));
    case 1:
      return damage(
        "duplicate-line",
        [...lines.slice(0, line + 1), lines[line]!, ...lines.slice(line + 1)].join("\n"),
      );
    case 2:
      return damage("second-document", `${text}---\n${text}`, true);
    case 3:
      return damage("alias-bomb", `${ALIAS_BOMB}${text}`, true);
    case 4:
      return damage("tab-indent", lines.map((l, i) => (i === line ? l.replace(/^ +/, "\t") : l)).join("\n"));
    case 5:
      return damage("nul-byte", `${text.slice(0, pos)}\u0000${text.slice(pos)}`);
    case 6:
      return damage("bom-crlf", `\uFEFF${text.replaceAll("\n", "\r\n")}`);
    case 7: {
      const tagged = text.replace(/^name: /m, "name: !!js/function ");
      return damage("unknown-tag", tagged, tagged !== text);
    }
    case 8:
      return damage("replacement-char", `${text.slice(0, pos)}\uFFFD\uD800${text.slice(pos)}`);
    default: {
      const junk = ["{", "]", ": :", "- -", "&x", "*nothere", "!!binary", "'", '"', "? ", "|", "%YAML 1.1"][
        choice % 12
      ]!;
      return damage("junk", text.slice(0, pos) + junk + text.slice(pos));
    }
  }
}

/** A mutation plan: which kind, where and which payload (indices taken modulo what exists). */
export const mutationPlan = fc.record({
  onText: fc.boolean(),
  kind: fc.nat({ max: 10 }),
  pick: fc.nat({ max: 10_000 }),
  choice: fc.nat({ max: 100 }),
  flow: fc.boolean(),
});

export type MutationPlan = typeof mutationPlan extends fc.Arbitrary<infer T> ? T : never;

/** Applies `plan` to a valid document and renders the text. */
export function mutate(doc: DocValue, plan: MutationPlan): MutatedText {
  if (plan.onText) {
    const text = plan.flow ? `${flowYaml(doc)}\n` : blockYaml(doc);
    return mutateText(text, plan.kind % 10, plan.pick, plan.choice);
  }
  const { doc: mutated, mutation } = mutateDocument(doc, plan.kind, plan.pick, plan.choice);
  return { text: plan.flow ? `${flowYaml(mutated)}\n` : blockYaml(mutated), mutation };
}
