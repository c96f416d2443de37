/**
 * Replaces the whole value at a path — a scalar, a flow list or mapping, or a block one — with
 * new YAML text, for values the form writes as a unit (a list of days). Everything outside the
 * value stays byte for byte; a block value becomes flow text after its key's colon (comments
 * between its lines go with it).
 * A missing key is created the way `setScalar` creates it.
 */
import { setScalar, YamlEditError } from "./yaml-edit";
import { nodeAt, type YPath } from "./yaml-nodes";
import { readYaml } from "./yaml-tree";

/** Sets the value at `path` to `raw` (one line of YAML, e.g. `[mon, tue]`), whatever it held. */
export function replaceValue(text: string, path: YPath, raw: string): string {
  const root = readYaml(text);
  if (root === null)
    throw new YamlEditError("the text uses YAML the form cannot edit (or is not valid YAML)");
  const node = nodeAt(root, path);
  if (node === undefined || node === null || node.kind === "scalar") return setScalar(text, path, raw);
  if (node.flow) return text.slice(0, node.start) + raw + text.slice(node.end);
  // A block value starts on the line after its key: replace from the key's colon to its end.
  const parent = nodeAt(root, path.slice(0, -1));
  const key = path.at(-1);
  const pair = parent?.kind === "map" ? parent.pairs.find((p) => p.key === key) : undefined;
  if (pair === undefined) throw new YamlEditError(`${path.join(".")} is a list item written in block style`);
  return `${text.slice(0, pair.colon)} ${raw}${text.slice(node.end)}`;
}
