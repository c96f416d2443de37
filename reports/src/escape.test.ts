import { describe, expect, it } from "vitest";
import { escapeHtml, escapeMarkdown, escapeXml, truncate } from "./escape";

describe("escapeXml", () => {
  it("escapes the five markup characters", () => {
    expect(escapeXml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("escapes an existing entity again, so it shows literally", () => {
    expect(escapeXml("&lt;")).toBe("&amp;lt;");
  });

  it("replaces characters XML 1.0 cannot carry and keeps tab, newline and astral characters", () => {
    expect(escapeXml("a\u0000b\u0008c\u001Fd\uFFFE")).toBe("a\uFFFDb\uFFFDc\uFFFDd\uFFFD");
    expect(escapeXml("t\tn\nr\r😀")).toBe("t\tn\nr\r😀");
    expect(escapeXml("lone \uD800 high")).toBe("lone \uFFFD high");
  });

  it("converts non-strings and is the same function as escapeHtml", () => {
    expect(escapeXml(42)).toBe("42");
    expect(escapeHtml).toBe(escapeXml);
  });
});

describe("escapeMarkdown", () => {
  it("keeps a table cell in one cell and one row", () => {
    expect(escapeMarkdown("a|b\nc")).toBe("a\\|b c");
  });

  it("defuses links, emphasis and code", () => {
    expect(escapeMarkdown("[x](javascript:alert(1)) *y* `z` _w_ ~~v~~")).toBe(
      "\\[x\\](javascript:alert(1)) \\*y\\* \\`z\\` \\_w\\_ \\~\\~v\\~\\~",
    );
  });

  it("HTML-escapes after Markdown-escaping, so entities stay intact", () => {
    expect(escapeMarkdown("<script>'")).toBe("&lt;script&gt;&#39;");
  });

  it("escapes block markers only where the text starts a line", () => {
    expect(escapeMarkdown("# title", true)).toBe("\\# title");
    expect(escapeMarkdown("- item", true)).toBe("\\- item");
    expect(escapeMarkdown("> quote", true)).toBe("\\&gt; quote");
    expect(escapeMarkdown("1. item", true)).toBe("1\\. item");
    expect(escapeMarkdown("99.9 %", false)).toBe("99.9 %");
    expect(escapeMarkdown("active-active #2", true)).toBe("active-active #2");
  });
});

describe("truncate", () => {
  it("shortens by characters, not code units, and marks the cut", () => {
    expect(truncate("abcdef", 4)).toBe("abc…");
    expect(truncate("😀😀😀😀😀", 3)).toBe("😀😀…");
    expect(truncate("abc", 3)).toBe("abc");
  });
});
