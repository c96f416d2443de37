import { existsSync, mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { VERB_USAGE } from "./args/usage";
import { runCli } from "./cli";
import { EXIT } from "./errors";
import { memoryIo } from "./io/cli-io";

async function cli(args: string[], cwd = process.cwd()) {
  const io = memoryIo({ cwd });
  const code = await runCli(args, io);
  return { code, out: io.out.join(""), err: io.err.join("") };
}

function noStackTrace(text: string): void {
  expect(text).not.toMatch(/\n\s+at /);
  expect(text).not.toContain("internal error");
}

describe("resilab usage", () => {
  it("prints the overview for --help and exits 0", async () => {
    const { code, out } = await cli(["--help"]);
    expect(code).toBe(EXIT.ok);
    expect(out).toContain("Usage: resilab <command>");
  });

  it("prints the overview on stderr and exits 2 without a command", async () => {
    const { code, err } = await cli([]);
    expect(code).toBe(EXIT.badInput);
    expect(err).toContain("Commands:");
  });

  it.each(Object.keys(VERB_USAGE))("has --help for %s", async (verb) => {
    const { code, out } = await cli([verb, "--help"]);
    expect(code).toBe(EXIT.ok);
    expect(out).toBe(`${VERB_USAGE[verb]}\n`);
    expect(out).toContain(`resilab ${verb}`);
  });

  it("rejects an unknown command with the list of commands", async () => {
    const { code, err } = await cli(["rnu", "x.yaml"]);
    expect(code).toBe(EXIT.badInput);
    expect(err).toContain('unknown command "rnu"; allowed: run, compare');
  });

  it("rejects an unknown flag and points at the verb's help", async () => {
    const { code, err } = await cli(["run", "x.yaml", "--sead", "3"]);
    expect(code).toBe(EXIT.badInput);
    expect(err).toContain("Unknown option '--sead'");
    expect(err).toContain('Run "resilab run --help" for usage.');
    noStackTrace(err);
  });

  it("rejects a bad flag value", async () => {
    const { code, err } = await cli(["run", "default-comparison", "--workers", "0"]);
    expect(code).toBe(EXIT.badInput);
    expect(err).toContain('--workers: got "0"; allowed: a whole number in [1, 1024]');
  });

  it("rejects a missing argument and extra arguments", async () => {
    expect((await cli(["run"])).err).toContain("missing argument");
    expect((await cli(["schema", "extra"])).err).toContain('unexpected argument: "extra"');
  });
});

describe("resilab bad input: exit 2, a clear message, no stack trace", () => {
  const dir = mkdtempSync(join(tmpdir(), "resilab-cli-"));

  it("a missing file", async () => {
    const { code, err } = await cli(["run", "nope.yaml"], dir);
    expect(code).toBe(EXIT.badInput);
    expect(err).toBe("resilab: nope.yaml: no such file\n");
  });

  it("a missing file named like a library scenario gets a hint", async () => {
    const { err } = await cli(["run", "library/default-comparison.yaml"], dir);
    expect(err).toContain("did you mean scenarios/library/default-comparison.yaml?");
  });

  it("a directory", async () => {
    const { code, err } = await cli(["check", "."], dir);
    expect(code).toBe(EXIT.badInput);
    expect(err).toBe("resilab: .: is a directory; expected a scenario YAML file\n");
  });

  it("a 50 MB file is refused without reading it", async () => {
    const big = join(dir, "big.yaml");
    writeFileSync(big, "");
    truncateSync(big, 50 * 1024 * 1024);
    const { code, err } = await cli(["run", "big.yaml"], dir);
    expect(code).toBe(EXIT.badInput);
    expect(err).toBe(
      "resilab: big.yaml: 50.0 MB is too large; allowed: a scenario YAML file of at most 5 MB\n",
    );
  });

  it("malformed YAML, with its position", async () => {
    writeFileSync(join(dir, "bad.yaml"), "version: 1\nname: [unclosed\n");
    const { code, err } = await cli(["compare", "bad.yaml"], dir);
    expect(code).toBe(EXIT.badInput);
    expect(err).toMatch(/^resilab: bad.yaml: \d+ problems?\n {2}bad.yaml:\d+:\d+: /);
    noStackTrace(err);
  });

  it("wrong types and unknown keys: every problem, located", async () => {
    writeFileSync(join(dir, "typo.yaml"), "version: 1\nname: x\nseed: one\nhorizn: 1d\n");
    const { code, err } = await cli(["run", "typo.yaml"], dir);
    expect(code).toBe(EXIT.badInput);
    expect(err).toContain('typo.yaml:3:7: seed: got "one"; allowed: a whole number ≥ 0');
    expect(err).toContain('typo.yaml:4:1: horizn: got unknown key "horizn"');
    expect(err).toContain('did you mean "horizon"?');
    noStackTrace(err);
  });

  it("a scenario that would run for ever", async () => {
    const forever = [
      "version: 1",
      "name: forever",
      "seed: 1",
      "horizon: 3000d",
      "replications: 1",
      "workload:",
      "  teams: 1",
      "  triggers: [{kind: poisson, ratePerHour: 100000/h}]",
      "  pipeline: {stages: [{name: a, duration: 1s}]}",
      "faults: {}",
      "topologies: [{preset: single}]",
      "slo: []",
      "",
    ].join("\n");
    writeFileSync(join(dir, "forever.yaml"), forever);
    const { code, err } = await cli(["run", "forever.yaml", "--out", "never"], dir);
    expect(code).toBe(EXIT.badInput);
    expect(err).toContain(
      'forever.yaml:4:10: horizon: got "3000d" (= 259200000); allowed: a horizon whose replications fit the event budget',
    );
    expect(existsSync(join(dir, "never"))).toBe(false);
  });

  it("a result document that is not one", async () => {
    writeFileSync(join(dir, "result.json"), '{"name": "not a result"}');
    const { code, err } = await cli(["report", "result.json"], dir);
    expect(code).toBe(EXIT.badInput);
    expect(err).toContain('not a resilab result (no "tool": {"name": "resilab"})');
  });

  it("shard files that are not shard files", async () => {
    writeFileSync(join(dir, "s.json"), "[1, 2");
    const { code, err } = await cli(["merge", "s.json"], dir);
    expect(code).toBe(EXIT.badInput);
    expect(err).toContain("s.json: not a JSON document");
  });
});

describe("resilab compare", () => {
  it("needs two topologies, and --presets adds them", async () => {
    const one = await cli(["compare", "single-controller", "--dry-run"]);
    expect(one.code).toBe(EXIT.badInput);
    expect(one.err).toContain("compare needs at least two topologies; add some with --presets all");
    const all = await cli(["compare", "single-controller", "--presets", "all", "--dry-run"]);
    expect(all.code).toBe(EXIT.ok);
    expect(all.out).toBe("library:single-controller: valid. 180 tasks = 6 topologies × 30 replications\n");
    const bad = await cli(["compare", "single-controller", "--presets", "singel"]);
    expect(bad.err).toContain('--presets: got "singel"');
  });
});

describe("resilab schema", () => {
  it("prints the JSON Schema of the scenario format", async () => {
    const { code, out } = await cli(["schema"]);
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(out)).toMatchObject({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "object",
    });
  });
});
