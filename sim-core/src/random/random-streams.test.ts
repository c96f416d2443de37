import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors";
import { RandomStreams } from "./random-streams";
import type { Rng } from "./rng";

function take(rng: Rng, n: number): number[] {
  return Array.from({ length: n }, () => rng.next());
}

describe("RandomStreams", () => {
  it("gives the same sequence for the same seed, replication and name", () => {
    const a = new RandomStreams(2024, 3).stream("controller-1/failures");
    const b = new RandomStreams(2024, 3).stream("controller-1/failures");
    expect(take(a, 100)).toEqual(take(b, 100));
  });

  it("returns the same stream object for the same name, continuing where it left off", () => {
    const streams = new RandomStreams(1, 0);
    const first = streams.stream("x");
    const u = first.next();
    expect(streams.stream("x")).toBe(first);
    expect(streams.stream("x").next()).not.toBe(u);
    expect(streams.names()).toEqual(["x"]);
  });

  it("never shifts a stream when another is added, used or created first", () => {
    const plain = new RandomStreams(7, 1);
    const expected = take(plain.stream("executor-4/service"), 50);

    const busy = new RandomStreams(7, 1);
    take(busy.stream("new-component/failures"), 1000);
    const interleaved: number[] = [];
    const other = busy.stream("another");
    const target = busy.stream("executor-4/service");
    for (let i = 0; i < 50; i++) {
      other.next();
      interleaved.push(target.next());
    }
    expect(interleaved).toEqual(expected);
  });

  it("gives different sequences for different seeds, replications and names", () => {
    const base = take(new RandomStreams(7, 1).stream("a"), 5);
    expect(take(new RandomStreams(8, 1).stream("a"), 5)).not.toEqual(base);
    expect(take(new RandomStreams(7, 2).stream("a"), 5)).not.toEqual(base);
    expect(take(new RandomStreams(7, 1).stream("b"), 5)).not.toEqual(base);
  });

  it("keeps the parts of the key apart (no collision by concatenation)", () => {
    const s1 = new RandomStreams("a/1", 2).streamSeed("x");
    const s2 = new RandomStreams("a", 1).streamSeed("2/x");
    expect(s1).not.toBe(s2);
  });

  it("treats a numeric seed and its decimal string as the same seed", () => {
    expect(take(new RandomStreams(12, 0).stream("a"), 5)).toEqual(
      take(new RandomStreams("12", 0).stream("a"), 5),
    );
  });

  it("draws uniform numbers in [0, 1) on a 2^-32 grid with the right mean", () => {
    const xs = take(new RandomStreams(99, 0).stream("uniformity"), 100_000);
    expect(xs.every((x) => x >= 0 && x < 1 && Number.isInteger(x * 2 ** 32))).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    // Var U = 1/12; 4 standard errors.
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / xs.length));
  });

  it.each([
    [Number.NaN, 0, "seed: got NaN; allowed: a finite number or a non-empty string"],
    ["", 0, 'seed: got ""; allowed: a finite number or a non-empty string'],
    [1, -1, "replication: got -1; allowed: an integer ≥ 0"],
    [1, 1.5, "replication: got 1.5; allowed: an integer ≥ 0"],
  ])("rejects seed %j with replication %j", (seed, replication, message) => {
    expect(() => new RandomStreams(seed, replication)).toThrow(ValidationError);
    expect(() => new RandomStreams(seed, replication)).toThrow(message);
  });

  it("rejects an empty stream name", () => {
    expect(() => new RandomStreams(1).stream("")).toThrow('stream name: got ""; allowed: a non-empty string');
  });
});
