/** Shard + merge equals the single run, byte for byte (docs/scale-out.md). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT } from "../errors";
import { directoryContents, runInProcess, SHORT_PROFILE, tempDir } from "./test-run";

const SWEEP = [
  "sweep",
  ...SHORT_PROFILE,
  "--param",
  "faults.controller.mttr",
  "--values",
  "10m,2h",
  "--workers",
  "2",
];

describe("--shard and merge", () => {
  it("merging all shards of a sweep gives the unsharded sweep's bytes", async () => {
    const dir = tempDir();
    const single = await runInProcess([...SWEEP, "--out", join(dir, "single")]);
    expect(single.code).toBe(EXIT.ok);
    for (const shard of ["1/3", "2/3", "3/3"]) {
      const run = await runInProcess([...SWEEP, "--shard", shard, "--out", join(dir, "shards")]);
      expect(run.code).toBe(EXIT.ok);
      expect(run.err).toContain(`shard ${shard}`);
    }
    const shardFiles = readdirSync(join(dir, "shards")).sort();
    expect(shardFiles).toEqual(["shard-1-of-3.json", "shard-2-of-3.json", "shard-3-of-3.json"]);
    // Merge in a scrambled order: the task index, not the file order, decides.
    const merged = await runInProcess([
      "merge",
      ...[2, 0, 1].map((i) => join(dir, "shards", shardFiles[i]!)),
      "--out",
      join(dir, "merged"),
    ]);
    expect(merged.code).toBe(EXIT.ok);
    expect(directoryContents(join(dir, "merged"))).toEqual(directoryContents(join(dir, "single")));
    expect(readFileSync(join(dir, "merged", "result.json"), "utf8")).toBe(
      readFileSync(join(dir, "single", "result.json"), "utf8"),
    );
  });

  it("refuses an incomplete or mixed set of shards", async () => {
    const dir = tempDir();
    for (const shard of ["1/2", "2/2"]) await runInProcess([...SWEEP, "--shard", shard, "--out", dir]);
    await runInProcess([
      "run",
      ...SHORT_PROFILE,
      "--seed",
      "99",
      "--shard",
      "1/2",
      "--out",
      join(dir, "other"),
    ]);
    const missing = await runInProcess(["merge", join(dir, "shard-1-of-2.json")]);
    expect(missing.code).toBe(EXIT.badInput);
    expect(missing.err).toContain("missing shard 2 of 2");
    const twice = await runInProcess([
      "merge",
      join(dir, "shard-1-of-2.json"),
      join(dir, "shard-1-of-2.json"),
    ]);
    expect(twice.err).toContain("shard 1 is also given as");
    const mixed = await runInProcess([
      "merge",
      join(dir, "shard-1-of-2.json"),
      join(dir, "other", "shard-1-of-2.json"),
    ]);
    expect(mixed.code).toBe(EXIT.badInput);
    expect(mixed.err).toMatch(/scenario [0-9a-f]+ differs/);
  });
});
