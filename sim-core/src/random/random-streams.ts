/// <reference path="./seedrandom-alea.d.ts" />
import alea from "seedrandom/lib/alea.js";
import { invalid } from "../errors";
import type { Rng } from "./rng";
import { hashString } from "./string-hash";

/**
 * The named random streams of one replication of one run.
 *
 * Each stream is an independent alea generator (seedrandom) whose seed is a hash of
 * `(seed, replication, name)`, so creating, removing or reordering streams never shifts another
 * stream: the same physical thing ("controller-3/failures") sees the same random numbers in every
 * topology of a comparison (common random numbers) and in every replication order.
 *
 * A numeric seed and its decimal string are the same seed (`1` and `"1"`), so a seed read from a
 * command line or a YAML file reproduces the run.
 */
export class RandomStreams {
  /** The run seed, as given. */
  readonly seed: number | string;
  /** Replication index, an integer ≥ 0. */
  readonly replication: number;
  private readonly streams = new Map<string, Rng>();

  /**
   * @param seed - run seed: a finite number or a non-empty string.
   * @param replication - replication index, an integer ≥ 0; default 0.
   */
  constructor(seed: number | string, replication = 0) {
    if (typeof seed === "number" ? !Number.isFinite(seed) : typeof seed !== "string" || seed === "") {
      invalid("seed", seed, "a finite number or a non-empty string");
    }
    if (!Number.isSafeInteger(replication) || replication < 0) {
      invalid("replication", replication, "an integer ≥ 0");
    }
    this.seed = seed;
    this.replication = replication;
  }

  /**
   * The stream called `name`; asking twice for the same name returns the same object (which
   * continues where it left off).
   *
   * @param name - a non-empty string, by convention `component/purpose`, e.g. `"controller-3/failures"`.
   */
  stream(name: string): Rng {
    let rng = this.streams.get(name);
    if (rng === undefined) {
      rng = { next: alea(this.streamSeed(name)) };
      this.streams.set(name, rng);
    }
    return rng;
  }

  /**
   * The alea seed of stream `name` (16 hex characters): a hash of the seed, the replication and
   * the name. Printed in failure reports so a stream can be replayed on its own.
   */
  streamSeed(name: string): string {
    if (typeof name !== "string" || name === "") invalid("stream name", name, "a non-empty string");
    // JSON of a tuple is unambiguous: ("a/1", 2, "x") and ("a", 1, "2/x") give different keys.
    return hashString(JSON.stringify([String(this.seed), this.replication, name]));
  }

  /** Names of the streams created so far, in creation order. */
  names(): string[] {
    return [...this.streams.keys()];
  }
}
