/**
 * Turns the SVG strings of `@resilab/reports` into a plain tree the lab renders as React
 * elements, so chart markup is never injected with innerHTML. The reports already escape every
 * scenario-derived string; this is the second wall: a strict reader that keeps only an
 * allow-list of presentational SVG elements and attributes (no scripts, no event handlers, no
 * links, no styles, no foreign content) and decodes text to plain strings React escapes again.
 */

/** An element of the sanitized tree. */
export interface SvgElement {
  tag: string;
  attrs: Record<string, string>;
  children: SvgChild[];
}

/** Text or an element. */
export type SvgChild = SvgElement | string;

/** Elements charts may contain; anything else is dropped with its content. */
export const SVG_ELEMENTS: ReadonlySet<string> = new Set([
  "svg",
  "g",
  "title",
  "desc",
  "rect",
  "line",
  "path",
  "circle",
  "ellipse",
  "polyline",
  "polygon",
  "text",
  "tspan",
]);

/** Presentational attributes charts may carry; anything else (on*, href, style…) is dropped. */
export const SVG_ATTRIBUTES: ReadonlySet<string> = new Set([
  "xmlns",
  "width",
  "height",
  "viewBox",
  "role",
  "aria-label",
  "aria-hidden",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "stroke-linecap",
  "stroke-linejoin",
  "paint-order",
  "opacity",
  "text-anchor",
  "dominant-baseline",
  "transform",
  "x",
  "y",
  "x1",
  "x2",
  "y1",
  "y2",
  "dx",
  "dy",
  "cx",
  "cy",
  "r",
  "rx",
  "ry",
  "d",
  "points",
]);

// Paint values that reference something (url(#…)) could point outside the chart; colours only.
const PAINT = new Set(["fill", "stroke"]);
const SAFE_PAINT = /^(#[0-9a-fA-F]{3,8}|none|currentColor|[a-zA-Z]+|rgba?\([\d\s.,%]+\))$/;

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes XML character and entity references; unknown ones stay as written. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith("#")) {
      const code = body[1] === "x" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : "\uFFFD";
    }
    return ENTITY[body] ?? whole;
  });
}

const TAG = /<\/?([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** What reading dropped, for tests and diagnostics. */
export interface SanitizeReport {
  droppedElements: string[];
  droppedAttributes: string[];
}

/**
 * Reads an SVG document into a sanitized tree. Throws on markup that is not well-formed (an
 * unclosed or mismatched tag): a chart that cannot be read is shown as an error, not guessed at.
 */
export function readSvg(markup: string, report?: SanitizeReport): SvgElement {
  const root: SvgElement = { tag: "#root", attrs: {}, children: [] };
  const stack: { element: SvgElement; keep: boolean; name: string }[] = [
    { element: root, keep: true, name: "#root" },
  ];
  let pos = 0;
  while (pos < markup.length) {
    const lt = markup.indexOf("<", pos);
    const textEnd = lt === -1 ? markup.length : lt;
    if (textEnd > pos) {
      const top = stack.at(-1)!;
      const content = decodeEntities(markup.slice(pos, textEnd));
      if (top.keep && top.element !== root && content.trim() !== "") top.element.children.push(content);
      pos = textEnd;
      continue;
    }
    // Comments, CDATA, processing instructions and doctypes carry nothing a chart needs.
    const skip = /^<!--[\s\S]*?-->|^<!\[CDATA\[[\s\S]*?\]\]>|^<\?[\s\S]*?\?>|^<![^>]*>/.exec(
      markup.slice(pos, pos + 100_000),
    );
    if (skip !== null) {
      pos += skip[0].length;
      continue;
    }
    TAG.lastIndex = pos;
    const m = TAG.exec(markup);
    if (m === null) throw new SyntaxError(`chart markup is not well-formed at offset ${pos}`);
    pos = TAG.lastIndex;
    const name = m[1]!;
    const closing = m[0].startsWith("</");
    if (closing) {
      const top = stack.pop();
      if (top === undefined || top.name !== name)
        throw new SyntaxError(`chart markup closes <${name}> out of order`);
      continue;
    }
    const parent = stack.at(-1)!;
    const allowed = parent.keep && SVG_ELEMENTS.has(name);
    if (!allowed && parent.keep) report?.droppedElements.push(name);
    const element: SvgElement = { tag: name, attrs: {}, children: [] };
    if (allowed) {
      for (const a of m[2]!.matchAll(ATTR)) {
        const key = a[1]!;
        const value = decodeEntities(a[2] ?? a[3] ?? "");
        if (SVG_ATTRIBUTES.has(key) && (!PAINT.has(key) || SAFE_PAINT.test(value.trim())))
          element.attrs[key] = value;
        else report?.droppedAttributes.push(key);
      }
      parent.element.children.push(element);
    }
    if (m[3] !== "/") stack.push({ element, keep: allowed, name });
  }
  if (stack.length !== 1) throw new SyntaxError(`chart markup leaves <${stack.at(-1)!.name}> open`);
  const svg = root.children.find((c): c is SvgElement => typeof c !== "string" && c.tag === "svg");
  if (svg === undefined) throw new SyntaxError("chart markup has no <svg> element");
  return svg;
}

/** React's name for an SVG attribute: camelCase, except aria-* and names React takes as written. */
export function reactAttributeName(name: string): string {
  if (name.startsWith("aria-") || name === "viewBox") return name;
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** The tree as serialized SVG again (escaped), e.g. to export exactly what is shown. */
export function writeSvg(element: SvgElement): string {
  const esc = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const attrs = Object.entries(element.attrs)
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join("");
  if (element.children.length === 0) return `<${element.tag}${attrs}/>`;
  const body = element.children.map((c) => (typeof c === "string" ? esc(c) : writeSvg(c))).join("");
  return `<${element.tag}${attrs}>${body}</${element.tag}>`;
}
