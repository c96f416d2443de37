/** A scenario file with bytes that are not UTF-8 loads, and each such byte is named on stderr. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { libraryText } from "@resilab/scenarios";
import { describe, expect, it } from "vitest";
import { runInProcess, tempDir } from "../commands/test-run";
import { readScenario } from "./read-scenario";

describe("scenario files that are not UTF-8", () => {
  const dir = tempDir();
  const file = join(dir, "latin1.yaml");
  // A Latin-1 "é" (0xE9) in the name on line 1: not a UTF-8 sequence.
  const text = libraryText("single-controller").replace(/^name: .*$/m, "name: caf\u0000");
  const bytes = Buffer.from(text, "utf8");
  bytes[bytes.indexOf(0)] = 0xe9;
  writeFileSync(file, bytes);
  const line = text.split("\n").findIndex((l) => l.startsWith("name:")) + 1;

  it("warns with the line and column of the byte", () => {
    const source = readScenario(file, dir);
    expect(source.warnings).toHaveLength(1);
    expect(source.warnings[0]).toContain(`${file}:${line}:10: warning: byte 0xE9 is not UTF-8`);
    expect(source.scenario.name).toBe("caf\uFFFD");
  });

  it("prints the warning on stderr of a run and still runs", async () => {
    const run = await runInProcess([
      "run",
      file,
      "--replications",
      "1",
      "--horizon",
      "1h",
      "--quiet",
      "--dry-run",
    ]);
    expect(run.err).toContain(`:${line}:10: warning: byte 0xE9`);
    expect(run.code).toBe(0);
  });

  it("says nothing for a UTF-8 file", () => {
    writeFileSync(join(dir, "ok.yaml"), text.replace("\u0000", "é"));
    expect(readScenario(join(dir, "ok.yaml"), dir).warnings).toEqual([]);
  });
});
