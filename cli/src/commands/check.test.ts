/** `check` as a CI gate: exit 0 when every objective is met, 1 when one is missed. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ExperimentResult, ObjectiveVerdict } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { EXIT } from "../errors";
import { gateExitCode } from "./experiment-command";
import { runInProcess, tempDir } from "./test-run";

/** A single VM controller crashed by chaos for an hour: availability is certainly below 99.99 %. */
function scenario(slo: string[]): string {
  return `version: 1
name: gate
seed: 3
horizon: 12h
replications: 3
workload:
  teams: 2
  triggers: [{kind: poisson, ratePerHour: 6/h}]
  pipeline:
    stages: [{name: build, duration: {exponential: 5m}}]
faults:
  chaos: [{at: 2h, target: controller-0, kind: crash, duration: 1h}]
topologies: [{preset: single}]
slo: [${slo.map((line) => JSON.stringify(line)).join(", ")}]
`;
}

async function check(slo: string[], extra: string[] = []) {
  const dir = tempDir();
  writeFileSync(join(dir, "gate.yaml"), scenario(slo));
  const run = await runInProcess(
    ["check", "gate.yaml", "--workers", "1", "--quiet", "--out", "out", ...extra],
    dir,
  );
  return { ...run, dir: join(dir, "out") };
}

describe("resilab check", () => {
  it("exits 0 when every objective is met and writes JUnit and Markdown", async () => {
    const { code, out, dir } = await check(["availability >= 50%", "lostPipelines <= 1000"]);
    expect(code).toBe(EXIT.ok);
    expect(out).toContain("✓ met");
    const junit = readFileSync(join(dir, "junit.xml"), "utf8");
    expect(junit.match(/<testcase /g)).toHaveLength(2);
    expect(junit).not.toContain("<failure");
    expect(readFileSync(join(dir, "summary.md"), "utf8")).toContain("availability");
  });

  it("exits 1 when an objective is missed", async () => {
    const { code, out, dir } = await check(["availability >= 50%", "availability >= 99.99%"]);
    expect(code).toBe(EXIT.sloMissed);
    expect(out).toContain("✗ missed");
    expect(readFileSync(join(dir, "junit.xml"), "utf8")).toContain("<failure");
  });

  it("rejects --shard (a gate needs the whole result) and a bad --inconclusive", async () => {
    expect((await check(["availability >= 50%"], ["--shard", "1/2"])).code).toBe(EXIT.badInput);
    const bad = await check(["availability >= 50%"], ["--inconclusive", "maybe"]);
    expect(bad.code).toBe(EXIT.badInput);
    expect(bad.err).toContain('--inconclusive: got "maybe"; allowed: "fail" or "pass"');
  });
});

describe("gateExitCode", () => {
  const result = (verdicts: ObjectiveVerdict["verdict"][]) =>
    ({ verdicts: verdicts.map((verdict) => ({ verdict })) }) as unknown as ExperimentResult;

  it("treats inconclusive per --inconclusive (default fail)", () => {
    expect(gateExitCode(result(["met", "met"]), "fail")).toBe(EXIT.ok);
    expect(gateExitCode(result(["met", "missed"]), "pass")).toBe(EXIT.sloMissed);
    expect(gateExitCode(result(["met", "inconclusive"]), "fail")).toBe(EXIT.sloMissed);
    expect(gateExitCode(result(["met", "inconclusive"]), "pass")).toBe(EXIT.ok);
    expect(gateExitCode(result([]), "fail")).toBe(EXIT.ok);
  });
});
