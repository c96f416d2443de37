import { ValidationError } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { experimentFixture } from "../test-fixtures/experiment";
import { sweepFixture } from "../test-fixtures/sweep";
import { toJson, toJsonChunks } from "./json";

/** A deep copy with every object's keys inserted in reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  );
}

describe("toJson", () => {
  const result = experimentFixture();

  it("round-trips the result (non-finite numbers, e.g. an unbounded upper bound, as null)", () => {
    expect(JSON.parse(toJson(result))).toEqual(JSON.parse(JSON.stringify(result)));
    const single = JSON.parse(toJson(result)).topologies[0];
    expect(single.outages.p99.upper).toBeNull();
    expect(single.outages.censored).toBe(4);
    expect(Object.keys(single.outages.byClass[0])).toContain("share");
  });

  it("is byte-identical whatever order the keys were inserted in", () => {
    const text = toJson(result);
    expect(toJson(reversed(result) as typeof result)).toBe(text);
  });

  it("starts with the schema version and the replay key", () => {
    const text = toJson(result);
    expect(
      text.startsWith(
        '{\n  "schemaVersion": 1,\n  "tool": {\n    "name": "resilab",\n    "version": "0.1.0"\n  },\n  "scenario": {',
      ),
    ).toBe(true);
    expect(Object.keys(JSON.parse(text)).slice(0, 6)).toEqual([
      "schemaVersion",
      "tool",
      "scenario",
      "seed",
      "replications",
      "horizon",
    ]);
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("orders metric records by the fixed metric order", () => {
    const first = JSON.parse(toJson(reversed(result) as typeof result)).topologies[0];
    expect(Object.keys(first.metrics).slice(0, 3)).toEqual([
      "outageDuration",
      "interruptionRecovery",
      "detectionTime",
    ]);
  });

  it("writes markup characters as escapes that parse back to the same text", () => {
    const hostile = { ...result, scenario: { ...result.scenario, name: "</script><b>&" } };
    const text = toJson(hostile);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text).scenario.name).toBe("</script><b>&");
  });

  it("writes non-finite numbers as null", () => {
    const odd = { ...result, horizon: Number.POSITIVE_INFINITY };
    expect(JSON.parse(toJson(odd)).horizon).toBeNull();
  });

  it("serialises sweeps too, and rejects unknown schema versions", () => {
    const sweep = sweepFixture();
    expect(JSON.parse(toJson(sweep)).points).toHaveLength(4);
    expect(() => toJson({ ...result, schemaVersion: 2 as 1 })).toThrow(ValidationError);
    expect(() => toJson({ ...result, schemaVersion: 2 as 1 })).toThrow(/schemaVersion: got 2; allowed: 1/);
  });
});

describe("toJsonChunks", () => {
  it("joins to exactly toJson's bytes (runs streamed one at a time), for experiments and sweeps", () => {
    const result = experimentFixture();
    expect(result.runs.length).toBeGreaterThan(1);
    const chunks = [...toJsonChunks(result)];
    expect(chunks.length).toBe(result.runs.length + 2);
    expect(chunks.join("")).toBe(toJson(result));
    expect([...toJsonChunks({ ...result, runs: [] })].join("")).toBe(toJson({ ...result, runs: [] }));
    const sweep = sweepFixture();
    expect([...toJsonChunks(sweep)].join("")).toBe(toJson(sweep));
  });
});
