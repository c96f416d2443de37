import { describe, expect, it } from "vitest";
import type { LoadIssue } from "./load-error";
import { tryLoadScenario } from "./load-scenario";
import { variant } from "./test-scenario";

/** The issues of loading the valid fixture with `from` replaced by `to` (none when it loads). */
function issues(from: string, to: string): readonly LoadIssue[] {
  const r = tryLoadScenario(variant(from, to), "s.yaml");
  return r.ok ? [] : r.error.issues;
}

const TOPOLOGY = "  - preset: single\n";
const override = (yaml: string) => `${TOPOLOGY}    overrides: ${yaml}\n`;

/**
 * Upper bounds at load (sim-core `limits.ts`): every number whose product or sum can overflow,
 * every duration the kernel schedules and every count that allocates is refused at its
 * file:line:column with the allowed range — never accepted and failed mid-run.
 */
describe("scenario limits at load", () => {
  it("refuses a price whose cost would overflow to ∞, naming the field, value and range", () => {
    expect(issues(TOPOLOGY, override("{ costs: { executorHour: 1.7e308 } }"))).toEqual([
      expect.objectContaining({
        line: 24,
        path: "topologies.0.costs.executorHour",
        value: "1.7e+308",
        allowed: "a number ≥ 0 ≤ 1000000",
      }),
    ]);
  });

  it("refuses a repair time the kernel could not schedule (mttr: 1e11s), showing what was written", () => {
    expect(issues("    mttr: 30m", "    mttr: 1e11s")).toEqual([
      expect.objectContaining({
        line: 22,
        column: 11,
        path: "faults.controller.mttr",
        value: '"1e11s" (= 100000000000)',
        allowed: "a number ≥ 0 ≤ 31536000",
      }),
    ]);
  });

  it("refuses a stage whose mean is 1e10 s and a lognormal whose mean is infinite", () => {
    const [stage] = issues("duration: {exponential: 5m}", "duration: {exponential: 1e10}");
    expect(stage).toMatchObject({ line: 16, path: "workload.pipeline.stages.1.duration" });
    expect(stage!.allowed).toBe("a distribution whose mean is at most 31536000 s");
    expect(stage!.hint).toBe("its mean is 10000000000 s");
    const [heavy] = issues("{lognormal: {median: 2m, p95: 6m}}", "{lognormal: {median: 2m, p95: 1e30s}}");
    expect(heavy).toMatchObject({ line: 14, path: "workload.pipeline.stages.0.duration" });
  });

  it("refuses platform sizes that would allocate without bound, with the allowed maximum", () => {
    const found = issues(TOPOLOGY, override("{ platform: { nodes: 10000000, zones: 100000 } }"));
    expect(found.map((i) => [i.path, i.allowed])).toEqual([
      ["topologies.0.platform.nodes", "an integer ≥ 1 ≤ 100000"],
      ["topologies.0.platform.zones", "an integer ≥ 1 ≤ 100"],
    ]);
  });

  it("counts executors over every label against the 1,000,000 maximum", () => {
    const found = issues(TOPOLOGY, override("{ executors: { count: 600000, labels: [default, b] } }"));
    expect(found).toEqual([
      expect.objectContaining({
        path: "topologies.0.executors.count",
        allowed: "at most 1000000 executors over every label (count × 2 labels)",
      }),
    ]);
  });

  it("refuses a slow factor, chaos time and event budget beyond their ranges", () => {
    const found = issues(
      "    mttr: 30m",
      "    mttr: 30m\n    slowFactor: 1e300\n  chaos: [{ at: 1e12, target: controller-0, kind: crash }]",
    );
    expect(found.map((i) => [i.path, i.allowed])).toEqual([
      ["faults.controller.slowFactor", "a number ≥ 1 ≤ 100"],
      ["faults.chaos.0.at", "a number ≥ 0 ≤ 3153600000"],
    ]);
    expect(issues("replications: 3", "replications: 3\neventBudget: 20000000000")[0]).toMatchObject({
      path: "eventBudget",
      allowed: "an integer ≥ 1 ≤ 10000000000",
    });
  });

  it("accepts the largest values allowed", () => {
    expect(issues("    mttr: 30m", "    mttr: 365d")).toEqual([]);
    expect(
      issues(
        TOPOLOGY,
        override("{ platform: { nodes: 100000, zones: 100 }, costs: { executorHour: 1000000 } }"),
      ),
    ).toEqual([]);
  });

  it("suggests seed for the swapped letters of sede", () => {
    const unknown = issues("seed: 7", "sede: 7").find((i) => i.path === "sede");
    expect(unknown?.hint ?? unknown?.allowed).toContain('did you mean "seed"?');
  });
});
