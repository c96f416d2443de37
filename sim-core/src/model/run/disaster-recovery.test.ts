/**
 * Disaster recovery against its closed forms (data lost with periodic backups) and the recovery
 * procedure of each cross-region strategy, step by step.
 */
import { describe, expect, it } from "vitest";
import { runExperiment } from "../../experiments/run-experiment";
import { expandTopology } from "../expand-topology";
import { realisticScenario } from "../fixtures/realistic-scenario";
import { type RegionStrategy, STRATEGY_DEFAULTS } from "../recovery-spec";
import type { Scenario, TopologySpec } from "../scenario-types";
import { simulate } from "../simulate";
import { validateScenario } from "../validation/validate-scenario";

const HOUR = 3600;
const DAY = 86_400;

const run = (s: Scenario, t: number, r: number) =>
  simulate(s, expandTopology(s.topologies[t]!, t, s.shared), r);

/** A light workload: one team, one short stage, a trigger an hour. */
const light = (overrides: Partial<Scenario>): Scenario =>
  validateScenario(
    realisticScenario({
      workload: {
        teams: 1,
        triggers: [{ kind: "poisson", ratePerHour: 1 }],
        pipeline: { stages: [{ name: "build", duration: { kind: "deterministic", value: 300 } }] },
      },
      slo: [],
      ...overrides,
    }),
  );

describe("backups and corruption", () => {
  // Backups start every T and are usable D later; a corruption noticed at once at a uniformly
  // random phase of the schedule rolls back to the newest completed backup: the state lost is the
  // phase u, plus T when u < D (that backup is still copying) — mean T/2 + D. A backup that fails
  // with probability p pushes the restore back by a geometric number of intervals: + T·p/(1−p).
  it("loses T/2 + D (+ T·p/(1−p) with failing backups) of state on average", () => {
    const T = 4 * HOUR;
    const D = 20 * 60;
    const backup = (failureProbability: number): TopologySpec => ({
      name: `p=${failureProbability}`,
      preset: "single",
      overrides: { recovery: { backup: { interval: T, duration: D, failureProbability } } },
    });
    const s = light({
      horizon: 200 * DAY,
      replications: 20,
      // Uniform over a whole number of intervals: the phase of each corruption in the backup
      // schedule is exactly uniform, wherever the previous cycle ended. Noticed at once.
      faults: {
        corruption: { mtbf: 20 * HOUR, timeToFailure: { kind: "uniform", min: 0, max: 10 * T }, mttr: 0 },
      },
      topologies: [backup(0), backup(0.25)],
    });
    const result = runExperiment(s);
    const expected = [T / 2 + D, T / 2 + D + (T * 0.25) / 0.75];
    result.topologies.forEach((t, i) => {
      const lost = t.metrics.dataLost!;
      expect(lost.n).toBe(20);
      expect(lost.lower).toBeLessThanOrEqual(expected[i]!);
      expect(lost.upper).toBeGreaterThanOrEqual(expected[i]!);
      // Informative: the interval is within ±6 % of the closed form.
      expect(lost.upper - lost.lower).toBeLessThan(0.12 * expected[i]!);
    });
    // The same corruptions hit both (common random numbers): failed backups only add loss.
    const [none, quarter] = result.topologies.map((t) => t.metrics.dataLost!.mean);
    expect(quarter).toBeGreaterThan(none!);
  });

  it("replicates to the standby: failover cannot help, the restore sets the outage", () => {
    const s = light({
      horizon: 10 * DAY,
      replications: 1,
      faults: { chaos: [{ at: 2 * DAY + 1800, target: "corruption-0", kind: "down", duration: 2 * HOUR }] },
      topologies: [
        {
          preset: "active-passive",
          overrides: {
            controllers: { boot: { kind: "deterministic", value: 100 } },
            recovery: {
              backup: { interval: HOUR, duration: 600 },
              restore: { rate: 60, overhead: 300 },
              stateSize: { base: 30, perPipeline: 0 },
            },
          },
        },
      ],
    });
    const r = run(s, 0, 0);
    // Noticed 2 h after it began at 48.5 h; the last backup before it started at 48 h.
    expect(r.recovery!.dataLost.count).toBe(1);
    expect(r.recovery!.dataLost.mean).toBeCloseTo(2.5 * HOUR, 6);
    // Restore: 300 s + 30 GB at 60 GB/h = 2100 s, then the boot (100 s); both controllers were down.
    expect(r.recovery!.restoreTime.mean).toBeCloseTo(2200, 6);
    expect(r.outages.byClass.corruption!.count).toBe(1);
    expect(r.outages.byClass.corruption!.mean).toBeCloseTo(2200, 6);
    // The backups taken while it was silently corrupt (at 49 h and 50 h) are not good copies.
    expect(r.recovery!.backups.corrupt).toBe(2);
  });

  it("with retention shorter than the time to notice, no good copy is left: everything is lost", () => {
    const scenario = (retention: number) =>
      light({
        horizon: 20 * DAY,
        replications: 1,
        faults: { chaos: [{ at: 5 * DAY + 60, target: "corruption-0", kind: "down", duration: 3 * DAY }] },
        topologies: [
          {
            preset: "single",
            overrides: { recovery: { backup: { interval: DAY, duration: 600, retention } } },
          },
        ],
      });
    const short = run(scenario(2 * DAY), 0, 0);
    expect(short.recovery!.dataLost.mean).toBeCloseTo(8 * DAY + 60, 6); // since the start of the run
    const long = run(scenario(4 * DAY), 0, 0);
    expect(long.recovery!.dataLost.mean).toBeCloseTo(3 * DAY + 60, 6); // back to the backup of day 5
  });
});

describe("region loss", () => {
  const strategies: RegionStrategy[] = ["backup-restore", "pilot-light", "warm-standby", "active-active"];
  const loss = { at: 10 * DAY + 1234, target: "region", kind: "down" as const, duration: 3 * DAY };
  const scenario = () =>
    light({
      horizon: 20 * DAY,
      replications: 1,
      faults: { chaos: [loss] },
      shared: {
        controllers: { boot: { kind: "deterministic", value: 100 } },
        recovery: {
          backup: { interval: 4 * HOUR, duration: 600 },
          restore: { rate: 60, overhead: 600 },
          stateSize: { base: 60, perPipeline: 0 },
        },
      },
      topologies: [
        ...strategies.map((strategy) => ({
          name: strategy,
          preset: "single" as const,
          overrides: { recovery: { region: { strategy } } },
        })),
        { name: "wait", preset: "single" },
      ],
    });

  it("recovers by each strategy's procedure, losing a backup interval or the replication lag", () => {
    const s = scenario();
    const results = s.topologies.map((_, t) => run(s, t, 0));
    const [restore, pilot, warm, active, wait] = results.map((r) => r.recovery!);
    const d = STRATEGY_DEFAULTS;
    // Backup and restore: declare + deploy + (overhead + 60 GB at 60 GB/h) + boot; the backup of
    // 240 h (usable at 240 h 10 min) is the last before the loss at 240 h 20 min 34 s.
    expect(restore!.restoreTime.mean).toBeCloseTo(
      d["backup-restore"].detection + d["backup-restore"].provision + 600 + 3600 + 100,
      6,
    );
    expect(restore!.dataLost.mean).toBeCloseTo(1234, 6);
    // Pilot light: declare + start the compute + boot, on state replicated with its lag.
    expect(pilot!.restoreTime.mean).toBeCloseTo(
      d["pilot-light"].detection + d["pilot-light"].provision + 100,
      6,
    );
    expect(pilot!.dataLost.mean).toBe(d["pilot-light"].replicationLag);
    // Warm standby and active in two regions run already: no boot.
    expect(warm!.restoreTime.mean).toBeCloseTo(d["warm-standby"].detection + d["warm-standby"].provision, 6);
    expect(active!.restoreTime.mean).toBeCloseTo(d["active-active"].detection, 6);
    expect(active!.dataLost.mean).toBe(d["active-active"].replicationLag);
    // No strategy: the service waits for its region (and loses nothing).
    expect(wait!.restoreTime.mean).toBeCloseTo(3 * DAY + 100, 6);
    expect(wait!.dataLost.mean).toBe(0);
    // The outage is the region's, and availability orders with recovery speed.
    const availability = results.map((r) => r.service.availability);
    for (let i = 1; i < 4; i++) expect(availability[i]!).toBeGreaterThan(availability[i - 1]!);
    expect(availability[0]!).toBeGreaterThan(availability[4]!);
    for (const r of results) expect(r.outages.byClass.region!.count).toBe(1);
  });

  it("bills standby capacity by strategy: the faster the recovery, the dearer the standing cost", () => {
    const s = scenario();
    const cost = s.topologies.map((_, t) => run(s, t, 0).cost);
    for (let i = 1; i < 4; i++) expect(cost[i]!.perHour).toBeGreaterThan(cost[i - 1]!.perHour);
    expect(cost[0]!.byKind.backupStorage!.cost).toBeGreaterThan(0);
    expect(cost[0]!.byKind.recoveryStandby).toBeUndefined();
    expect(cost[3]!.byKind.recoveryStandby!.hours).toBeCloseTo((20 * DAY - s.warmup!) / HOUR, 6);
  });

  it("is off by default: no recovery result, no recovery metric", () => {
    const s = light({ horizon: 5 * DAY, replications: 2, topologies: [{ preset: "single" }] });
    const result = runExperiment(s);
    expect(result.runs[0]!.recovery).toBeUndefined();
    expect(Object.keys(result.topologies[0]!.metrics)).not.toContain("dataLost");
  });
});

describe("invariants through disaster recovery", () => {
  it("hold for every preset and strategy through region losses and corruption restores", () => {
    const presets = [
      "single",
      "active-passive",
      "active-active",
      "resilient-decoupled",
      "cloud-native",
    ] as const;
    const strategies: (RegionStrategy | null)[] = [
      null,
      "backup-restore",
      "pilot-light",
      "warm-standby",
      "active-active",
    ];
    const topologies: TopologySpec[] = presets.flatMap((preset) =>
      strategies.map((strategy) => ({
        name: `${preset}/${strategy ?? "wait"}`,
        preset,
        overrides: strategy === null ? {} : { recovery: { region: { strategy } } },
      })),
    );
    const s = validateScenario(
      realisticScenario({
        horizon: 8 * DAY,
        replications: 1,
        faults: {
          ...realisticScenario().faults,
          region: { mtbf: 4 * DAY, mttr: 6 * HOUR },
          corruption: { mtbf: 3 * DAY, mttr: 2 * HOUR },
          chaos: [{ at: 5 * DAY, target: "region", kind: "down", duration: DAY }],
        },
        shared: { recovery: { backup: { interval: 2 * HOUR, failureProbability: 0.1 } } },
        topologies,
      }),
    );
    for (let t = 0; t < topologies.length; t++) {
      const r = simulate(s, expandTopology(s.topologies[t]!, t, s.shared), 0, { checkInvariants: 600 });
      expect(
        r.recovery!.restoreTime.count + r.recovery!.restoreTime.censored.length,
        topologies[t]!.name,
      ).toBe(r.recovery!.dataLost.count);
      expect(r.outages.byClass.region?.count ?? 0, topologies[t]!.name).toBeGreaterThan(0);
    }
  });
});
