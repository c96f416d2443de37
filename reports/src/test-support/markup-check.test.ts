import { describe, expect, it } from "vitest";
import { checkMarkup } from "./markup-check";

describe("checkMarkup (the injection tests rely on it failing)", () => {
  it("reports elements, attributes and decoded text", () => {
    const s = checkMarkup('<svg role="img"><text x="1">a &lt;b&gt; &amp; &#39;c&#39;</text></svg>', "xml");
    expect([...s.elements]).toEqual(["svg", "text"]);
    expect([...s.attributes]).toEqual(["role", "x"]);
    expect(s.text).toContain("a <b> & 'c'");
  });

  it("sees injected markup as elements and attributes", () => {
    const s = checkMarkup('<p><script>alert(1)</script><img src=x onerror="y"></p>', "html");
    expect(s.elements.has("script")).toBe(true);
    expect(s.elements.has("img")).toBe(true);
    expect(s.attributes.has("onerror")).toBe(true);
  });

  it("rejects unbalanced tags, bare ampersands and unquoted XML attributes", () => {
    expect(() => checkMarkup("<a><b></a></b>", "xml")).toThrow(/unbalanced/);
    expect(() => checkMarkup("<a>", "xml")).toThrow(/unclosed/);
    expect(() => checkMarkup("<a>x & y</a>", "xml")).toThrow(/bare "&"/);
    expect(() => checkMarkup("<a b=c></a>", "xml")).toThrow(/without a quoted value/);
    expect(() => checkMarkup("<a <b>", "xml")).toThrow(/malformed/);
    expect(() => checkMarkup("<a>1 > 0</a>", "xml")).toThrow(/raw ">"/);
  });

  it("knows HTML void elements and raw-text elements", () => {
    expect([...checkMarkup("<!DOCTYPE html><p>a<br>b<style>p > a {}</style></p>", "html").elements]).toEqual([
      "p",
      "br",
      "style",
    ]);
  });
});
