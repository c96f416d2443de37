/** The `recovery` block and the disaster-recovery fault classes, as written in YAML. */
import { describe, expect, it } from "vitest";
import { loadScenario, tryLoadScenario } from "../load/load-scenario";
import { variant } from "../load/test-scenario";

const RECOVERY = `topologies:
  - preset: single
    overrides:
      recovery:
        backup: {interval: 4h, duration: 15m, retention: 7d, failureProbability: 1%}
        restore: {rate: 1/min, overhead: 10m}
        stateSize: {base: 50, perPipeline: 0.001}
        region: {strategy: pilot-light, detection: 20m}`;

const withRecovery = (recovery: string) => variant("topologies:\n  - preset: single", recovery);

function issuesOf(text: string) {
  const result = tryLoadScenario(text, "demo.yaml");
  if (result.ok) throw new Error("expected the scenario to be rejected");
  return result.error.issues;
}

describe("recovery", () => {
  it("reads durations into seconds and the restore rate into GB per hour", () => {
    const scenario = loadScenario(
      withRecovery(RECOVERY).replace("faults:", "faults:\n  region: {mtbf: 365d, mttr: 1d}"),
      "demo.yaml",
    );
    expect(scenario.topologies[0]!.overrides!.recovery).toEqual({
      backup: { interval: 14_400, duration: 900, retention: 604_800, failureProbability: 0.01 },
      restore: { rate: 60, overhead: 600 },
      stateSize: { base: 50, perPipeline: 0.001 },
      region: { strategy: "pilot-light", detection: 1200 },
    });
    expect(scenario.faults.region).toEqual({ mtbf: 365 * 86_400, mttr: 86_400 });
  });

  it("names the field, the value and what is allowed, with did-you-mean", () => {
    const issues = issuesOf(
      withRecovery(
        RECOVERY.replace("interval: 4h", "intervall: 4h").replace("strategy: pilot-light", "strategy: pilot"),
      ),
    );
    const at = (path: string) => issues.find((i) => i.path === path);
    expect(at("topologies.0.overrides.recovery.backup.intervall")?.hint).toBe('did you mean "interval"?');
    expect(at("topologies.0.overrides.recovery.region.strategy")?.allowed).toContain('"warm-standby"');
  });

  it("refuses backup-restore without backups to restore, naming the path", () => {
    const text = withRecovery(
      RECOVERY.replace(/ {8}backup: .*\n/, "").replace("strategy: pilot-light", "strategy: backup-restore"),
    );
    const issue = issuesOf(text).find((i) => i.path === "topologies.0.recovery.backup");
    expect(issue?.allowed).toContain("backup-restore");
  });

  it("bounds every delay, size and rate so a restore can never run past kernel time", () => {
    const text = withRecovery(
      RECOVERY.replace("overhead: 10m", "overhead: 1e11s")
        .replace("rate: 1/min", "rate: 1e-9/h")
        .replace("base: 50", "base: 1e300")
        .replace("detection: 20m", "detection: 1e12s"),
    );
    const issues = issuesOf(text);
    const paths = issues.map((i) => i.path.replace("topologies.0.", ""));
    for (const field of ["restore.overhead", "restore.rate", "stateSize.base", "region.detection"])
      expect(paths.some((p) => p.endsWith(`recovery.${field}`))).toBe(true);
    expect(issues.find((i) => i.path.endsWith("restore.rate"))?.allowed).toContain("≥");
  });

  it("accepts region and corruption chaos targets", () => {
    const text = variant(
      "faults:",
      "faults:\n  chaos:\n    - {at: 1d, target: region, kind: down, duration: 6h}\n    - {at: 1d, target: corruption-0, kind: down}",
    );
    expect(loadScenario(text, "demo.yaml").faults.chaos?.map((e) => e.target)).toEqual([
      "region",
      "corruption-0",
    ]);
  });
});
