/**
 * The disaster-recovery library scenario's claim: for one region loss a year, backup and restore
 * misses an RTO of 1 hour and an RPO of 15 minutes (it loses about half a backup interval plus a
 * backup's duration of state, and must deploy, restore and boot), while pilot light, warm standby
 * and active in two regions meet both, losing only their replication lag — and each faster
 * strategy costs more to keep standing by.
 */
import { runExperiment } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { loadLibraryScenario } from "./library";

const HOUR = 3600;

describe("disaster-recovery", () => {
  it("backup and restore misses RTO 1 h and RPO 15 min; the standby strategies meet them, at a cost", () => {
    const scenario = loadLibraryScenario("disaster-recovery");
    const result = runExperiment({ ...scenario, replications: 10 }, { toolVersion: "test" });
    const verdicts = result.verdicts.map((v) => `${v.topology} ${v.objective.metric}: ${v.verdict}`);
    expect(verdicts).toEqual([
      "backup-restore restoreTime: missed",
      "pilot-light restoreTime: met",
      "warm-standby restoreTime: met",
      "active-active restoreTime: met",
      "backup-restore dataLost: missed",
      "pilot-light dataLost: met",
      "warm-standby dataLost: met",
      "active-active dataLost: met",
    ]);
    const [restore, pilot, warm, active] = result.topologies;
    // Backups every T = 4 h taking D = 15 min, at a random phase: T/2 + D lost per restore
    // (sim-core's disaster-recovery.test.ts checks that closed form); losses the region outlived
    // lose nothing, so the mean is somewhat below it, and no loss exceeds T + D.
    const T = 4 * HOUR;
    const D = 15 * 60;
    expect(restore!.metrics.dataLost!.lower).toBeLessThanOrEqual(T / 2 + D);
    expect(restore!.metrics.dataLost!.upper).toBeGreaterThanOrEqual(0.8 * (T / 2 + D));
    for (const run of result.runs.filter((r) => r.topology === "backup-restore"))
      expect(run.recovery!.dataLost.count === 0 || run.recovery!.dataLost.max <= T + D).toBe(true);
    // The replication strategies lose their lag (60 s, 60 s, 1 s) or nothing.
    expect(pilot!.metrics.dataLost!.upper).toBeLessThanOrEqual(60);
    expect(warm!.metrics.dataLost!.upper).toBeLessThanOrEqual(60);
    expect(active!.metrics.dataLost!.upper).toBeLessThanOrEqual(1);
    // Faster recovery, dearer standby.
    const cost = result.topologies.map((t) => t.metrics.cost.mean);
    for (let i = 1; i < cost.length; i++) expect(cost[i]!).toBeGreaterThan(cost[i - 1]!);
    const availability = result.topologies.map((t) => t.metrics.availability.mean);
    for (let i = 1; i < availability.length; i++)
      expect(availability[i]!).toBeGreaterThan(availability[i - 1]!);
  });
});
