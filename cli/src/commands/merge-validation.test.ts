/**
 * `merge` reads shard files that travelled between machines: a damaged or hand-edited one is
 * refused with exit 2 naming the file and the field, never merged into a silently wrong result
 * nor crashing (exit 3).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../errors";
import { decodeJson, encodeJson } from "../io/exact-json";
import { runsDigest, type ShardFile } from "../parallel/shard";
import { runInProcess, tempDir } from "./test-run";

const SHARD = ["run", "single-controller", "--replications", "3", "--horizon", "6h", "--quiet"];

let shard: ShardFile;
beforeAll(async () => {
  const run = await runInProcess([...SHARD, "--shard", "1/1", "--json"]);
  expect(run.code).toBe(EXIT.ok);
  shard = decodeJson(run.out) as ShardFile;
});

/** Writes `doc` as shard file `name` and merges it; returns what merge printed. */
async function mergeOne(doc: unknown, name = "shard-1-of-1.json") {
  const dir = tempDir();
  writeFileSync(join(dir, name), typeof doc === "string" ? doc : encodeJson(doc));
  const merged = await runInProcess(["merge", name, "--out", "merged"], dir);
  expect(merged.err).not.toMatch(/\n\s+at /);
  expect(merged.err).not.toContain("internal error");
  return merged;
}

/** A deep copy of the shard with `edit` applied, its digest recomputed when `redigest`. */
function tampered(edit: (s: ShardFile) => void, redigest = true): ShardFile {
  const copy = decodeJson(encodeJson(shard)) as ShardFile;
  edit(copy);
  if (redigest) copy.runsDigest = runsDigest(copy.runs);
  return copy;
}

describe("merge refuses broken shard files with exit 2", () => {
  it("merges the untouched shard (the control case)", async () => {
    const merged = await mergeOne(shard);
    expect(merged.code).toBe(EXIT.ok);
  });

  it.each([
    ["an empty object", {}, 'not a shard file (no "format": "resilab-shard")'],
    ["null", null, "not a shard file"],
    ["a list", [], "not a shard file"],
  ])("%s", async (_what, doc, message) => {
    const merged = await mergeOne(doc);
    expect(merged.code).toBe(EXIT.badInput);
    expect(merged.err).toContain(`shard-1-of-1.json: ${message}`);
  });

  it("no tool field", async () => {
    const merged = await mergeOne(
      tampered((s) => {
        delete (s as Partial<ShardFile>).tool;
      }),
    );
    expect(merged.code).toBe(EXIT.badInput);
    expect(merged.err).toContain("shard-1-of-1.json: tool: got nothing; allowed: an object");
  });

  it("a null run", async () => {
    const merged = await mergeOne(
      tampered((s) => {
        (s.runs as unknown[])[1] = null;
      }),
    );
    expect(merged.code).toBe(EXIT.badInput);
    expect(merged.err).toContain("shard-1-of-1.json: runs[1]: got null; allowed: an object");
  });

  it("impossible values, even with a recomputed digest: availability 5, succeeded −7", async () => {
    const merged = await mergeOne(
      tampered((s) => {
        s.runs[0]!.result.service.availability = 5;
        s.runs[2]!.result.pipelines.succeeded = -7;
      }),
    );
    expect(merged.code).toBe(EXIT.badInput);
    expect(merged.err).toContain("2 problems");
    expect(merged.err).toContain(
      "shard-1-of-1.json: runs[0].result.service.availability: got 5; allowed: a fraction in [0, 1]",
    );
    expect(merged.err).toContain(
      "shard-1-of-1.json: runs[2].result.pipelines.succeeded: got -7; allowed: a whole number ≥ 0",
    );
  });

  it("a plausible value changed by hand: the runs digest no longer matches", async () => {
    const merged = await mergeOne(
      tampered((s) => {
        s.runs[0]!.result.service.availability = 0.5;
      }, false),
    );
    expect(merged.code).toBe(EXIT.badInput);
    expect(merged.err).toContain("shard-1-of-1.json: runsDigest: the runs do not match their digest");
  });

  it("a run moved to another task (topology, replication swapped)", async () => {
    const merged = await mergeOne(
      tampered((s) => {
        s.runs[0]!.result.replication = 2;
      }),
    );
    expect(merged.code).toBe(EXIT.badInput);
    expect(merged.err).toContain(
      'runs: task 0: got "single-vm" replication 2; allowed: "single-vm" replication 0',
    );
  });

  it("a shard without a runs digest (an older format)", async () => {
    const merged = await mergeOne(
      tampered((s) => {
        delete (s as Partial<ShardFile>).runsDigest;
      }, false),
    );
    expect(merged.code).toBe(EXIT.badInput);
    expect(merged.err).toContain("shard-1-of-1.json: no runsDigest");
  });

  it("a truncated file", async () => {
    const merged = await mergeOne(encodeJson(shard).slice(0, 5000));
    expect(merged.code).toBe(EXIT.badInput);
    expect(merged.err).toContain("shard-1-of-1.json: not a JSON document");
  });
});
