/**
 * A position-keeping reader for the subset of YAML that scenario files use: block and flow
 * mappings and sequences, plain and quoted scalars, block scalars (`>-`, `|`) and comments. The
 * form edits the text through it, so comments and layout survive an edit. It only locates
 * values; validation stays with `@resilab/scenarios`. Anything outside the subset (anchors,
 * aliases, tags, several documents, multi-line plain scalars) makes `readYaml` return null and
 * the form steps aside for the text editor.
 */

import type { YMap, YNode, YPair, YScalar, YSeq } from "./yaml-nodes";

class Unsupported extends Error {}

const FLOW_END = /[,\]}]/;

class Reader {
  pos = 0;
  constructor(readonly text: string) {}

  fail(what: string): never {
    throw new Unsupported(`${what} at offset ${this.pos}`);
  }

  column(pos: number): number {
    return pos - (this.text.lastIndexOf("\n", pos - 1) + 1);
  }

  /** Skips spaces (not newlines) on the current line. */
  spaces(): void {
    while (this.text[this.pos] === " ") this.pos++;
  }

  /** True when only spaces and maybe a comment remain on the current line. */
  atLineEnd(): boolean {
    const rest = /^ *(#.*)?(\r?\n|$)/.exec(
      this.text.slice(this.pos, this.text.indexOf("\n", this.pos) + 1 || undefined),
    );
    return rest !== null;
  }

  /** Moves to the first character of the next line with content; returns false at the end. */
  nextContent(): boolean {
    const re = /[^\s]/g;
    for (;;) {
      re.lastIndex = this.pos;
      const m = re.exec(this.text);
      if (m === null) {
        this.pos = this.text.length;
        return false;
      }
      const lineStart = this.text.lastIndexOf("\n", m.index - 1) + 1;
      if (/\t/.test(this.text.slice(lineStart, m.index))) this.fail("tab indentation");
      if (this.text[m.index] === "#") {
        const nl = this.text.indexOf("\n", m.index);
        this.pos = nl === -1 ? this.text.length : nl + 1;
        continue;
      }
      this.pos = m.index;
      return true;
    }
  }

  /** At a `key:` (block context)? Returns the key and the offset just past its colon. */
  peekKey(): { key: string; colon: number } | null {
    const ch = this.text[this.pos];
    if (ch === '"' || ch === "'") {
      const save = this.pos;
      const scalar = this.quoted();
      this.spaces();
      const ok = this.text[this.pos] === ":" && /[ \r\n]|$/.test(this.text[this.pos + 1] ?? "");
      const colon = this.pos + 1;
      this.pos = save;
      return ok ? { key: scalar.value, colon } : null;
    }
    if (ch === undefined || /[[\]{},#&*!|>%@`-]/.test(ch)) {
      if (!(ch === "-" && !/[ \r\n]/.test(this.text[this.pos + 1] ?? "\n"))) return null;
    }
    const line = this.text.slice(this.pos, this.lineEnd(this.pos));
    const m = /^([^#]*?)\s*:(?= |$|\r)/.exec(line);
    if (m === null || / #/.test(m[1]!)) return null;
    return { key: m[1]!, colon: this.pos + m[0].length };
  }

  lineEnd(pos: number): number {
    const nl = this.text.indexOf("\n", pos);
    return nl === -1 ? this.text.length : nl;
  }

  /** A node that starts at the current position, in block context with parent indent `parent`. */
  block(parent: number): YNode {
    const col = this.column(this.pos);
    if (col <= parent) this.fail("a value that is not indented under its key");
    if (this.text[this.pos] === "-" && /[ \r\n]|^$/.test(this.text[this.pos + 1] ?? ""))
      return this.blockSeq(col);
    if (this.peekKey() !== null) return this.blockMap(col);
    return this.inline(col - 1);
  }

  blockMap(indent: number): YMap {
    const map: YMap = { kind: "map", flow: false, indent, start: this.pos, end: this.pos, pairs: [] };
    for (;;) {
      const key = this.peekKey();
      if (key === null) this.fail("a line that is not a key");
      const pair: YPair = { key: key.key, keyStart: this.pos, colon: key.colon, value: null, end: key.colon };
      if (map.pairs.some((p) => p.key === key.key)) this.fail("a duplicate key");
      this.pos = key.colon;
      this.spaces();
      if (this.atLineEnd()) {
        if (this.nextContent()) {
          const col = this.column(this.pos);
          const dash = this.text[this.pos] === "-" && /[ \r\n]|^$/.test(this.text[this.pos + 1] ?? "");
          if (col > indent) pair.value = this.block(indent);
          else if (col === indent && dash) pair.value = this.blockSeq(indent);
        }
      } else {
        pair.value = this.inline(indent);
      }
      if (pair.value !== null) pair.end = pair.value.end;
      map.pairs.push(pair);
      map.end = pair.end;
      if (!this.nextContent()) return map;
      const col = this.column(this.pos);
      if (col < indent) return map;
      if (col > indent) this.fail("a continuation line");
      if (this.text[this.pos] === "-" && /[ \r\n]/.test(this.text[this.pos + 1] ?? "\n")) return map;
    }
  }

  blockSeq(indent: number): YSeq {
    const seq: YSeq = { kind: "seq", flow: false, indent, start: this.pos, end: this.pos, items: [] };
    for (;;) {
      const start = this.pos;
      this.pos += 1;
      this.spaces();
      let value: YNode | null = null;
      if (this.atLineEnd()) {
        if (this.nextContent() && this.column(this.pos) > indent) value = this.block(indent);
      } else {
        value = this.block(indent);
      }
      const end = value?.end ?? start + 1;
      seq.items.push({ start, value, end });
      seq.end = end;
      if (!this.nextContent()) return seq;
      const col = this.column(this.pos);
      if (col < indent) return seq;
      if (col > indent) this.fail("a continuation line");
      if (!(this.text[this.pos] === "-" && /[ \r\n]|^$/.test(this.text[this.pos + 1] ?? ""))) return seq;
    }
  }

  /** A value written on the current line (flow collection, quoted, block scalar or plain). */
  inline(indent: number): YNode {
    const ch = this.text[this.pos];
    let node: YNode;
    if (ch === "{" || ch === "[") node = this.flow();
    else if (ch === '"' || ch === "'") node = this.quoted();
    else if (ch === "|" || ch === ">") return this.blockScalar(indent);
    else if (ch !== undefined && /[&*!%@`]/.test(ch))
      this.fail("an anchor, alias, tag or reserved character");
    else {
      const end = this.lineEnd(this.pos);
      const line = this.text.slice(this.pos, end);
      const hash = line.search(/ #/);
      const raw = (hash === -1 ? line : line.slice(0, hash)).replace(/\s+$/, "");
      if (/: /.test(raw)) this.fail("a plain scalar containing ': '");
      node = { kind: "scalar", style: "plain", start: this.pos, end: this.pos + raw.length, raw, value: raw };
      this.pos = node.end;
    }
    if (!this.atLineEnd()) this.fail("text after a value");
    return node;
  }

  blockScalar(indent: number): YScalar {
    const start = this.pos;
    if (!/^[|>][+-]?[1-9]?[+-]? *(#.*)?$/.test(this.text.slice(this.pos, this.lineEnd(this.pos)).trimEnd())) {
      this.fail("a block scalar header");
    }
    let end = this.lineEnd(this.pos);
    let cursor = end + 1;
    while (cursor <= this.text.length) {
      const lineEnd = this.lineEnd(cursor);
      const line = this.text.slice(cursor, lineEnd);
      if (line.trim() !== "" && this.column(cursor + line.search(/\S/)) <= indent) break;
      if (line.trim() !== "") end = lineEnd;
      if (lineEnd >= this.text.length) break;
      cursor = lineEnd + 1;
    }
    this.pos = end;
    const raw = this.text.slice(start, end);
    return { kind: "scalar", style: "block", start, end, raw, value: raw };
  }

  quoted(): YScalar {
    const start = this.pos;
    const q = this.text[this.pos]!;
    let i = this.pos + 1;
    let value = "";
    for (;;) {
      const c = this.text[i];
      if (c === undefined) this.fail("an unterminated quoted string");
      if (q === "'" && c === "'") {
        if (this.text[i + 1] === "'") {
          value += "'";
          i += 2;
          continue;
        }
        break;
      }
      if (q === '"' && c === '"') break;
      if (q === '"' && c === "\\") {
        const e = this.text[i + 1] ?? "";
        const simple: Record<string, string> = {
          n: "\n",
          t: "\t",
          '"': '"',
          "\\": "\\",
          "/": "/",
          r: "\r",
          "0": "\0",
        };
        if (e in simple) {
          value += simple[e];
          i += 2;
        } else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(this.text.slice(i + 2, i + 6))) {
          value += String.fromCharCode(Number.parseInt(this.text.slice(i + 2, i + 6), 16));
          i += 6;
        } else this.fail("an escape sequence");
        continue;
      }
      if (c === "\n") this.fail("a multi-line quoted string");
      value += c;
      i++;
    }
    this.pos = i + 1;
    return {
      kind: "scalar",
      style: q === '"' ? "double" : "single",
      start,
      end: this.pos,
      raw: this.text.slice(start, this.pos),
      value,
    };
  }

  /** Skips whitespace, newlines and comments inside a flow collection. */
  flowSpace(): void {
    for (;;) {
      const c = this.text[this.pos];
      if (c === " " || c === "\n" || c === "\r" || c === "\t") this.pos++;
      else if (c === "#") this.pos = this.lineEnd(this.pos);
      else return;
    }
  }

  flowScalar(isKey: boolean): YScalar {
    const c = this.text[this.pos];
    if (c === '"' || c === "'") return this.quoted();
    if (c === undefined || /[[\]{},&*!|>%@`#]/.test(c))
      this.fail("an unexpected character in a flow collection");
    const start = this.pos;
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos]!;
      if (FLOW_END.test(ch) || ch === "\n") break;
      if (ch === ":" && /[ ,\]}\r\n]/.test(this.text[this.pos + 1] ?? "\n") && isKey) break;
      if (ch === "#" && this.text[this.pos - 1] === " ") break;
      this.pos++;
    }
    const raw = this.text.slice(start, this.pos).replace(/\s+$/, "");
    this.pos = start + raw.length;
    if (raw === "") this.fail("an empty flow value");
    return { kind: "scalar", style: "plain", start, end: this.pos, raw, value: raw };
  }

  flowValue(): YNode {
    const c = this.text[this.pos];
    return c === "{" || c === "[" ? this.flow() : this.flowScalar(false);
  }

  flow(): YMap | YSeq {
    const start = this.pos;
    const open = this.text[this.pos];
    this.pos++;
    const close = open === "{" ? "}" : "]";
    const pairs: YPair[] = [];
    const items: YSeq["items"] = [];
    this.flowSpace();
    while (this.text[this.pos] !== close) {
      if (open === "{") {
        const keyStart = this.pos;
        const key = this.flowScalar(true);
        this.flowSpace();
        if (this.text[this.pos] !== ":") this.fail("a flow mapping entry without a colon");
        this.pos++;
        const colon = this.pos;
        this.flowSpace();
        const value = this.flowValue();
        if (pairs.some((p) => p.key === key.value)) this.fail("a duplicate key");
        pairs.push({ key: key.value, keyStart, colon, value, end: value.end });
      } else {
        const itemStart = this.pos;
        const value = this.flowValue();
        items.push({ start: itemStart, value, end: value.end });
      }
      this.flowSpace();
      if (this.text[this.pos] === ",") {
        this.pos++;
        this.flowSpace();
      } else if (this.text[this.pos] !== close) this.fail("a missing comma in a flow collection");
    }
    this.pos++;
    const indent = this.column(start);
    return open === "{"
      ? { kind: "map", flow: true, indent, start, end: this.pos, pairs }
      : { kind: "seq", flow: true, indent, start, end: this.pos, items };
  }
}

/** Reads `text` into a tree with positions; null when it uses YAML beyond the scenario subset or is malformed. */
export function readYaml(text: string): YNode | null {
  const reader = new Reader(text);
  try {
    if (!reader.nextContent()) return null;
    if (/^(---|\.\.\.|%)/.test(text.slice(reader.pos))) return null;
    const root = reader.block(-1);
    if (reader.nextContent()) return null;
    return root;
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}
