/**
 * The real entry point, as users launch it: through `pnpm resilab` (tsx, worker threads loading
 * TypeScript), with real exit codes, and Ctrl-C stopping a run cleanly with nothing written.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tempDir } from "./commands/test-run";
import { EXIT } from "./errors";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function finished(child: ChildProcess): Promise<{ code: number | null; out: string; err: string }> {
  let out = "";
  let err = "";
  child.stdout?.on("data", (chunk) => (out += chunk));
  child.stderr?.on("data", (chunk) => (err += chunk));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, out, err })));
}

/** `pnpm --silent resilab …` from the repository root, exactly as the README says. */
function pnpmResilab(args: string[]) {
  return finished(
    spawn("pnpm", ["--silent", "resilab", ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] }),
  );
}

/** The entry point run directly (Node + tsx), so that a signal reaches the CLI and not pnpm. */
function nodeResilab(args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=@resilab/source", "cli/src/main.ts", ...args],
    {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env,
    },
  );
}

describe("pnpm resilab", () => {
  it("runs on worker threads and prints the result document with --json", async () => {
    const { code, out, err } = await pnpmResilab([
      "run",
      "default-comparison",
      "--replications",
      "1",
      "--horizon",
      "6h",
      "--workers",
      "2",
      "--json",
      "--quiet",
    ]);
    expect(err).toBe("");
    expect(code).toBe(EXIT.ok);
    const result = JSON.parse(out);
    expect(result).toMatchObject({
      schemaVersion: 1,
      tool: { name: "resilab" },
      scenario: { name: "default-comparison" },
    });
    expect(result.topologies).toHaveLength(5);
  });

  it("exits 2 with a one-line message and no stack trace on a missing file", async () => {
    const { code, err } = await pnpmResilab(["run", "no-such-scenario.yaml"]);
    expect(code).toBe(EXIT.badInput);
    expect(err).toContain("resilab: no-such-scenario.yaml: no such file");
    expect(err).not.toMatch(/\n\s+at /);
  });
});

describe("Ctrl-C", () => {
  it.each(["SIGINT", "SIGTERM"] as const)(
    "%s stops a long run with exit 130 and leaves no files, not even the run spool",
    async (signal) => {
      const out = join(tempDir(), "out");
      const spools = tempDir(); // TMPDIR of the child: where its run spool goes
      const child = nodeResilab(
        ["run", "default-comparison", "--replications", "200", "--workers", "2", "--out", out],
        { ...process.env, TMPDIR: spools },
      );
      const done = finished(child);
      // Wait until the run has started (its first stderr line), let the workers get going, then
      // interrupt as a terminal (or a CI timeout) would.
      await new Promise((resolve) => child.stderr?.once("data", resolve));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(readdirSync(spools).filter((name) => name.startsWith("resilab-runs-"))).toHaveLength(1);
      child.kill(signal);
      const { code, err } = await done;
      expect(code).toBe(EXIT.interrupted);
      expect(err).toContain("interrupted; no files were written");
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
      expect(readdirSync(spools).filter((name) => name.startsWith("resilab-runs-"))).toEqual([]);
    },
  );

  it("after the last run (summary and files still to come): exit 130 at once, old outputs untouched", async () => {
    const out = join(tempDir(), "out");
    mkdirSync(out);
    writeFileSync(join(out, "result.json"), "old\n");
    const child = nodeResilab([
      "run",
      "single-controller",
      "--replications",
      "300",
      "--horizon",
      "1d",
      "--workers",
      "2",
      "--out",
      out,
    ]);
    const done = finished(child);
    // The 100 % line is printed when the last run came back, before the summary is computed.
    let seen = "";
    await new Promise<void>((resolve) =>
      child.stderr?.on("data", (chunk) => {
        seen += chunk;
        if (seen.includes("(100%)")) resolve();
      }),
    );
    child.kill("SIGINT");
    const { code, err } = await done;
    expect(code).toBe(EXIT.interrupted);
    expect(err).toContain("interrupted; no files were written");
    expect(readdirSync(out)).toEqual(["result.json"]);
    expect(readFileSync(join(out, "result.json"), "utf8")).toBe("old\n");
  });
});
