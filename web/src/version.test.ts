import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TOOL_VERSION } from "./version";

describe("TOOL_VERSION", () => {
  it("equals the CLI's version, so lab and CLI results carry the same bytes", () => {
    const cli = JSON.parse(readFileSync(new URL("../../cli/package.json", import.meta.url), "utf8")) as {
      version: string;
    };
    expect(TOOL_VERSION).toBe(cli.version);
  });
});
