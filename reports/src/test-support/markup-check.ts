/**
 * A strict little markup reader for tests: checks that SVG, XML or HTML output is well formed
 * (balanced tags, quoted attributes, only valid entities) and reports which elements and
 * attributes it contains and what text a reader would see. The injection tests use it to prove
 * hostile scenario text became text, never elements or attributes.
 */

/** What a document contains. */
export interface MarkupSummary {
  elements: Set<string>;
  attributes: Set<string>;
  /** Decoded text content and attribute values, joined by newlines. */
  text: string;
}

const VOID_HTML = new Set(["meta", "br", "link", "img", "input", "hr", "wbr", "col", "source"]);
const RAW_TEXT = new Set(["style", "script"]);
const ENTITY = /&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);/y;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  for (let i = raw.indexOf("&"); i >= 0; i = raw.indexOf("&", i + 1)) {
    ENTITY.lastIndex = i;
    if (!ENTITY.test(raw)) throw new Error(`bare "&" in ${where}: ${JSON.stringify(raw.slice(i, i + 20))}`);
  }
  return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (_, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number.parseInt(e.slice(1), 10));
    const named = NAMED[e];
    if (named === undefined) throw new Error(`unknown entity &${e}; in ${where}`);
    return named;
  });
}

/** Reads `markup` as XML (`"xml"`, also for SVG) or HTML; throws on any well-formedness error. */
export function checkMarkup(markup: string, mode: "xml" | "html"): MarkupSummary {
  const elements = new Set<string>();
  const attributes = new Set<string>();
  const texts: string[] = [];
  const stack: string[] = [];
  let i = 0;
  while (i < markup.length) {
    const lt = markup.indexOf("<", i);
    const chunk = markup.slice(i, lt < 0 ? markup.length : lt);
    if (chunk.includes(">") && mode === "xml")
      throw new Error(`raw ">" in text: ${JSON.stringify(chunk.slice(0, 40))}`);
    texts.push(decode(chunk, "text"));
    if (lt < 0) break;
    if (markup.startsWith("<!--", lt)) {
      i = markup.indexOf("-->", lt) + 3;
      continue;
    }
    if (markup.startsWith("<?xml", lt) || /^<!DOCTYPE html>/i.test(markup.slice(lt, lt + 15))) {
      i = markup.indexOf(">", lt) + 1;
      continue;
    }
    const close = /^<\/([a-zA-Z][\w:-]*)\s*>/.exec(markup.slice(lt));
    if (close) {
      const name = close[1]!;
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}> at ${lt}`);
      i = lt + close[0].length;
      continue;
    }
    const open = /^<([a-zA-Z][\w:-]*)((?:\s+[\w:.-]+(?:="[^"<]*"|='[^'<]*'|=[^\s"'=<>`]+)?)*)\s*(\/?)>/.exec(
      markup.slice(lt),
    );
    if (!open) throw new Error(`malformed tag at ${lt}: ${JSON.stringify(markup.slice(lt, lt + 60))}`);
    const name = open[1]!;
    elements.add(name.toLowerCase());
    for (const a of open[2]!.matchAll(/([\w:.-]+)(?:="([^"]*)"|='([^']*)'|=([^\s"'=<>`]+))?/g)) {
      if (a[2] === undefined && a[3] === undefined && mode === "xml")
        throw new Error(`attribute ${a[1]} without a quoted value`);
      attributes.add(a[1]!.toLowerCase());
      texts.push(decode(a[2] ?? a[3] ?? a[4] ?? "", `attribute ${a[1]}`));
    }
    i = lt + open[0].length;
    const selfClosing = open[3] === "/" || (mode === "html" && VOID_HTML.has(name.toLowerCase()));
    if (selfClosing) continue;
    if (mode === "html" && RAW_TEXT.has(name.toLowerCase())) {
      const end = markup.indexOf(`</${name}>`, i);
      if (end < 0) throw new Error(`unterminated <${name}>`);
      i = end + name.length + 3;
      continue;
    }
    stack.push(name);
  }
  if (stack.length > 0) throw new Error(`unclosed elements: ${stack.join(", ")}`);
  return { elements, attributes, text: texts.join("\n") };
}
