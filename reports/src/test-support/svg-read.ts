/**
 * Test support: pulls elements out of a chart's SVG string (attributes and direct text), so
 * tests can check geometry (a line sits where the target is) rather than only snapshots.
 */

/** One element: its attributes and its text up to the next tag. */
export interface FoundElement {
  attrs: Record<string, string>;
  text: string;
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

function decode(s: string): string {
  return s.replace(/&amp;|&lt;|&gt;|&quot;|&#39;/g, (e) => ENTITIES[e]!);
}

/** Every `<name …>` element in document order. */
export function findElements(svg: string, name: string): FoundElement[] {
  const out: FoundElement[] = [];
  const re = new RegExp(`<${name}((?:\\s+[\\w:.-]+="[^"]*")*)\\s*/?>([^<]*)`, "g");
  for (const m of svg.matchAll(re)) {
    const attrs: Record<string, string> = {};
    for (const a of m[1]!.matchAll(/([\w:.-]+)="([^"]*)"/g)) attrs[a[1]!] = decode(a[2]!);
    out.push({ attrs, text: decode(m[2] ?? "") });
  }
  return out;
}

/** The x of the tick label whose text is `label` (axis groups only translate vertically). */
export function tickX(svg: string, label: string): number {
  const t = findElements(svg, "text").find((e) => e.text === label && e.attrs["text-anchor"] === "middle");
  if (!t) throw new Error(`no tick labelled ${label}`);
  return Number(t.attrs.x);
}

/** Rounds every number with more than 3 decimals to 3, and puts each tag on its own line, for golden files. */
export function normaliseSvg(svg: string): string {
  return `${svg.replace(/-?\d+\.\d{4,}/g, (n) => String(Number(Number(n).toFixed(3)))).replace(/></g, ">\n<")}\n`;
}

/** Every colour used in fill or stroke attributes. */
export function coloursUsed(svg: string): Set<string> {
  return new Set([...svg.matchAll(/(?:fill|stroke)="(#[0-9A-Fa-f]{6})"/g)].map((m) => m[1]!.toUpperCase()));
}
