/**
 * `resilab check --baseline`: the same design never fails, a broken design (a longer failover,
 * fewer controllers) is flagged, and JUnit, Markdown and check.json carry the comparison.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runInProcess, tempDir } from "../commands/test-run";
import { EXIT } from "../errors";
import { decodeJson } from "../io/exact-json";
import type { GateRecord } from "./gate-record";

/** Active-passive and active-active designs that meet their service level (16 replications × 2 days). */
function platform(
  change: { detection?: string; replicas?: number; seed?: number; cost?: number } = {},
): string {
  return `version: 1
name: platform
seed: ${change.seed ?? 5}
horizon: 2d
replications: 16
workload:
  teams: 4
  triggers: [{kind: poisson, ratePerHour: 6/h}]
  pipeline:
    stages: [{name: build, duration: {exponential: 5m}}]
faults:
  controller: { mtbf: 12h, mttr: 30m }
topologies:
  - name: ha
    preset: active-passive
    overrides:
      controllers: { count: 3, restart: manual }
      failover: { detection: ${change.detection ?? "15s"}, coverage: 99% }
      costs: { controllerHour: ${change.cost ?? 1} }
  - name: aa
    preset: active-active
    overrides:
      controllers: { count: ${change.replicas ?? 3} }
slo:
  - p90 outageDuration <= 10m
  - availability >= 98%
`;
}

/** Runs `check` on `yaml` in `dir`, writing to `dir/<out>`; returns the outcome and outputs. */
async function check(dir: string, out: string, yaml: string, extra: string[] = []) {
  writeFileSync(join(dir, `${out}.yaml`), yaml);
  const run = await runInProcess(
    ["check", `${out}.yaml`, "--workers", "1", "--quiet", "--out", out, ...extra],
    dir,
  );
  const read = (name: string) => readFileSync(join(dir, out, name), "utf8");
  return { ...run, read, record: () => decodeJson(read("check.json")) as GateRecord };
}

describe("resilab check --baseline", () => {
  it("writes check.json; the same run against it is paired and finds no regression", async () => {
    const dir = tempDir();
    const base = await check(dir, "base", platform());
    expect(base.code).toBe(EXIT.ok);
    expect(base.record().baseline).toBeNull();
    expect(base.record().exitCode).toBe(EXIT.ok);

    const again = await check(dir, "again", platform(), ["--baseline", "base/check.json"]);
    expect(again.code).toBe(EXIT.ok);
    expect(again.out).toMatch(/Paired:\s+same\s+random\s+environment/);
    expect(again.out).toContain("No significant regression against the baseline.");
    const comparison = again.record().baseline!;
    expect(comparison.mode).toBe("paired");
    expect(comparison.rows.map((r) => r.p)).toEqual([1, 1, 1, 1]);
    expect(again.read("junit.xml")).toContain(
      'name="platform / regression vs baseline" tests="4" failures="0"',
    );
    expect(again.read("summary.md")).toContain("### Regression check against the baseline");
  });

  it("a harmless change (a price) keeps the random environment: still paired, still no regression", async () => {
    const dir = tempDir();
    await check(dir, "base", platform());
    const cheaper = await check(dir, "cheaper", platform({ cost: 0.5 }), ["--baseline", "base/check.json"]);
    expect(cheaper.code).toBe(EXIT.ok);
    expect(cheaper.record().baseline!.mode).toBe("paired");
    expect(cheaper.record().baseline!.regressions).toBe(0);
  });

  it("flags a longer failover even though every objective is still met", async () => {
    const dir = tempDir();
    await check(dir, "base", platform());
    const broken = await check(dir, "broken", platform({ detection: "3m" }), [
      "--baseline",
      "base/check.json",
    ]);
    expect(broken.out).not.toContain("✗ missed");
    expect(broken.code).toBe(EXIT.sloMissed);
    expect(broken.out).toMatch(/REGRESSION\s+ha\s+p90 outageDuration <= 10m/);
    // Only the changed topology moves; the other is identical replication by replication.
    const rows = broken.record().baseline!.rows;
    expect(rows.filter((r) => r.topology === "ha").map((r) => r.status)).toEqual([
      "regression",
      "regression",
    ]);
    expect(rows.filter((r) => r.topology === "aa").map((r) => r.p)).toEqual([1, 1]);
    const junit = broken.read("junit.xml");
    expect(junit).toContain('type="regression"');
    expect(junit).toMatch(/<testsuites [^>]*tests="8" failures="2"/);
    expect(broken.read("summary.md")).toMatch(
      /\| \*\*REGRESSION\*\* \| p90 outageDuration &lt;= 10m \| ha \|/,
    );
    expect(broken.record().exitCode).toBe(EXIT.sloMissed);

    const warned = await check(dir, "warned", platform({ detection: "3m" }), [
      "--baseline",
      "base/check.json",
      "--regression",
      "warn",
    ]);
    expect(warned.code).toBe(EXIT.ok);
    expect(warned.out).toContain("REGRESSION");
    expect(warned.read("junit.xml")).not.toContain("<failure");
  });

  it("flags fewer controllers (one active-active replica instead of three)", async () => {
    const dir = tempDir();
    await check(dir, "base", platform());
    const fewer = await check(dir, "fewer", platform({ replicas: 1 }), ["--baseline", "base/check.json"]);
    expect(fewer.code).toBe(EXIT.sloMissed);
    const rows = fewer.record().baseline!.rows;
    expect(rows.filter((r) => r.status === "regression").map((r) => `${r.topology} ${r.metric}`)).toEqual([
      "aa outageDuration",
      "aa availability",
    ]);
  });

  it("falls back to Welch's unpaired test for another seed, and accepts a result.json", async () => {
    const dir = tempDir();
    await check(dir, "base", platform());
    const reseeded = await check(dir, "reseeded", platform({ seed: 6 }), ["--baseline", "base/check.json"]);
    expect(reseeded.out).toMatch(/Not\s+paired:\s+different\s+random\s+environment\s+\(seed\s+5\s+vs\s+6/);
    expect(reseeded.record().baseline!.mode).toBe("welch");
    expect(reseeded.code).toBe(EXIT.ok);

    const fromResult = await check(dir, "from-result", platform(), ["--baseline", "base/result.json"]);
    expect(fromResult.record().baseline!.mode).toBe("paired");
    expect(fromResult.code).toBe(EXIT.ok);
  });

  it("refuses a bad baseline or bad flags before running (exit 2)", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "junk.json"), "{ not json");
    const junk = await check(dir, "x", platform(), ["--baseline", "junk.json"]);
    expect(junk.code).toBe(EXIT.badInput);
    expect(junk.err).toContain("junk.json: not a JSON document");
    const missing = await check(dir, "y", platform(), ["--baseline", "nope.json"]);
    expect(missing.err).toContain("nope.json: no such file");
    const alpha = await check(dir, "z", platform(), ["--baseline", "junk.json", "--alpha", "0"]);
    expect(alpha.code).toBe(EXIT.badInput);
    expect(alpha.err).toContain('--alpha: got "0"; allowed: a familywise error rate in (0, 0.5]');
    writeFileSync(
      join(dir, "truncated.json"),
      JSON.stringify({
        format: "resilab-check",
        schemaVersion: 1,
        environment: "x",
        topologies: ["ha"],
        values: {},
      }),
    );
    const truncated = await check(dir, "v", platform(), ["--baseline", "truncated.json"]);
    expect(truncated.code).toBe(EXIT.badInput);
    expect(truncated.err).toContain("truncated.json: incomplete check record");
    const lonely = await check(dir, "w", platform(), ["--alpha", "0.05"]);
    expect(lonely.err).toContain("--alpha and --regression need --baseline");
  });

  it("gives the documented outcome on docs/examples/regression-demo", async () => {
    const demo = resolve(import.meta.dirname, "../../../docs/examples/regression-demo");
    const dir = tempDir();
    const run = (file: string, out: string, extra: string[] = []) =>
      runInProcess(["check", join(demo, file), "--workers", "1", "--quiet", "--out", out, ...extra], dir);
    expect((await run("platform.yaml", "base")).code).toBe(EXIT.ok);
    const broken = await run("platform-broken.yaml", "broken", ["--baseline", "base/check.json"]);
    expect(broken.code).toBe(EXIT.sloMissed);
    expect(broken.out).not.toContain("✗ missed");
    expect(broken.out).toMatch(/REGRESSION\s+ha\s+p90 outageDuration <= 10m\s+77\.3 s\s+4 min/);
    const fewer = await run("platform-fewer.yaml", "fewer", ["--baseline", "base/check.json"]);
    expect(fewer.code).toBe(EXIT.sloMissed);
    // One replica restarted by its supervisor still meets 98 %, but the loss shows as a regression.
    expect(fewer.out).toMatch(/REGRESSION\s+aa\s+availability >= 98%/);
  });

  it("refuses, before running, a baseline it could compare nothing with (another scenario's)", async () => {
    const dir = tempDir();
    const base = await check(dir, "base", platform());
    expect(base.code).toBe(EXIT.ok);
    const other = platform()
      .replace("name: platform", "name: other")
      .replace("- name: ha", "- name: primary")
      .replace("- name: aa", "- name: multi");
    const gate = await check(dir, "other", other, ["--baseline", "base/check.json"]);
    expect(gate.code).toBe(EXIT.badInput);
    expect(gate.err).toContain(
      '--baseline base/check.json: the gate would compare nothing: no topology in common (this run: "primary", "multi"; the baseline of scenario "platform": "ha", "aa")',
    );
    expect(gate.out).not.toContain("No significant regression");
    expect(existsSync(join(dir, "other"))).toBe(false);
    // A scenario without objectives compares nothing either.
    const noSlo = platform().replace(/slo:[\s\S]*$/, "slo: []\n");
    const empty = await check(dir, "noslo", noSlo, ["--baseline", "base/check.json"]);
    expect(empty.code).toBe(EXIT.badInput);
    expect(empty.err).toContain("the scenario has no objectives");
  });
});
