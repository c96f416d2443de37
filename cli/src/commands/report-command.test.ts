/** `report` re-renders an existing result.json (experiment or sweep) as HTML and Markdown. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT, InputError } from "../errors";
import { readResultDocument } from "./report-command";
import { runInProcess, SHORT_PROFILE, tempDir } from "./test-run";

describe("resilab report", () => {
  it("renders the same HTML report from result.json as the run wrote", async () => {
    const dir = tempDir();
    const run = await runInProcess(["run", ...SHORT_PROFILE, "--workers", "2", "--out", join(dir, "run")]);
    expect(run.code).toBe(EXIT.ok);
    const report = await runInProcess([
      "report",
      join(dir, "run", "result.json"),
      "--out",
      join(dir, "again"),
    ]);
    expect(report.code).toBe(EXIT.ok);
    expect(report.out).toContain(join(dir, "again", "report.html"));
    const html = readFileSync(join(dir, "again", "report.html"), "utf8");
    const result = JSON.parse(readFileSync(join(dir, "run", "result.json"), "utf8"));
    expect(html).toContain("<svg");
    expect(html).toContain(result.scenario.hash);
    // Not byte-equal to the run's own report: result.json stores non-finite interval bounds as
    // null (JSON has no Infinity), so those few cells render differently.
    const headings = (text: string) => text.match(/<h2[^>]*>[^<]*<\/h2>/g);
    expect(headings(html)).toEqual(headings(readFileSync(join(dir, "run", "report.html"), "utf8")));
    expect(readFileSync(join(dir, "again", "summary.md"), "utf8")).toContain(result.scenario.hash);
  });

  it("renders a sweep result", async () => {
    const dir = tempDir();
    const sweep = [
      "sweep",
      ...SHORT_PROFILE,
      "--param",
      "faults.controller.mttr",
      "--values",
      "10m,1h",
      "--json",
    ];
    const run = await runInProcess(sweep);
    expect(run.code).toBe(EXIT.ok);
    writeFileSync(join(dir, "sweep.json"), run.out);
    expect(readResultDocument(run.out, "sweep.json").kind).toBe("sweep");
    const report = await runInProcess(["report", "sweep.json"], dir);
    expect(report.code).toBe(EXIT.ok);
    expect(readFileSync(join(dir, "report.html"), "utf8")).toContain("<svg");
  });

  it("recognizes what is not a resilab result", () => {
    expect(() => readResultDocument("[]", "a.json")).toThrow(InputError);
    expect(() => readResultDocument('{"tool":{"name":"resilab"},"schemaVersion":2}', "a.json")).toThrow(
      "a.json: result schemaVersion 2; allowed: 1",
    );
    expect(() => readResultDocument('{"tool":{"name":"resilab"},"schemaVersion":1}', "a.json")).toThrow(
      'incomplete result (no "topologies" list)',
    );
  });
});
