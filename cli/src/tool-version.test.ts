import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TOOL_VERSION } from "./tool-version";

describe("TOOL_VERSION", () => {
  it("is cli/package.json's version (printed on every output)", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      version: string;
    };
    expect(TOOL_VERSION).toBe(pkg.version);
  });
});
