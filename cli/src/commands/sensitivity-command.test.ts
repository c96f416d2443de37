/** `resilab sensitivity` and `run --uncertainty` end to end, on short profiles. */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT } from "../errors";
import { runInProcess, SHORT_PROFILE, tempDir } from "./test-run";

const STUDY = ["sensitivity", ...SHORT_PROFILE, "--params", "2", "--bisect", "0"];

describe("resilab sensitivity", () => {
  it("gives the same bytes with 1 or 2 workers, and sharded then merged", async () => {
    const dir = tempDir();
    const one = await runInProcess([...STUDY, "--workers", "1", "--out", join(dir, "one")]);
    expect(one.code).toBe(EXIT.ok);
    expect(one.out).toContain("The scenario lists no assumptions: using the default set");
    expect(one.out).toContain("Parameters, most decisive first:");
    const two = await runInProcess([...STUDY, "--workers", "2", "--out", join(dir, "two")]);
    expect(two.code).toBe(EXIT.ok);
    const json = (d: string) => readFileSync(join(dir, d, "sensitivity.json"), "utf8");
    expect(json("two")).toBe(json("one"));
    expect(readdirSync(join(dir, "one")).sort()).toEqual(["sensitivity.html", "sensitivity.json"]);
    for (const shard of ["1/2", "2/2"]) {
      const run = await runInProcess([...STUDY, "--shard", shard, "--out", join(dir, "shards")]);
      expect(run.code).toBe(EXIT.ok);
    }
    const files = readdirSync(join(dir, "shards")).sort();
    expect(files).toEqual(["sensitivity-shard-1-of-2.json", "sensitivity-shard-2-of-2.json"]);
    const merged = await runInProcess([
      "sensitivity",
      "--merge",
      ...files.reverse().map((f) => join(dir, "shards", f)),
      "--out",
      join(dir, "merged"),
      "--quiet",
    ]);
    expect(merged.err).toBe("");
    expect(merged.code).toBe(EXIT.ok);
    expect(json("merged")).toBe(json("one"));
    const missing = await runInProcess(["sensitivity", "--merge", join(dir, "shards", files[0]!)]);
    expect(missing.code).toBe(EXIT.badInput);
    expect(missing.err).toMatch(/missing shard/);
  });

  it("names a bad --params or --method, and a bad assumption path at its line", async () => {
    const params = await runInProcess([...STUDY.slice(0, -4), "--params", "faults.controler.mttr"]);
    expect(params.code).toBe(EXIT.badInput);
    expect(params.err).toContain("did you mean faults.controller.mttr?");
    const method = await runInProcess([...STUDY, "--method", "sobol"]);
    expect(method.code).toBe(EXIT.badInput);
    expect(method.err).toContain("allowed: tornado, morris");
    const dir = tempDir();
    const file = join(dir, "bad.yaml");
    const text = readFileSync(join(process.cwd(), "scenarios/library/default-comparison.yaml"), "utf8");
    writeFileSync(file, `${text}assumptions:\n  - { path: faults.contoller.mttr, factor: [0.5, 2] }\n`);
    const bad = await runInProcess(["sensitivity", file, "--dry-run"]);
    expect(bad.code).toBe(EXIT.badInput);
    const line = text.split("\n").length + 1;
    expect(bad.err).toContain(`bad.yaml:${line}:`);
    expect(bad.err).toContain("did you mean faults.controller.mttr?");
  });
});

describe("run --uncertainty", () => {
  it("writes the uncertainty result and report, with both parts of every interval", async () => {
    const dir = tempDir();
    const draws = await runInProcess(["run", ...SHORT_PROFILE, "--uncertainty", "--draws", "1"]);
    expect(draws.code).toBe(EXIT.badInput);
    expect(draws.err).toContain("--draws");
    const ok = await runInProcess([
      "compare",
      ...SHORT_PROFILE,
      "--uncertainty",
      "--draws",
      "3",
      "--out",
      dir,
    ]);
    expect(ok.code).toBe(EXIT.ok);
    expect(ok.out).toContain("Total 95 % (parameters + noise)");
    const result = JSON.parse(readFileSync(join(dir, "uncertainty.json"), "utf8"));
    expect(result).toMatchObject({ kind: "uncertainty", draws: 3, replications: 2 });
    expect(result.samples).toHaveLength(3);
    expect(readFileSync(join(dir, "uncertainty.html"), "utf8")).toContain(
      "Verdicts with parameter uncertainty",
    );
  });
});
