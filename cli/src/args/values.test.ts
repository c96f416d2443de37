import { describe, expect, it } from "vitest";
import { UsageError } from "../errors";
import { parseDurationFlag, parseInteger, parseShard, parseSweepValues } from "./values";

describe("flag values", () => {
  it("parses whole numbers within bounds", () => {
    expect(parseInteger("seed", "42", 0)).toBe(42);
    expect(() => parseInteger("replications", "0", 1)).toThrow(
      '--replications: got "0"; allowed: a whole number ≥ 1',
    );
    expect(() => parseInteger("workers", "2.5", 1, 64)).toThrow(UsageError);
    expect(() => parseInteger("seed", "1e3", 0)).toThrow(UsageError);
  });

  it("parses durations for --horizon", () => {
    expect(parseDurationFlag("horizon", "7d")).toBe(604_800);
    expect(parseDurationFlag("horizon", "3600")).toBe(3600);
    expect(() => parseDurationFlag("horizon", "0s")).toThrow(/allowed: a duration > 0/);
    expect(() => parseDurationFlag("horizon", "soon")).toThrow(UsageError);
  });

  it("parses shards as 1-based i/n", () => {
    expect(parseShard("3/16")).toEqual({ index: 3, count: 16 });
    expect(parseShard(" 1 / 1 ")).toEqual({ index: 1, count: 1 });
    for (const bad of ["0/4", "5/4", "3", "a/b", "1/0", "-1/4"])
      expect(() => parseShard(bad)).toThrow(UsageError);
  });

  it("parses sweep values in human units", () => {
    expect(parseSweepValues("5m,10m,1h")).toEqual([300, 600, 3600]);
    expect(parseSweepValues("0.9,95%,99.9%")).toEqual([0.9, 0.95, 0.999]);
    expect(parseSweepValues("2/h, 30/min")).toEqual([2, 1800]);
    expect(parseSweepValues("1..4")).toEqual([1, 2, 3, 4]);
    expect(() => parseSweepValues("1,,2")).toThrow(UsageError);
    expect(() => parseSweepValues("4..1")).toThrow(UsageError);
  });
});
