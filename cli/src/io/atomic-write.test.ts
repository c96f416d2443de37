import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InterruptedError } from "../errors";
import { writeFilesAtomically } from "./atomic-write";

const files = [
  { name: "a.json", content: "{}\n" },
  { name: "b.md", content: "# b\n" },
];

describe("writeFilesAtomically", () => {
  it("writes every file and leaves no temporary file behind", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "resilab-")), "nested", "out");
    const written = writeFilesAtomically(dir, files);
    expect(written).toEqual([join(dir, "a.json"), join(dir, "b.md")]);
    expect(readdirSync(dir).sort()).toEqual(["a.json", "b.md"]);
    expect(readFileSync(join(dir, "b.md"), "utf8")).toBe("# b\n");
  });

  it("writes nothing when interrupted before the write", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "resilab-")), "out");
    const abort = new AbortController();
    abort.abort();
    expect(() => writeFilesAtomically(dir, files, abort.signal)).toThrow(InterruptedError);
    expect(() => readdirSync(dir)).toThrow();
  });

  it("removes its temporary files when a write fails", () => {
    const dir = mkdtempSync(join(tmpdir(), "resilab-"));
    expect(() =>
      writeFilesAtomically(dir, [...files, { name: "sub/missing-dir/c.txt", content: "x" }]),
    ).toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
