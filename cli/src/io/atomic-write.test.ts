import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError, InterruptedError } from "../errors";
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
    // A new output directory gets mkdir's mode (0777 less the umask), not a temporary's 0700.
    const mask = process.umask();
    expect(statSync(dir).mode & 0o777).toBe(0o777 & ~mask);
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

  it("leaves an existing directory's old files as they were when a write fails (exit 2, no stack)", () => {
    const dir = mkdtempSync(join(tmpdir(), "resilab-"));
    writeFileSync(join(dir, "a.json"), "old\n");
    expect(() =>
      writeFilesAtomically(dir, [...files, { name: "sub/missing-dir/c.txt", content: "x" }]),
    ).toThrow(InputError);
    expect(readdirSync(dir)).toEqual(["a.json"]);
    expect(readFileSync(join(dir, "a.json"), "utf8")).toBe("old\n");
  });

  it("refuses to replace a directory that has an output's name, before writing anything", () => {
    const dir = mkdtempSync(join(tmpdir(), "resilab-"));
    writeFileSync(join(dir, "a.json"), "old\n");
    mkdirSync(join(dir, "b.md"));
    expect(() => writeFilesAtomically(dir, files)).toThrow(`${join(dir, "b.md")}: is a directory`);
    expect(readFileSync(join(dir, "a.json"), "utf8")).toBe("old\n");
    expect(readdirSync(dir).sort()).toEqual(["a.json", "b.md"]);
  });
});
