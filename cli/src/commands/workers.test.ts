/** Determinism across worker counts: results are put back in task order, so bytes are equal. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT } from "../errors";
import { directoryContents, runInProcess, SHORT_PROFILE, tempDir } from "./test-run";

describe("--workers", () => {
  it("gives byte-identical outputs with 1 and 2 worker threads", async () => {
    const dir = tempDir();
    const one = await runInProcess(["run", ...SHORT_PROFILE, "--workers", "1", "--out", join(dir, "one")]);
    const two = await runInProcess(["run", ...SHORT_PROFILE, "--workers", "2", "--out", join(dir, "two")]);
    expect(one.err).toBe("");
    expect([one.code, two.code]).toEqual([EXIT.ok, EXIT.ok]);
    const a = directoryContents(join(dir, "one"));
    const b = directoryContents(join(dir, "two"));
    expect(a.map(([name]) => name)).toEqual([
      "durations.csv",
      "incidents.jsonl",
      "junit.xml",
      "pipelines.jsonl",
      "report.html",
      "result.json",
      "runs.jsonl",
      "summary.csv",
      "summary.md",
    ]);
    expect(b).toEqual(a);
    // The summary on stdout names the same numbers too (it is derived from the same result).
    expect(two.out.replaceAll(join(dir, "two"), join(dir, "one"))).toBe(one.out);
  });
});
