/**
 * A minimal markup builder for the SVG charts and the HTML reports. Attribute values are always escaped here, so a
 * call site cannot forget; text content is escaped with `text()`. Children are markup strings
 * produced by these same helpers. Numbers are rounded to 2 decimals so output is stable and small.
 */
import { escapeXml } from "./escape";

/** Attribute values; `undefined`, `null` and `false` omit the attribute; `true` writes `key="key"` (valid XML and HTML). */
export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** A number rounded to 2 decimals for coordinates ("-0" becomes "0"); non-finite values become "0". */
export function num(value: number): string {
  if (!Number.isFinite(value)) return "0";
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function attrs(list: Attrs): string {
  let out = "";
  for (const [key, value] of Object.entries(list)) {
    if (value === undefined || value === null || value === false) continue;
    if (value === true) out += ` ${key}="${key}"`;
    else out += ` ${key}="${typeof value === "number" ? num(value) : escapeXml(value)}"`;
  }
  return out;
}

/** An element with escaped attributes and the given markup children; no children → self-closing. */
export function tag(name: string, attributes: Attrs = {}, ...children: string[]): string {
  const open = `<${name}${attrs(attributes)}`;
  return children.length === 0 ? `${open}/>` : `${open}>${children.join("")}</${name}>`;
}

/** An HTML element: like `tag`, but never self-closing (HTML has no `<td/>`). */
export function htmlTag(name: string, attributes: Attrs = {}, ...children: string[]): string {
  return `<${name}${attrs(attributes)}>${children.join("")}</${name}>`;
}

/** An HTML void element (`<meta>`, `<br>`): attributes only, no end tag. */
export function voidTag(name: string, attributes: Attrs = {}): string {
  return `<${name}${attrs(attributes)}>`;
}

/** Escaped text content. */
export function text(value: unknown): string {
  return escapeXml(value);
}

/** A `<text>` element with escaped content. */
export function svgText(x: number, y: number, content: string, extra: Attrs = {}): string {
  return tag("text", { x, y, ...extra }, text(content));
}

/** A group translated by (x, y). */
export function group(x: number, y: number, ...children: string[]): string {
  return tag("g", { transform: `translate(${num(x)},${num(y)})` }, ...children);
}
