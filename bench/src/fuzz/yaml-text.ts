/**
 * A small YAML 1.2 emitter for the fuzzer's scenario documents (plain data: objects, lists,
 * strings, numbers, booleans, null). The bench package does not depend on a YAML library, and
 * the fuzzer wants control over the text anyway: block or flow style, and special floats
 * (`.nan`, `.inf`) that mutated documents carry on purpose.
 */

/** A scenario document as the fuzzer builds it: what a YAML file holds. */
export type DocValue = string | number | boolean | null | DocValue[] | { [key: string]: DocValue };

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function scalar(value: string | number | boolean | null): string {
  if (value === null) return "null";
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") {
    if (Number.isNaN(value)) return ".nan";
    if (value === Number.POSITIVE_INFINITY) return ".inf";
    if (value === Number.NEGATIVE_INFINITY) return "-.inf";
    return Object.is(value, -0) ? "-0" : String(value);
  }
  // JSON's escapes are valid inside a YAML double-quoted scalar (\uXXXX, \n, \", \\).
  return JSON.stringify(value);
}

function key(name: string): string {
  return PLAIN_KEY.test(name) && !["true", "false", "null", "yes", "no", "on", "off"].includes(name)
    ? name
    : JSON.stringify(name);
}

/** One line of flow style: `{a: 1, b: [x, y]}`. */
export function flowYaml(value: DocValue): string {
  if (Array.isArray(value)) return `[${value.map(flowYaml).join(", ")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).map(([k, v]) => `${key(k)}: ${flowYaml(v)}`);
    return `{${entries.join(", ")}}`;
  }
  return scalar(value);
}

function isContainer(value: DocValue): value is DocValue[] | { [key: string]: DocValue } {
  return typeof value === "object" && value !== null;
}

function isEmpty(value: DocValue[] | { [key: string]: DocValue }): boolean {
  return Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
}

/**
 * Block style, two spaces per level; containers nested deeper than `flowDepth` levels are written
 * in flow style on one line (as people write stages and chaos events).
 */
export function blockYaml(value: DocValue, flowDepth = 3): string {
  return `${blockLines(value, 0, flowDepth).join("\n")}\n`;
}

function blockLines(value: DocValue, depth: number, flowDepth: number): string[] {
  if (!isContainer(value) || isEmpty(value) || depth >= flowDepth) return [flowYaml(value)];
  const lines: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      const inner = blockLines(item, depth + 1, flowDepth);
      lines.push(`- ${inner[0]}`, ...inner.slice(1).map((line) => `  ${line}`));
    }
    return lines;
  }
  for (const [k, v] of Object.entries(value)) {
    if (isContainer(v) && !isEmpty(v) && depth + 1 < flowDepth) {
      lines.push(`${key(k)}:`, ...blockLines(v, depth + 1, flowDepth).map((line) => `  ${line}`));
    } else {
      lines.push(`${key(k)}: ${flowYaml(v)}`);
    }
  }
  return lines;
}
