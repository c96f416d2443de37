import { ValidationError } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { LoadError } from "./load-error";
import { loadScenario, MAX_SCENARIO_BYTES, tryLoadScenario } from "./load-scenario";
import { VALID_SCENARIO, variant } from "./test-scenario";

function issuesOf(text: string) {
  const result = tryLoadScenario(text, "demo.yaml");
  if (result.ok) throw new Error("expected the scenario to be rejected");
  return result.error.issues;
}

describe("loadScenario: valid text", () => {
  it("converts human values to the plain Scenario in seconds, per hour and fractions", () => {
    const scenario = loadScenario(VALID_SCENARIO, "demo.yaml");
    expect(scenario).toMatchObject({
      name: "demo",
      seed: 7,
      horizon: 172_800,
      replications: 3,
      workload: {
        teams: 4,
        triggers: [{ kind: "poisson", ratePerHour: 6 }],
        pipeline: {
          stages: [
            { name: "build", duration: { kind: "lognormal", median: 120, p95: 360 } },
            {
              name: "test",
              duration: { kind: "exponential", mean: 300 },
              flakyProbability: 0.015,
              retries: 1,
            },
          ],
        },
      },
      faults: { controller: { mtbf: 604_800, mttr: 1800 } },
      topologies: [
        { preset: "single" },
        { preset: "resilient-decoupled", overrides: { controllers: { count: 4 } } },
      ],
      slo: [
        { metric: "outageDuration", stat: "p99", op: "<=", target: 300 },
        { metric: "availability", op: ">=", target: 0.999 },
      ],
    });
    expect(scenario).not.toHaveProperty("version");
  });
});

describe("loadScenario: errors", () => {
  it("reports every problem at once with file:line:column, path, value, allowed and did-you-mean", () => {
    const text = variant("seed: 7", "seed: -7")
      .replace("    mtbf: 7d", "    mtbff: 7d")
      .replace("horizon: 2d", "horizon: 2 dayz")
      .replace("availability >= 99.9%", "availabilty >= 99.9%");
    const issues = issuesOf(text);
    expect(issues.map((i) => [i.line, i.column, i.path])).toEqual([
      [3, 7, "seed"],
      [4, 10, "horizon"],
      [20, 3, "faults.controller.mtbf"], // missing: points at the object that needs it
      [21, 5, "faults.controller.mtbff"], // unknown: points at the key
      [31, 5, "slo.1"],
    ]);
    const unknown = issues.find((i) => i.path === "faults.controller.mtbff")!;
    expect(unknown.hint).toBe('did you mean "mtbf"?');
    expect(unknown.allowed).toContain("mttr");
    expect(issues.find((i) => i.path === "seed")).toMatchObject({
      value: "-7",
      allowed: "a whole number ≥ 0",
    });
    expect(issues.find((i) => i.path === "slo.1")!.hint).toBe('did you mean "availability"?');
  });

  it("throws a LoadError (a ValidationError) whose message has one line per problem", () => {
    const text = variant("retries: 1", "retries: many");
    expect(() => loadScenario(text, "demo.yaml")).toThrow(LoadError);
    try {
      loadScenario(text, "demo.yaml");
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as Error).message).toBe(
        'demo.yaml: 1 problem\n  demo.yaml:18:18: workload.pipeline.stages.1.retries: got "many"; allowed: a whole number ≥ 0',
      );
    }
  });

  it("points inside distributions, objectives and overrides", () => {
    const text = variant("p95: 6m", "p95: soon")
      .replace("count: 4", "count: 0")
      .replace("{exponential: 5m}", "{exponentail: 5m}");
    const issues = issuesOf(text);
    expect(issues.map((i) => i.path)).toEqual([
      "workload.pipeline.stages.0.duration.lognormal.p95",
      "workload.pipeline.stages.1.duration.exponentail",
      "topologies.1.overrides.controllers.count",
    ]);
    expect(issues[1]!.hint).toBe('did you mean "exponential"?');
  });

  it("rejects an unknown preset and trigger kind with suggestions", () => {
    const issues = issuesOf(
      variant("preset: single", "preset: singel").replace("kind: poisson", "kind: poison"),
    );
    expect(issues.map((i) => [i.path, i.hint])).toEqual([
      ["workload.triggers.0.kind", 'did you mean "poisson"?'],
      ["topologies.0.preset", 'did you mean "single"?'],
    ]);
  });

  it("tells an old file that recoveryTime was split, naming both new metrics, at file:line:column", () => {
    const split =
      "`recoveryTime` was split in two: use `outageDuration` (service outage per team shard) or " +
      "`interruptionRecovery` (interrupted work running again)";
    const line = variant("p99 outageDuration <= 5m", "p99 recoveryTime <= 5m");
    expect(issuesOf(line)).toEqual([
      expect.objectContaining({ path: "slo.0", line: 30, column: 5, value: '"recoveryTime"', hint: split }),
    ]);
    expect(() => loadScenario(line, "old.yaml")).toThrow(`old.yaml:30:5: slo.0: got "recoveryTime"`);
    const object = variant(
      "p99 outageDuration <= 5m",
      "{metric: recoveryTime, stat: p99, op: '<=', target: 5m}",
    );
    expect(issuesOf(object)).toEqual([
      expect.objectContaining({ path: "slo.0.metric", line: 30, value: '"recoveryTime"', hint: split }),
    ]);
  });

  it("requires format version 1", () => {
    expect(issuesOf(variant("version: 1", "version: 2"))[0]).toMatchObject({
      path: "version",
      line: 1,
      column: 10,
    });
    expect(issuesOf(variant("version: 1\n", ""))[0]).toMatchObject({
      path: "version",
      value: "nothing (missing)",
    });
  });
});

describe("loadScenario: sim-core's consistency checks", () => {
  it("are located in the text too", () => {
    const issues = issuesOf(variant("        retries: 1", "        retries: 1\n        label: gpu"));
    expect(issues.map((i) => [i.line, i.column, i.path, i.value])).toEqual([
      [19, 16, "workload.pipeline.stages.1.label", '"gpu"'],
      [19, 16, "workload.pipeline.stages.1.label", '"gpu"'],
    ]);
    expect(issues[0]!.allowed).toContain("a label some executor has in topologies.0");
  });

  it("refuse a scenario that would run for ever, showing the value as written", () => {
    const issues = issuesOf(
      variant("horizon: 2d", "horizon: 3000d").replace("ratePerHour: 6/h", "ratePerHour: 100000/h"),
    );
    expect(issues).toEqual([
      expect.objectContaining({ path: "horizon", line: 4, column: 10, value: '"3000d" (= 259200000)' }),
    ]);
    expect(issues[0]!.allowed).toContain("event budget");
  });
});

describe("loadScenario: hostile and malformed text", () => {
  it("reports malformed YAML with its position", () => {
    const issues = issuesOf("version: 1\nname: [unclosed\nseed: 1\n");
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]).toMatchObject({ path: "", allowed: "well-formed YAML 1.2" });
    expect(issues[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it("rejects duplicate keys", () => {
    const issues = issuesOf(variant("seed: 7", "seed: 7\nseed: 8"));
    expect(issues[0]!.hint).toMatch(/unique/i);
    expect(issues[0]!.line).toBe(4);
  });

  it("refuses an alias bomb without expanding it", () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      lines.push(`${next}: &${next} [${Array(10).fill(`*${prev}`).join(",")}]`);
    }
    const issues = issuesOf(lines.join("\n"));
    expect(issues).toEqual([expect.objectContaining({ value: "too many aliases" })]);
  });

  it("refuses text over 5 MB before parsing it", () => {
    const issues = issuesOf(`name: "${"x".repeat(MAX_SCENARIO_BYTES)}"`);
    expect(issues).toEqual([
      expect.objectContaining({ line: 1, column: 1, allowed: "a scenario file of at most 5 MB" }),
    ]);
  });

  it.each([
    ["", "an empty document"],
    ["# only a comment\n", "an empty document"],
    ["42", "a number"],
    ["- a\n- b\n", "a list"],
    ["just text", "a string"],
  ])("rejects a non-mapping root %j", (text, value) => {
    expect(issuesOf(text)).toEqual([expect.objectContaining({ path: "", value })]);
  });

  it("does not run tags and refuses unknown ones", () => {
    const issues = issuesOf(variant("name: demo", 'name: !!js/function "function () { return 1 }"'));
    expect(issues[0]!.line).toBe(2);
  });

  it("rejects several documents in one file", () => {
    expect(issuesOf(`${VALID_SCENARIO}---\n${VALID_SCENARIO}`).length).toBeGreaterThan(0);
  });

  it("treats __proto__ as an unknown key, never as a prototype", () => {
    const issues = issuesOf(variant("name: demo", "name: demo\n__proto__: {polluted: true}"));
    expect(issues).toEqual([expect.objectContaining({ path: "__proto__", line: 3, column: 1 })]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses __proto__ as a key of a mapping with free keys (an object would drop it silently)", () => {
    const text = variant(
      "  - preset: single\n",
      "  - preset: single\n    overrides: {executors: {countByLabel: {default: 2, __proto__: 1}}}\n",
    );
    expect(issuesOf(text)).toEqual([
      expect.objectContaining({
        path: "topologies.0.overrides.executors.countByLabel.__proto__",
        value: "__proto__",
        line: 25,
      }),
    ]);
  });

  it("refuses a key that is a list or a mapping, without a warning on stderr", () => {
    const warnings: string[] = [];
    const listen = (w: Error) => warnings.push(w.message);
    process.on("warning", listen);
    try {
      const issues = issuesOf(
        variant("name: demo", "name: demo\n[a, b]: 1\n? {c: 1}\n: 2\n? !!binary aGk=\n: 3"),
      );
      expect(issues.map((i) => i.line)).toEqual([3, 4, 6]);
      expect(issues.slice(0, 2).map((i) => i.value)).toEqual(['["a","b"]', `{"c":1}`]);
    } finally {
      process.off("warning", listen);
    }
    expect(warnings).toEqual([]);
  });
});
