import { describe, expect, it } from "vitest";
import { table } from "./table";

describe("table", () => {
  it("aligns text left and numbers right by default", () => {
    expect(
      table(
        ["name", "value"],
        [
          ["a", "1"],
          ["long name", "12.5"],
        ],
      ),
    ).toBe(["  name       value", "  a              1", "  long name   12.5"].join("\n"));
  });

  it("takes explicit alignments and counts wide characters once", () => {
    expect(table(["✓", "x"], [["✓ met", "ab"]], ["l", "l"])).toBe(["  ✓      x", "  ✓ met  ab"].join("\n"));
  });
});
