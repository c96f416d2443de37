import { describe, expect, it } from "vitest";
import { parseObjectiveText } from "./objective-text";

describe("parseObjectiveText", () => {
  it("parses a percentile time objective with the line as its name", () => {
    expect(parseObjectiveText("p99 outageDuration <= 2m")).toEqual({
      name: "p99 outageDuration <= 2m",
      metric: "outageDuration",
      stat: "p99",
      op: "<=",
      target: 120,
    });
  });

  it.each([
    ["availability >= 99.9%", { metric: "availability", op: ">=", target: 0.999 }],
    ["lostPipelines <= 0", { metric: "lostPipelines", op: "<=", target: 0 }],
    ["max blockedRequestTime ≤ 3s", { metric: "blockedRequestTime", stat: "max", op: "<=", target: 3 }],
    ["throughput >= 12/h", { metric: "throughput", op: ">=", target: 12 }],
    ["deploymentsPerDay >= 4", { metric: "deploymentsPerDay", op: ">=", target: 4 }],
    ["p95 leadTime <= 1h", { metric: "leadTime", stat: "p95", op: "<=", target: 3600 }],
    [
      "p99 interruptionRecovery <= 90s",
      { metric: "interruptionRecovery", stat: "p99", op: "<=", target: 90 },
    ],
    ["max outageDuration <= 1h30m", { metric: "outageDuration", stat: "max", op: "<=", target: 5400 }],
    ["successRate >= 0.95", { metric: "successRate", op: ">=", target: 0.95 }],
  ])("%s", (text, expected) => {
    expect(parseObjectiveText(text)).toMatchObject(expected);
  });

  it("reports every problem of a line, with a did-you-mean for the metric", () => {
    const problems = parseObjectiveText("q99 outageDuraton < 2m");
    expect(problems).toEqual([
      expect.objectContaining({
        field: "metric",
        value: "outageDuraton",
        hint: 'did you mean "outageDuration"?',
      }),
      expect.objectContaining({ field: "stat", value: "q99", hint: 'did you mean "p99"?' }),
      expect.objectContaining({ field: "op", value: "<" }),
    ]);
  });

  it("names both replacements of the retired recoveryTime", () => {
    expect(parseObjectiveText("p99 recoveryTime <= 5m")).toEqual([
      expect.objectContaining({
        field: "metric",
        value: "recoveryTime",
        hint:
          "`recoveryTime` was split in two: use `outageDuration` (service outage per team shard) or " +
          "`interruptionRecovery` (interrupted work running again)",
      }),
    ]);
  });

  it.each([
    ["availability >= 101%", "target"],
    ["lostPipelines <= 0.5", "target"],
    ["outageDuration <= soon", "target"],
    ["interruptionRecovery <= 99%", "target"],
    ["just words", ""],
    ["p99.9 leadTime <= 1h", "stat"],
  ])("rejects %j at %j", (text, field) => {
    const problems = parseObjectiveText(text);
    expect(Array.isArray(problems) && problems.map((p) => p.field)).toEqual([field]);
  });
});
