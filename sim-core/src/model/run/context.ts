/**
 * What every component of one replication shares: the kernel, the topology, the random streams,
 * the metric collectors and a few helpers to turn second-based specs into kernel time.
 */
import type { Kernel } from "../../kernel/kernel";
import { SECOND } from "../../kernel/time";
import { type Distribution, distribution } from "../../random/distribution";
import type { DistributionSpec } from "../../random/distribution-spec";
import type { RandomStreams } from "../../random/random-streams";
import type { Rng } from "../../random/rng";
import type { Metrics } from "../metrics/metrics";
import type { Scenario, TopologyConfig } from "../scenario-types";

export interface RunContext {
  readonly k: Kernel;
  readonly scenario: Scenario;
  readonly topology: TopologyConfig;
  readonly streams: RandomStreams;
  readonly metrics: Metrics;
  /** False for the faults-off twin. */
  readonly faultsOn: boolean;
  /** Kernel time when statistics start (µs). */
  readonly warmup: number;
  /** Kernel time when the run ends (µs). */
  readonly horizon: number;
}

/**
 * Longest single random draw of a delay (µs): 2^50 µs ≈ 35.7 years. A longer draw (the far tail
 * of a lognormal, an exponential of a long mean) is capped: it lands past the horizon either way
 * in any run shorter than 35 years, and a sum of a few capped draws after the longest horizon
 * (100 years) stays below the kernel's MAX_TIME (2^53 µs) however the model chains them.
 */
export const MAX_DRAW = 2 ** 50;

/** Seconds → kernel time (µs), rounded. */
export function us(secondsValue: number): number {
  return Math.round(secondsValue * SECOND);
}

/** A compiled distribution bound to a stream, sampling kernel time (µs). */
export class Sampler {
  private readonly dist: Distribution;
  constructor(
    spec: DistributionSpec,
    private readonly rng: Rng,
    path = "distribution",
  ) {
    this.dist = distribution(spec, path);
  }
  /** One draw in µs. */
  next(): number {
    return Math.min(MAX_DRAW, Math.round(this.dist.sample(this.rng) * SECOND));
  }
  /** One draw in seconds. */
  seconds(): number {
    return this.dist.sample(this.rng);
  }
  get meanSeconds(): number {
    return this.dist.mean;
  }
}

/** Exponential draw with mean `meanUs` (µs) from `rng`; Infinity mean gives Infinity. */
export function expUs(rng: Rng, meanUs: number): number {
  if (!Number.isFinite(meanUs)) return Number.POSITIVE_INFINITY;
  return Math.min(MAX_DRAW, Math.round(-Math.log(1 - rng.next()) * meanUs));
}
