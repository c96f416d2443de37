import { describe, expect, it } from "vitest";
import { htmlTag, num, tag, text, voidTag } from "./markup";

describe("markup builder", () => {
  it("escapes attribute values and rounds numeric ones to 2 decimals", () => {
    expect(tag("rect", { x: 1.23456, title: '"><script>', hidden: false, none: undefined, open: true })).toBe(
      '<rect x="1.23" title="&quot;&gt;&lt;script&gt;" open="open"/>',
    );
  });

  it("writes -0 and non-finite numbers as 0", () => {
    expect(num(-0.001)).toBe("0");
    expect(num(Number.NaN)).toBe("0");
    expect(num(12.345)).toBe("12.35");
  });

  it("self-closes empty SVG elements, never HTML ones, and escapes text", () => {
    expect(tag("g", {}, tag("line"))).toBe("<g><line/></g>");
    expect(htmlTag("td", {})).toBe("<td></td>");
    expect(voidTag("br")).toBe("<br>");
    expect(htmlTag("p", {}, text("a < b & c"))).toBe("<p>a &lt; b &amp; c</p>");
  });
});
