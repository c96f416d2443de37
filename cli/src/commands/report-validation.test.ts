/**
 * `report` reads a result.json that may have been edited or damaged: it is refused with exit 2
 * naming the file, the field, the value and what is allowed, never rendered into a stack trace.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli";
import { EXIT } from "../errors";
import { memoryIo } from "../io/cli-io";
import { runInProcess, tempDir } from "./test-run";

// biome-ignore lint/suspicious/noExplicitAny: the tests edit arbitrary fields of a parsed JSON document.
type Doc = any;

let text: string;
beforeAll(async () => {
  const dir = tempDir();
  const run = await runInProcess([
    "compare",
    "default-comparison",
    "--replications",
    "2",
    "--horizon",
    "6h",
    "--quiet",
    "--out",
    dir,
  ]);
  expect(run.code).toBe(EXIT.ok);
  text = readFileSync(join(dir, "result.json"), "utf8");
});

async function report(doc: unknown) {
  const dir = tempDir();
  writeFileSync(join(dir, "result.json"), typeof doc === "string" ? doc : JSON.stringify(doc));
  const io = memoryIo({ cwd: dir });
  const code = await runCli(["report", "result.json"], io);
  return { code, err: io.err.join("") };
}

describe("report refuses a malformed result.json with exit 2", () => {
  it.each([
    [
      "a null topology",
      (d: Doc) => (d.topologies[0] = null),
      "result.json: topologies[0]: got null; allowed: an object",
    ],
    [
      "an availability of 5 in a run",
      (d: Doc) => (d.runs[1].service.availability = 5),
      "result.json: runs[1].service.availability: got 5; allowed: a fraction in [0, 1]",
    ],
    [
      "a negative count",
      (d: Doc) => (d.runs[0].pipelines.lost = -1),
      "result.json: runs[0].pipelines.lost: got -1; allowed: a whole number ≥ 0",
    ],
    [
      "a verdict that is none",
      (d: Doc) => (d.verdicts[0].verdict = "maybe"),
      'result.json: verdicts[0].verdict: got "maybe"; allowed: one of "met"|"missed"|"inconclusive"',
    ],
    ["no scenario", (d: Doc) => delete d.scenario, "result.json: scenario: got nothing; allowed: an object"],
  ])("%s", async (_what, edit, message) => {
    const doc = JSON.parse(text);
    edit(doc);
    const { code, err } = await report(doc);
    expect(code).toBe(EXIT.badInput);
    expect(err).toContain(message);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it("any one field replaced by a wrong type: exit 0 or 2, never a stack trace", async () => {
    const original = JSON.parse(text);
    /** Every path to a value in the document, sampled so the property stays quick. */
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(value)) {
        for (const [i, v] of value.slice(0, 2).entries()) walk(v, [...path, i]);
      } else if (typeof value === "object" && value !== null)
        for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(original, []);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths.filter((p) => p.length > 0)),
        fc.constantFrom<unknown>(null, "x", -1, 1e308, [], {}, true),
        async (path, replacement) => {
          const doc = structuredClone(original);
          let parent: Doc = doc;
          for (const key of path.slice(0, -1)) parent = parent[key];
          parent[path.at(-1)!] = replacement;
          const { code, err } = await report(doc);
          expect([EXIT.ok, EXIT.badInput]).toContain(code);
          expect(err).not.toContain("internal error");
        },
      ),
      { numRuns: 60, seed: 12 },
    );
  });
});
