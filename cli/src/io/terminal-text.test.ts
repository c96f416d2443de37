import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runInProcess, tempDir } from "../commands/test-run";
import { EXIT } from "../errors";
import { inertTerminalText } from "./terminal-text";

/** Every character a terminal would act on rather than show (tab and newline are fine). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const HOSTILE = ["\x1b[2J", "\x1b]8;;http://x\x07", "\r", "\b", "\u202e", "\u2066", "\x7f", "\x9b"];

describe("inertTerminalText", () => {
  it.each(HOSTILE)("escapes %j visibly", (seq) => {
    const shown = inertTerminalText(`a${seq}b`);
    expect(shown).not.toMatch(UNSAFE);
    expect(shown).toMatch(/^a(\\u[0-9a-f]{4}|[\x20-\x7e])+b$/);
  });

  it("keeps tabs, newlines and ordinary Unicode as they are", () => {
    const text = "topology\tavailability\n  résilient − 99.9 % ✓ 日本\n";
    expect(inertTerminalText(text)).toBe(text);
  });

  it("writes escapes JSON reads back as the same characters", () => {
    const value = { name: `x${HOSTILE.join("")}y` };
    expect(JSON.parse(inertTerminalText(JSON.stringify(value)))).toEqual(value);
  });
});

describe("the CLI prints nothing a terminal would act on", () => {
  const scenario = (name: string, a: string, b: string) =>
    [
      "version: 1",
      `name: ${JSON.stringify(name)}`,
      "seed: 1",
      "horizon: 2h",
      "replications: 2",
      "workload:",
      "  teams: 1",
      "  triggers: [{kind: poisson, ratePerHour: 2/h}]",
      "  pipeline: {stages: [{name: a, duration: 1m}]}",
      "faults: {}",
      "topologies:",
      `  - {name: ${JSON.stringify(a)}, preset: single}`,
      `  - {name: ${JSON.stringify(b)}, preset: active-passive}`,
      `slo: ["availability >= 99%"]`,
      "",
    ].join("\n");

  it("in scenario, topology and file names, through the summary, the messages and --json", async () => {
    const dir = tempDir();
    const file = "evil\x1b[2J\u202e.yaml";
    writeFileSync(
      join(dir, file),
      scenario(`s${HOSTILE.join("")}`, `one\x1b[2J\u202e\r`, "two\x1b]8;;http://x\x07\b"),
    );
    for (const extra of [["--out", "out"], ["--json"]]) {
      const { code, out, err } = await runInProcess(["compare", file, ...extra], dir);
      expect(code).toBe(EXIT.ok);
      expect(out).not.toMatch(UNSAFE);
      expect(err).not.toMatch(UNSAFE);
      expect(out + err).toContain("\\u001b[2J");
      if (extra[0] === "--json") {
        expect(JSON.parse(out).topologies[0].topology).toBe("one\x1b[2J\u202e\r");
      }
    }
  });

  it("in error messages naming a file", async () => {
    const { code, err } = await runInProcess(["run", "x\x1b]8;;http://evil\x07y\r.yaml"], tempDir());
    expect(code).toBe(EXIT.badInput);
    expect(err).not.toMatch(UNSAFE);
    expect(err).toContain("x\\u001b]8;;http://evil\\u0007y\\u000d.yaml: no such file");
  });
});
