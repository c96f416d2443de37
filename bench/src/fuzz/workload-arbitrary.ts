/**
 * Valid workloads: teams, every trigger kind, a small pipeline DAG (labels, retries, flaky
 * stages, checkpoints, explicit `after`) and optional end-user traffic. Rates stay low enough
 * that a two-day replication has at most a few thousand pipelines.
 */
import fc from "fast-check";
import { distribution, duration, fraction, ratePerHour, sometimes } from "./value-arbitraries";
import type { DocValue } from "./yaml-text";

/** Labels the generated executors may carry; stages pick theirs from the topology's list. */
export const LABELS = ["default", "linux", "gpu"] as const;

function teamsSubset(teams: number): fc.Arbitrary<number[] | undefined> {
  return sometimes(fc.uniqueArray(fc.nat({ max: teams - 1 }), { minLength: 1, maxLength: 3 }), 1, 3);
}

function withTeams(trigger: Record<string, DocValue>, teams: number[] | undefined): DocValue {
  return teams === undefined ? trigger : { ...trigger, teams };
}

function trigger(teams: number): fc.Arbitrary<DocValue> {
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(ratePerHour(0, 20), teamsSubset(teams))
        .map(([rate, subset]) => withTeams({ kind: "poisson", ratePerHour: rate }, subset)),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          ratePerHour(1, 30),
          fc.integer({ min: 0, max: 12 }),
          fc.integer({ min: 1, max: 12 }),
          fc.option(fc.integer({ min: 1, max: 7 }), { nil: undefined }),
          teamsSubset(teams),
        )
        .map(([rate, start, length, days, subset]) => {
          const t: Record<string, DocValue> = {
            kind: "business-hours",
            ratePerHour: rate,
            startHour: start,
            endHour: start + length,
          };
          if (days !== undefined) t.daysPerWeek = days;
          return withTeams(t, subset);
        }),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(duration(1800, 86_400), fc.integer({ min: 1, max: 10 }), teamsSubset(teams))
        .map(([interval, size, subset]) =>
          withTeams({ kind: "burst", meanInterval: interval, size }, subset),
        ),
    },
    { weight: 1, arbitrary: fc.constant({ kind: "saturated" }) },
  );
}

/** Stages named s0…s(n-1); `after` names only earlier stages; labels from `labels`. */
function stages(labels: readonly string[]): fc.Arbitrary<DocValue[]> {
  const stage = fc.record(
    {
      duration: distribution(180),
      flakyProbability: fraction(0.2),
      retries: fc.integer({ min: 0, max: 2 }),
      label: fc.constantFrom(...labels),
      after: fc.uniqueArray(fc.nat({ max: 3 }), { maxLength: 2 }),
      checkpoints: fc.integer({ min: 0, max: 4 }),
    },
    { requiredKeys: ["duration"] },
  );
  return fc.array(stage, { minLength: 1, maxLength: 4 }).map((list) =>
    list.map((s, i) => {
      const out: Record<string, DocValue> = { name: `s${i}`, duration: s.duration };
      if (s.flakyProbability !== undefined) out.flakyProbability = s.flakyProbability;
      if (s.retries !== undefined) out.retries = s.retries;
      // Without a "default" pool every stage must name its label.
      const label = s.label ?? (labels.includes("default") ? undefined : labels[0]);
      if (label !== undefined) out.label = label;
      if (s.checkpoints !== undefined) out.checkpoints = s.checkpoints;
      if (s.after !== undefined) out.after = s.after.filter((j) => j < i).map((j) => `s${j}`);
      return out;
    }),
  );
}

/** A workload whose stages only use `labels` (every topology must offer each of them). */
export function workload(labels: readonly string[]): fc.Arbitrary<DocValue> {
  return fc.integer({ min: 1, max: 12 }).chain((teams) =>
    fc
      .record(
        {
          triggers: fc.array(trigger(teams), { minLength: 1, maxLength: 2 }),
          stages: stages(labels),
          endUser: fc.record({
            requestsPerSecond: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.constant("20/s")),
            blockedThreshold: duration(1, 10),
          }),
        },
        { requiredKeys: ["triggers", "stages"] },
      )
      .map(({ triggers, stages: list, endUser }) => {
        const w: Record<string, DocValue> = { teams, triggers, pipeline: { stages: list } };
        if (endUser !== undefined) w.endUser = endUser;
        return w;
      }),
  );
}
