import { describe, expect, it } from "vitest";
import { safeFileName } from "./download";

describe("safeFileName", () => {
  it.each([
    ["default-comparison", "default-comparison"],
    ["My Platform (v2)", "my-platform-v2"],
    ["../../etc/passwd", "etc-passwd"],
    ['<script>alert("x")</script>', "script-alert-x-script"],
    ["Café ≤ 5 min", "cafe-5-min"],
    ["", "scenario"],
    ["???", "scenario"],
  ])("%j → %j", (name, expected) => {
    expect(safeFileName(name)).toBe(expected);
  });

  it("caps the length", () => {
    expect(safeFileName("a".repeat(500))).toHaveLength(80);
  });
});
