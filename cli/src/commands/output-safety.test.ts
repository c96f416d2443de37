/**
 * Outputs are all or nothing: a bad --out is refused before anything runs (exit 2), a write that
 * fails or a Ctrl-C at any phase leaves the old outputs exactly as they were.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { libraryText, loadScenario } from "@resilab/scenarios";
import { runExperiment } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli";
import { EXIT, InterruptedError } from "../errors";
import { type CliIo, memoryIo } from "../io/cli-io";
import { publish } from "./publish";
import { directoryContents, runInProcess, SHORT_PROFILE, tempDir } from "./test-run";

/** An output directory holding an old run's files, and `report.html` as a directory. */
function oldOutputs(withReportDir: boolean): string {
  const dir = join(tempDir(), "out");
  mkdirSync(dir);
  for (const name of ["result.json", "summary.csv", "summary.md", "junit.xml", "notes.txt"])
    writeFileSync(join(dir, name), `old ${name}\n`);
  if (withReportDir) {
    mkdirSync(join(dir, "report.html"));
    writeFileSync(join(dir, "report.html", "keep.txt"), "mine\n");
  }
  return dir;
}

/** Every file below `dir` with its bytes. */
function tree(dir: string): [string, string][] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((path) => [path, readFileSync(path, "utf8")]);
}

describe("--out is checked before anything runs", () => {
  it.each([
    ["a file", (d: string) => join(d, "file.txt"), "is a file"],
    ["below a file", (d: string) => join(d, "file.txt", "sub", "out"), "lies below the file"],
    ["under /proc", () => "/proc/resilab-out", "cannot write in /proc"],
    ["under /proc, deeper", () => "/proc/self/resilab/out", "cannot write in /proc/self"],
  ])("%s: exit 2 with a clear message, nothing run", async (_what, target, message) => {
    const dir = tempDir();
    writeFileSync(join(dir, "file.txt"), "x");
    const io = memoryIo({ cwd: dir });
    const code = await runCli(["run", ...SHORT_PROFILE, "--out", target(dir)], io);
    const err = io.err.join("");
    expect(code).toBe(EXIT.badInput);
    expect(err).toContain(message);
    expect(err).not.toContain("runs on");
    expect(err).not.toMatch(/\n\s+at /);
  });

  it("a directory named like an output (report.html): exit 2, the old directory untouched", async () => {
    const dir = oldOutputs(true);
    const before = tree(dir);
    const run = await runInProcess(["run", ...SHORT_PROFILE, "--out", dir]);
    expect(run.code).toBe(EXIT.badInput);
    expect(run.err).toContain(`${join(dir, "report.html")}: is a directory`);
    expect(tree(dir)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual([
      "junit.xml",
      "notes.txt",
      "report.html",
      "result.json",
      "summary.csv",
      "summary.md",
    ]);
  });

  it("a good run replaces the old outputs, keeps other files, and leaves no temporary files", async () => {
    const dir = oldOutputs(false);
    const run = await runInProcess(["run", ...SHORT_PROFILE, "--out", dir]);
    expect(run.code).toBe(EXIT.ok);
    const names = readdirSync(dir).sort();
    expect(names).toContain("notes.txt");
    expect(names.filter((n) => n.startsWith("."))).toEqual([]);
    expect(readdirSync(join(dir, "..")).filter((n) => n.startsWith("."))).toEqual([]);
    expect(directoryContents(dir).find(([n]) => n === "result.json")![1]).toContain('"schemaVersion": 1');
  });
});

describe("Ctrl-C after the runs finished", () => {
  const scenario = loadScenario(libraryText("default-comparison"), "library:default-comparison");
  const short = { ...scenario, replications: 2, horizon: 6 * 3600 };

  it("between the runs and the summary: exit 130, old outputs untouched", async () => {
    const dir = oldOutputs(false);
    const before = tree(dir);
    const abort = new AbortController();
    const base = memoryIo({ signal: abort.signal });
    // Progress lines go to stderr; the last one (100 %) comes after the last run finished.
    const io: CliIo = {
      ...base,
      stderr: (text) => {
        base.stderr(text);
        if (text.includes("(100%)")) abort.abort();
      },
    };
    const code = await runCli(["run", ...SHORT_PROFILE.filter((a) => a !== "--quiet"), "--out", dir], io);
    expect(code).toBe(EXIT.interrupted);
    expect(base.err.join("")).toContain("interrupted; no files were written");
    expect(tree(dir)).toEqual(before);
  });

  it("while the files are rendered: nothing is written", async () => {
    const dir = oldOutputs(false);
    const before = tree(dir);
    const result = runExperiment(short, { toolVersion: "test" });
    const abort = new AbortController();
    const io = memoryIo({ signal: abort.signal });
    const publishing = publish({ kind: "experiment", result }, io, {
      dir,
      json: false,
      differences: false,
      inconclusive: "fail",
    });
    abort.abort(); // lands while publish waits at its first checkpoint
    await expect(publishing).rejects.toThrow(InterruptedError);
    expect(tree(dir)).toEqual(before);
    expect(io.out).toEqual([]);
  });
});
