import { describe, expect, it } from "vitest";
import { experimentFixture } from "../test-fixtures/experiment";
import { incidentsJsonl, pipelinesJsonl, runsJsonl, runsJsonlChunks } from "./jsonl";

const parseLines = (text: string) => {
  expect(text.endsWith("\n")).toBe(true);
  return text
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
};

describe("JSON Lines", () => {
  const result = experimentFixture();
  const provenance = { tool: "resilab", version: "0.1.0", scenarioHash: "3f2a9c81d04b7e65", seed: 42 };

  it("writes one incident per line, provenance first", () => {
    const lines = parseLines(incidentsJsonl(result));
    expect(lines).toHaveLength(result.runs.reduce((n, r) => n + r.incidents.sample.length, 0));
    expect(Object.keys(lines[0]!).slice(0, 7)).toEqual([
      "tool",
      "version",
      "scenarioHash",
      "seed",
      "topology",
      "replication",
      "component",
    ]);
    expect(lines[0]).toMatchObject({
      ...provenance,
      topology: "single",
      replication: 0,
      ...result.runs[0]!.incidents.sample[0],
    });
  });

  it("writes pipelines with named stage attempts and their lead time", () => {
    const lines = parseLines(pipelinesJsonl(result));
    const p = result.runs[0]!.pipelines.sample[0]!;
    expect(lines).toHaveLength(result.runs.length * 12);
    expect(lines[0]).toMatchObject({
      ...provenance,
      id: p.id,
      outcome: p.outcome,
      leadTime: p.finishedAt! - p.triggeredAt,
    });
    expect((lines[0]!.attempts as unknown[])[0]).toEqual({
      stage: 0,
      start: p.attempts[0]![1],
      end: p.attempts[0]![2],
      result: "ok",
    });
    const lost = lines.find((l) => l.outcome === "lost");
    expect(lost?.leadTime).toBeNull();
  });

  it("writes one run per line without the samples", () => {
    const lines = parseLines(runsJsonl(result));
    expect(lines).toHaveLength(result.runs.length);
    const incidents = lines[0]!.incidents as Record<string, unknown>;
    expect(incidents.sample).toBeUndefined();
    expect(incidents.count).toBe(8);
    expect(lines[0]!.fingerprint).toBe(result.runs[0]!.fingerprint);
  });

  it("streams the same lines one run at a time", () => {
    const chunks = [...runsJsonlChunks(result)];
    expect(chunks).toHaveLength(result.runs.length);
    expect(chunks.every((line) => line.endsWith("}\n") && line.indexOf("\n") === line.length - 1)).toBe(true);
    expect(chunks.join("")).toBe(runsJsonl(result));
  });

  it("falls back to the per-topology samples when the result has no runs", () => {
    const lines = parseLines(incidentsJsonl({ ...result, runs: [] }));
    expect(lines).toHaveLength(5 * 8);
    expect(lines[0]!.replication).toBeNull();
    expect(runsJsonl({ ...result, runs: [] })).toBe("");
  });
});
