import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { userCwd } from "./cli-io";

describe("userCwd", () => {
  it("prefers the caller's directory recorded by pnpm in INIT_CWD", () => {
    expect(userCwd({ INIT_CWD: tmpdir() })).toBe(tmpdir());
  });

  it("falls back to the process directory when INIT_CWD is absent, relative or gone", () => {
    expect(userCwd({})).toBe(process.cwd());
    expect(userCwd({ INIT_CWD: "relative/dir" })).toBe(process.cwd());
    expect(userCwd({ INIT_CWD: "/no/such/directory/anywhere" })).toBe(process.cwd());
  });
});
